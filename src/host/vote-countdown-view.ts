import type { VoteTimer } from '../core/meeting/vote-timer';
import { t } from '../shared/i18n';
import type { HostCanvas } from './host-canvas';
import { voteRunning } from './host-clock';
import { CountdownFace } from './host-countdown-face';

/** The caption under the vote's countdown. */
export const VOTE_CAPTION_SIZE = 26;

export interface Ring {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/**
 * Where the skit vote's countdown goes: at the top right, between the title strip (`top`) and
 * the choice's box (`boxY`), as large as that room allows (a radius of 40 to 150), its caption
 * under it. Read from the back of a hall.
 */
export function voteRing(vw: number, top: number, boxY: number): Ring {
  const room = boxY - top - 24 - Math.ceil(VOTE_CAPTION_SIZE * 1.5);
  const r = Math.round(Math.max(40, Math.min(150, vw * 0.1, room / 2)));
  return { x: vw - 24 - r, y: top + 12 + r, r };
}

/** Draws the vote's countdown at `ring`; the face is turned at each frame while it runs. */
export function drawVoteCountdown(
  c: HostCanvas,
  timer: VoteTimer,
  ring: Ring,
  now: number,
): CountdownFace {
  const face = new CountdownFace(c, ring, Math.round(ring.r * 0.8));
  face.showRunning(voteRunning(timer) ?? { timer: timer.timer, running: false }, now);
  const caption = timer.ended
    ? t('host.voteTimer.ended')
    : timer.timer.runningSince === null
      ? t('host.voteTimer.paused')
      : t('host.voteTimer.caption');
  const label = c
    .label(ring.x, ring.y + ring.r + 8, caption, {
      size: VOTE_CAPTION_SIZE,
      bold: true,
      color: timer.ended ? '#ff9b9e' : '#ffffff',
      align: 'center',
    })
    .setOrigin(0.5, 0)
    .setStroke('#0f1a30', 6);
  // Centred under the ring, unless that would run off the screen's right edge.
  label.setX(Math.min(ring.x, c.vw - 16 - label.width / 2));
  c.layer.add(label);
  return face;
}
