import { soloSummary, type SoloState } from '../core/quiz/solo';
import type { Pack } from '../content/pack-types';
import type { ShareOutcome } from './share-card';

/**
 * "Chia sẻ" on the results: whether this browser can send the result card anywhere. What the
 * card says, its drawing and the sending load only when the button is pressed.
 */

/**
 * Whether the browser can offer the card somewhere: its share sheet, or a download (every
 * browser that runs the game has one of the two; the button shows only then).
 */
export function canShareResults(): boolean {
  return 'share' in navigator || 'download' in HTMLAnchorElement.prototype;
}

/** Draws the card for the round `s` and offers it (src/solo/share-card.ts). */
export async function shareResults(pack: Pack, s: SoloState): Promise<ShareOutcome> {
  const { shareRound } = await import('./share-card');
  // The figures come from here: the card's own code needs none of the quiz's rules.
  return shareRound(pack, { summary: soloSummary(s), results: s.results });
}
