import type { SoloQuestionResult, SoloState } from '../core/quiz/solo';
import type { PackQuestion } from '../content/pack-types';
import { packText, t } from '../shared/i18n';
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

/** What the explanation card shows after question `q` was answered or skipped; null otherwise. */
export function cardContent(s: SoloState, q: PackQuestion | null): CardContent | null {
  const result = s.results[s.results.length - 1];
  if (s.phase !== 'feedback' || !q || !result) return null;
  const right = result.outcome === 'right';
  return {
    title: right ? t('quiz.right', { points: result.points }) : t('quiz.skipped'),
    right,
    answer: q.answer,
    explanation: packText(q.explanation),
    nextLabel: s.index + 1 >= s.order.length ? t('quiz.seeResults') : t('quiz.next'),
    ...cardExtras(result, s.streak),
  };
}
