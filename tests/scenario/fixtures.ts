import type { KeyPictureRules, Quiz, QuizQuestion } from '../../src/core/types';
import type { TeamDef } from '../../src/core/quiz/teams';
import type { PackRef } from '../../src/core/session/action-log';

function question(
  id: string,
  answer: string,
  points: number,
  alternatives: string[] = [],
): QuizQuestion {
  return {
    id,
    answer,
    alternatives,
    difficulty: 2,
    category: 'canh-bao',
    points,
    timeLimitSec: 20,
  };
}

/** A small quiz for whole-session tests: every question is worth 100 points and runs 20 s. */
export const SMALL_QUIZ: Quiz = {
  questions: [
    { ...question('lua-dao', 'lừa đảo', 100), hint: 'Con vật, và mảnh đất giữa biển.' },
    {
      ...question('duong-day-nong', 'đường dây nóng', 100, ['đường dây 111']),
      hint: { vi: 'Số gọi khi cần giúp.', en: 'The number to call for help.' },
    },
    question('canh-giac', 'cảnh giác', 100),
    question('ban-be', 'bạn bè', 100),
    question('viec-lam', 'việc làm', 100),
  ],
};

/** The same answers with different prizes, for team play where the order is chosen. */
export const TEAM_QUIZ_FIXTURE: Quiz = {
  questions: [
    { ...question('lua-dao', 'lừa đảo', 100), timeLimitSec: 30 },
    { ...question('duong-day-nong', 'đường dây nóng', 150), timeLimitSec: 30 },
    { ...question('canh-giac', 'cảnh giác', 200), timeLimitSec: 30 },
    { ...question('ban-be', 'bạn bè', 100), timeLimitSec: 30 },
  ],
};

/** Each answer written without marks, as a player types on a keyboard without Vietnamese input. */
export const PLAIN_ANSWERS: Readonly<Record<string, string>> = {
  'lua-dao': 'lua dao',
  'duong-day-nong': 'duong day nong',
  'canh-giac': 'canh giac',
  'ban-be': 'ban be',
  'viec-lam': 'viec lam',
};

export const TEAMS: readonly TeamDef[] = [
  { id: 'sen', name: 'Đội Sen', color: '#e91e63' },
  { id: 'mai', name: 'Đội Mai', color: '#ffc107' },
  { id: 'tre', name: 'Đội Tre', color: '#4caf50' },
];

export const KEY_PICTURE: KeyPictureRules = {
  answer: 'buôn bán người',
  alternatives: [],
  tiles: 6,
  bonus: 300,
};

export const PACK: PackRef = { id: 'thu-nghiem', version: '1.0.0', hash: 'abc123' };
