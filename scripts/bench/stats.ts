/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The nearest-rank percentile `p` (0–100) of `values`; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? null;
}

/** One drawn frame as the page probe records it (page-probe.ts). */
export interface ProbedFrame {
  /** The animation-frame timestamp: callbacks of one display refresh share it. */
  readonly refresh?: number;
  readonly start: number;
  readonly end: number;
  readonly tweens: number;
  /** Longest running tween's duration (ms); missing in builds from before it was recorded. */
  readonly tweenMs?: number;
  readonly running: boolean;
  readonly stoppedAfter: boolean;
}

export interface FrameIntervals {
  /** Start-to-start times of frames that continue an animation already running. */
  readonly animating: number[];
  /** The same frames' own work: Phaser's step to the end of its drawing calls. */
  readonly work: number[];
  /** Input (a tap, a key) to the end of the first frame drawn after it. */
  readonly response: number[];
  /**
   * The animating intervals again, by the longest tween running (its duration in ms: 140 a
   * tile's flight, 200 the card's fade; 0 when the build does not record it), and whether an
   * input came between the two frames (the tap's own work then falls inside the interval).
   */
  readonly byTween: Map<number, number[]>;
  readonly withInput: number[];
}

/**
 * The page's animation-frame callbacks as frames: the callbacks of one display refresh (the
 * game's loop, and any other code's) make one frame, from the first one's start to the last
 * one's end; frames stop after it only when none of them asked for another.
 */
export function byRefresh(callbacks: readonly ProbedFrame[]): ProbedFrame[] {
  const frames: ProbedFrame[] = [];
  for (const c of callbacks) {
    const last = frames.at(-1);
    if (last && c.refresh !== undefined && c.refresh === last.refresh) {
      frames[frames.length - 1] = {
        ...c,
        start: last.start,
        tweens: Math.max(last.tweens, c.tweens),
        tweenMs: Math.max(last.tweenMs ?? 0, c.tweenMs ?? 0),
        running: last.running || c.running,
        stoppedAfter: last.stoppedAfter && c.stoppedAfter,
      };
    } else frames.push(c);
  }
  return frames;
}

/**
 * Sorts frame times by what happened in them. An interval (start of one frame to the start of
 * the next) counts as animating when the earlier frame ended with a tween still running and
 * frames kept coming: the later frame is the next picture of that animation. Not counted: gaps
 * while frames are stopped (a player thinking; see src/shared/engine/idle-frames.ts), one-off frames
 * drawn while stopped, and still frames. The work an input causes (a tap rebuilds the board and
 * starts a tile's flight) is timed apart, as input to the end of the next frame drawn.
 */
export function frameIntervals(
  callbacks: readonly ProbedFrame[],
  inputs: readonly number[],
): FrameIntervals {
  const frames = byRefresh(callbacks);
  const animating: number[] = [];
  const work: number[] = [];
  const byTween = new Map<number, number[]>();
  const withInput: number[] = [];
  for (let i = 1; i < frames.length; i += 1) {
    const before = frames[i - 1];
    const frame = frames[i];
    if (!before || !frame) continue;
    if (before.tweens > 0 && before.running && !before.stoppedAfter && frame.running) {
      const interval = frame.start - before.start;
      animating.push(interval);
      work.push(frame.end - frame.start);
      // Long ones to the nearest 100 ms: the question timer's bar runs for what is left of the
      // question, a different duration each time.
      const ms = before.tweenMs ?? 0;
      const kind = ms >= 1000 ? Math.round(ms / 100) * 100 : ms;
      byTween.set(kind, [...(byTween.get(kind) ?? []), interval]);
      if (inputs.some((at) => at >= before.start && at < frame.start)) withInput.push(interval);
    }
  }
  const response: number[] = [];
  for (const at of inputs) {
    const next = frames.find((f) => f.start >= at);
    if (next) response.push(next.end - at);
  }
  return { animating, work, response, byTween, withInput };
}

/** A span of page time (ms, as performance.now()) in which something on the screen moves. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The probe's animating intervals as spans: from the earlier frame's start to the later's end. */
export function tweenSpans(callbacks: readonly ProbedFrame[]): Span[] {
  const frames = byRefresh(callbacks);
  const spans: Span[] = [];
  for (let i = 1; i < frames.length; i += 1) {
    const before = frames[i - 1];
    const frame = frames[i];
    if (!before || !frame) continue;
    if (before.tweens > 0 && before.running && !before.stoppedAfter && frame.running)
      spans.push({ start: before.start, end: frame.end });
  }
  return spans;
}

/** `spans` sorted, with those that overlap or touch made one. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/**
 * Intervals between frames shown on the screen (their presentation times, ms), counting those
 * whose earlier frame was shown while an animation ran (inside one of `spans`, start included,
 * end not): the frame times a player sees of the animation, whichever thread drew it, the
 * page's script (a tween) or the browser's compositor (a CSS animation). Times closer than
 * 0.5 ms to the one before are the same frame reported twice.
 */
export function shownIntervals(presented: readonly number[], spans: readonly Span[]): number[] {
  const times: number[] = [];
  for (const t of [...presented].sort((a, b) => a - b)) {
    const last = times[times.length - 1];
    if (last === undefined || t - last >= 0.5) times.push(t);
  }
  const merged = mergeSpans(spans);
  const out: number[] = [];
  for (let i = 1; i < times.length; i += 1) {
    const before = times[i - 1] ?? 0;
    const after = times[i] ?? 0;
    if (merged.some((s) => before >= s.start && before < s.end)) out.push(after - before);
  }
  return out;
}

/** A frame that reached the screen: when its display refresh began, and that refresh's number. */
export interface ShownFrame {
  /** The page's clock (ms) at the start of the frame (the compositor's begin-frame). */
  readonly at: number;
  /** The display refresh (begin-frame) it was made for: consecutive refreshes count up by one. */
  readonly seq: number;
}

/**
 * Frame times as a display shows them: between two frames shown one after the other, the
 * number of display refreshes from the first's to the second's, times `refreshMs`. A frame
 * ready for every refresh gives one refresh (16.7 ms at 60 Hz); a refresh that passed without a
 * new frame (a dropped frame) shows the earlier one longer, two refreshes. Counted like
 * `shownIntervals`: when the earlier frame began inside an animation. The same refresh reported
 * twice counts once.
 */
export function refreshIntervals(
  frames: readonly ShownFrame[],
  spans: readonly Span[],
  refreshMs: number,
): number[] {
  const bySeq: ShownFrame[] = [];
  for (const f of [...frames].sort((a, b) => a.seq - b.seq)) {
    const last = bySeq[bySeq.length - 1];
    if (!last || f.seq !== last.seq) bySeq.push(f);
  }
  const merged = mergeSpans(spans);
  const out: number[] = [];
  for (let i = 1; i < bySeq.length; i += 1) {
    const before = bySeq[i - 1];
    const after = bySeq[i];
    if (!before || !after) continue;
    if (merged.some((s) => before.at >= s.start && before.at < s.end))
      out.push((after.seq - before.seq) * refreshMs);
  }
  return out;
}
