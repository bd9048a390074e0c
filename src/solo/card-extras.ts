import type { SoloQuestionResult } from '../core/quiz/solo';
import { t } from '../shared/i18n';
import type { CardContent } from './explanation-card';
import { CHEERED_STREAK } from './quiz-effects';

/** The card's stars, points by part and streak cheer for `result` (after a right answer). */
export function cardExtras(
  result: SoloQuestionResult,
  streak: number,
): Pick<CardContent, 'stars' | 'points' | 'cheer'> {
  const b = result.breakdown;
  if (!b) return {};
  const parts: [string, number][] = [
    ['quiz.pointsBase', b.base],
    ['quiz.pointsTime', b.time],
    ['quiz.pointsStreak', b.streak],
    ['quiz.pointsHints', b.hints],
  ];
  return {
    stars: { n: result.stars, label: t('quiz.stars', { n: result.stars }) },
    points: [
      ...parts.map(([k, v]) => ({ label: t(k), value: v })),
      { label: t('quiz.pointsTotal'), value: b.total },
    ],
    ...(streak >= CHEERED_STREAK ? { cheer: t('quiz.streakCheer', { n: streak }) } : {}),
  };
}
