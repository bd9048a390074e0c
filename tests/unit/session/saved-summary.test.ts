import { describe, expect, it } from 'vitest';
import { answerLetters } from '../../../src/core/answer';
import { SOLO_QUIZ } from '../../../src/core/activities';
import { currentSoloQuestion } from '../../../src/core/quiz/solo';
import { SessionController } from '../../../src/shared/session/session-controller';
import { savedSummary, summaryKey } from '../../../src/shared/session/saved-summary';
import type { KeyValueStore } from '../../../src/shared/storage/safe-storage';
import { memoryStore } from '../memory-store';
import { PACK, PLAIN_ANSWERS, SMALL_QUIZ } from '../../scenario/fixtures';

const KEY = 'test.solo';
const T0 = 1_700_000_000_000;

function start(store: KeyValueStore) {
  return SessionController.start(SOLO_QUIZ, SMALL_QUIZ, store, KEY, PACK, 7, T0, {
    questionCount: 2,
  });
}

/** Types the current question's answer, letter by letter, at time `at`. */
function answer(session: ReturnType<typeof start>, at: number): void {
  const q = currentSoloQuestion(SMALL_QUIZ, session.state);
  if (!q) throw new Error('no question');
  for (const letter of answerLetters(PLAIN_ANSWERS[q.id] ?? q.answer).flat())
    session.dispatch({ type: 'type-letter', letter, at }, 'player');
}

describe("a saved session's summary (read by the menu without the pack's data)", () => {
  it('is written with the log and says where the quiz stands', () => {
    const store = memoryStore();
    const session = start(store);
    answer(session, T0 + 5_000);
    expect(session.state.phase).toBe('feedback');
    expect(savedSummary(store, KEY, PACK)).toEqual({
      pack: PACK,
      finished: false,
      lastActionAt: T0 + 5_000,
      detail: { index: 0, total: 2, score: session.state.score },
    });
    expect(session.state.score).toBeGreaterThan(0);
  });

  it('says the quiz is finished once the last question is done', () => {
    const store = memoryStore();
    const session = start(store);
    answer(session, T0 + 1_000);
    session.dispatch({ type: 'next', at: T0 + 2_000 }, 'player');
    answer(session, T0 + 3_000);
    session.dispatch({ type: 'next', at: T0 + 4_000 }, 'player');
    expect(session.state.phase).toBe('finished');
    expect(savedSummary(store, KEY, PACK)?.finished).toBe(true);
  });

  it('belongs to its pack only, and a damaged or lone summary counts as none', () => {
    const store = memoryStore();
    start(store);
    expect(savedSummary(store, KEY, { ...PACK, hash: 'other' })).toBeNull();
    store.set(summaryKey(KEY), '{"finished":');
    expect(savedSummary(store, KEY, PACK)).toBeNull();
    store.set(summaryKey(KEY), JSON.stringify({ pack: PACK, finished: 'no' }));
    expect(savedSummary(store, KEY, PACK)).toBeNull();
    // A summary whose log is gone says nothing is saved.
    const lone = memoryStore();
    lone.set(summaryKey(KEY), store.get(summaryKey(KEY)) ?? '');
    expect(savedSummary(lone, KEY, PACK)).toBeNull();
  });

  it('a save from before summaries gets one when it is resumed', () => {
    const store = memoryStore();
    start(store);
    store.remove(summaryKey(KEY));
    expect(savedSummary(store, KEY, PACK)).toBeNull();
    expect(SessionController.resume(SOLO_QUIZ, SMALL_QUIZ, store, KEY, PACK)).not.toBeNull();
    expect(savedSummary(store, KEY, PACK)?.finished).toBe(false);
  });

  it('goes with the log when the session is cleared', () => {
    const store = memoryStore();
    start(store).clear();
    expect([...store.data.keys()]).toEqual([]);
  });
});
