import type { SoloQuestionResult, SoloSummary } from '../core/quiz/solo';
import type { Pack, PackQuestion } from '../content/pack-types';
import type { PackText } from '../core/types';
import { packText, t } from '../shared/i18n';
import type { ShareCardText } from './share-card-layout';

/** What the result card and its message say, in the interface language; nothing personal. */

/** The round as the card tells it: its figures and how each question went. */
export interface SharedRound {
  readonly summary: SoloSummary;
  readonly results: readonly SoloQuestionResult[];
}

/**
 * The protective message the card carries: the explanation of the question answered best this
 * round (most stars, the earlier on a tie), else of the first question played that has one.
 */
export function learnedMessage(
  results: readonly SoloQuestionResult[],
  questions: readonly PackQuestion[],
): PackText | undefined {
  const explanation = (r: SoloQuestionResult): PackText | undefined =>
    questions.find((q) => q.id === r.questionId)?.explanation;
  const right = results
    .filter((r) => r.outcome === 'right' && explanation(r) !== undefined)
    .reduce<SoloQuestionResult | null>(
      (best, r) => (best && best.stars >= r.stars ? best : r),
      null,
    );
  const chosen = right ?? results.find((r) => explanation(r) !== undefined);
  return chosen && explanation(chosen);
}

/** The card's words for `round` of `pack`, in the interface language. */
export function shareCardText(pack: Pack, { summary, results }: SharedRound): ShareCardText {
  return {
    title: t('title'),
    pack: packText(pack.title),
    score: t('results.score', { score: summary.score }),
    stars: t('results.stars', { stars: summary.stars, max: summary.maxStars }),
    right: t('results.cardRight', { right: summary.right, played: summary.played }),
    learnedHeading: t('results.cardLearned'),
    learned: packText(learnedMessage(results, pack.quiz?.questions ?? [])),
    help: t('results.cardHelp'),
  };
}

/** The words that go with the card through the share sheet (or alone, where files cannot). */
export function shareMessage(
  pack: Pack,
  { summary }: SharedRound,
): { title: string; text: string } {
  return {
    title: t('results.shareTitle'),
    text: t('results.shareText', {
      score: summary.score,
      stars: summary.stars,
      max: summary.maxStars,
      pack: packText(pack.title),
    }),
  };
}
