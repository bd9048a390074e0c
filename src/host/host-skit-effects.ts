import type { MeetingEvent } from '../core/meeting/meeting';
import type { SkitView } from '../core/skit';
import type { PackText, Skit } from '../core/types';
import type { Effect, Line } from './host-quiz-effects';

/**
 * Sounds and spoken lines of the skit on the projector, fed by the core's events: pure
 * functions, so what the room hears after each step is tested without a browser.
 */

export interface SkitReaction {
  readonly effects: readonly Effect[];
  /** Time ran out: exactly as V, the form for the hands counted in the hall opens. */
  readonly openVote: boolean;
  /** The story moved: what is now on screen is said (once it is drawn). */
  readonly sayView: boolean;
}

export function skitReaction(events: readonly MeetingEvent[]): SkitReaction {
  const effects: Effect[] = [];
  let openVote = false;
  for (const e of events) {
    if (e.type === 'vote-timer-started' || e.type === 'vote-timer-paused')
      effects.push({
        say: {
          key: `host.voteTimer.${e.type === 'vote-timer-started' ? 'said' : 'saidPaused'}`,
          params: { sec: Math.ceil(e.leftMs / 1000) },
        },
      });
    if (e.type === 'vote-time-up') {
      effects.push({ sound: 'tick', say: { key: 'host.voteTimer.up' } });
      openVote = true;
    }
    if (e.type !== 'skit') continue;
    if (e.event.type === 'ending-reached') effects.push({ sound: 'ending' });
    if (e.event.type === 'choice-made') effects.push({ sound: 'tap' });
  }
  const sayView = events.some((e) => e.type === 'skit' || e.type === 'part-changed');
  return { effects, openVote, sayView };
}

/** A line for the live region: a text of the pack as it is, or an i18n key and its values. */
export type SkitLine = { readonly text: string } | Line;

export interface SkitWords {
  /** A pack text in the projector's language. */
  readonly text: (text: PackText | undefined) => string;
  /** The choice's question when the pack gives none ("what now?"). */
  readonly whatNow: string;
}

/** What is said as a step of the story comes on screen: who says what, the choice, the ending. */
export function skitViewLine(skit: Skit, view: SkitView, words: SkitWords): SkitLine {
  switch (view.kind) {
    case 'line': {
      const who = skit.characters.find((c) => c.id === view.node.character);
      return { text: `${words.text(who?.name)}: ${words.text(view.node.text)}` };
    }
    case 'narration':
      return { text: words.text(view.node.text) };
    case 'consequence':
      return { text: words.text(view.chosen.option.consequence) };
    case 'choice':
      return {
        key: 'host.skit.choice',
        params: {
          prompt: words.text(view.node.prompt) || words.whatNow,
          options: view.visibleOptions
            .map((o, i) => `${String(i + 1)}. ${words.text(o.option.text)}`)
            .join('. '),
        },
      };
    case 'ending':
      return { key: 'skit.ending', params: { title: words.text(view.ending.title) } };
  }
}
