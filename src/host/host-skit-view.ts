import type { VoteTimer } from '../core/meeting/vote-timer';
import { shownPortrait, type SkitView } from '../core/skit';
import type { Skit } from '../core/types';
import { packText, t } from '../shared/i18n';
import type { Box } from '../shared/ui/projector-layout';
import { skitBackground, skitPortrait } from '../shared/ui/skit-art';
import { COLOR, hexToNumber } from '../shared/ui/theme';
import { commandItem, type BarItem, type HostCanvas } from './host-canvas';
import type { CountdownFace } from './host-countdown-face';
import {
  optionRows,
  portraitHeight,
  SKIT_BAR_H,
  SKIT_TITLE_H,
  skitBarY,
  skitBox,
} from './host-skit-layout';
import type { LiveVote } from './phones/phone-meeting';
import { drawVoteCountdown, voteRing } from './vote-countdown-view';

/** What the skit screen shows besides the story's step. */
export interface SkitScreen {
  readonly skit: Skit;
  readonly view: SkitView;
  /** Which run of the skit this is (1 for the first). */
  readonly run: number;
  /** The phones' live count at a choice (meetings with phones). */
  readonly live: LiveVote | null;
  /** The vote just closed, over the first step after it (meetings with phones). */
  readonly result: string | null;
  /** The vote's countdown at a choice, if the facilitator started one. */
  readonly timer: VoteTimer | null;
  readonly now: number;
}

const INK = '#14213d';

/**
 * Draws the skit's step whole: its background, the title strip, the white box with the line,
 * narration, consequence or choice (with the phones' live count and the vote's countdown), the
 * speaker's portrait and the bar. The ending's page is DOM (the scene opens it); here it gets
 * its background and bar. Answers the vote's countdown face, turned at each frame, or null.
 */
export function drawSkitScreen(c: HostCanvas, s: SkitScreen): CountdownFace | null {
  const { vw, vh, layer: L } = c;
  const { view, live } = s;
  const background = skitBackground(c.scene, c.pack, s.skit, view.background, vw, vh);
  if (background) L.add(background);
  L.add(c.scene.add.graphics().fillStyle(COLOR.shadow, 0.55).fillRect(0, 0, vw, SKIT_TITLE_H));
  L.add(c.label(16, 12, packText(s.skit.title), { size: 24, bold: true, color: '#ffc83d' }));
  if (s.run > 1)
    L.add(
      c
        .label(vw - 16, 14, t('host.skit.run', { n: s.run }), { size: 20, align: 'right' })
        .setOrigin(1, 0),
    );
  const boxW = Math.min(vw - 32, 1400);
  const result =
    s.result === null
      ? null
      : c.label(0, 0, s.result, { size: 26, bold: true, color: INK, wrap: boxW - 56 });
  const extra = result ? result.height + 12 : live ? 48 : 0;
  const box = skitBox(vw, vh, view.kind === 'choice' ? view.visibleOptions.length : null, extra);
  if (view.kind !== 'ending')
    L.add(
      c.scene.add
        .graphics()
        .fillStyle(0xffffff, 0.97)
        .fillRoundedRect(box.x, box.y, box.w, box.h, 20),
    );
  if (result) L.add(result.setPosition(box.x + 28, box.y + 20));
  const items: BarItem[] = [];
  let face: CountdownFace | null = null;
  const forward = (): BarItem =>
    commandItem(c, 'continue', t('host.btn.continue'), { type: 'forward' });
  switch (view.kind) {
    case 'line': {
      drawPortrait(c, s.skit, view, box);
      drawSpeaker(c, s.skit, view.node.character, box);
      const text = packText(view.node.text);
      L.add(
        c.label(box.x + 28, box.y + 36 + extra, text, { size: 32, color: INK, wrap: box.w - 56 }),
      );
      items.push(forward());
      break;
    }
    case 'narration':
    case 'consequence': {
      const text = view.kind === 'narration' ? view.node.text : view.chosen.option.consequence;
      L.add(
        c.label(box.x + 28, box.y + 24 + extra, packText(text), {
          size: 32,
          color: '#31406b',
          wrap: box.w - 56,
        }),
      );
      items.push(forward());
      break;
    }
    case 'choice':
      drawPortrait(c, s.skit, view, box);
      drawChoice(c, view, box, live, extra);
      items.push(commandItem(c, 'vote', t('host.btn.vote'), { type: 'vote' }));
      items.push(commandItem(c, 'vote-timer', t('host.btn.voteTimer'), { type: 'timer' }));
      if (s.timer) face = drawVoteCountdown(c, s.timer, voteRing(vw, SKIT_TITLE_H, box.y), s.now);
      break;
    case 'ending':
      items.push(commandItem(c, 'replay-skit', t('host.btn.replaySkit'), { type: 'forward' }));
      items.push(commandItem(c, 'end-meeting', t('host.btn.endMeeting'), { type: 'end' }));
      break;
  }
  items.push(commandItem(c, 'undo', t('host.btn.undo'), { type: 'undo' }));
  items.push(commandItem(c, 'help', t('host.btn.help'), { type: 'help' }));
  c.bar(items, skitBarY(vh), SKIT_BAR_H);
  return face;
}

/** The speaker's name on a tag of their colour, over the box's top edge. */
function drawSpeaker(c: HostCanvas, skit: Skit, character: string, box: Box): void {
  const who = skit.characters.find((x) => x.id === character);
  const tag = c.label(box.x + 40, box.y - 22, packText(who?.name), {
    size: 26,
    bold: true,
    color: INK,
  });
  c.layer.add(
    c.scene.add
      .graphics()
      .fillStyle(who ? hexToNumber(who.color) : COLOR.accent, 1)
      .fillRoundedRect(box.x + 20, box.y - 30, tag.width + 40, 50, 14),
  );
  c.layer.add(tag);
}

/** The choice's question, its options as buttons (1–n, as the keys), the phones' count. */
function drawChoice(
  c: HostCanvas,
  view: Extract<SkitView, { kind: 'choice' }>,
  box: Box,
  live: LiveVote | null,
  extra: number,
): void {
  const prompt = c.label(box.x + 28, box.y + 18, packText(view.node.prompt) || t('skit.whatNow'), {
    size: 32,
    bold: true,
    color: INK,
    wrap: box.w - 56,
  });
  c.layer.add(prompt);
  const rows = optionRows(box, box.y + 30 + prompt.height, extra, view.visibleOptions.length);
  if (live)
    c.layer.add(
      c.label(box.x + 28, box.y + box.h - extra, t('host.phones.voted', { count: live.voted }), {
        size: 24,
        bold: true,
        color: '#31406b',
      }),
    );
  view.visibleOptions.forEach((o, i) => {
    const votes = live
      ? `   ·   ${t('host.phones.votes', { count: live.counts[o.index] ?? 0 })}`
      : '';
    const b = c.button(
      `option-${String(o.index)}`,
      c.vw / 2,
      rows.ys[i] ?? 0,
      box.w - 48,
      rows.h,
      `${String(i + 1)}.  ${packText(o.option.text)}${votes}`,
      () => {
        c.command({ type: 'team', index: i });
      },
      { fontSize: 26, fill: COLOR.background },
    );
    c.layer.add(b);
  });
}

/** The speaker's portrait in the line's (or the choice's) mood, standing on the box. */
function drawPortrait(c: HostCanvas, skit: Skit, view: SkitView, box: Box): void {
  const shown = shownPortrait(view);
  const img = shown && skitPortrait(c.scene, c.pack, skit, shown.character, shown.expression);
  if (!img) return;
  img.setPosition(box.x + 40, box.y - 30).setOrigin(0, 1);
  img.setScale(portraitHeight(box.y, c.vh) / img.height);
  c.layer.add(img);
}
