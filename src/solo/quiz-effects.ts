import type { SoloAction, SoloEvent, SoloState } from '../core/quiz/solo';
import type { SoundBoard } from '../shared/audio/sound-board';

/** Where the quiz's effects go: the sound board and the live region (by i18n key). */
export interface EffectOutlets {
  readonly sound: Pick<SoundBoard, 'play' | 'vibrate'>;
  announce(key: string, options?: Record<string, unknown>): void;
}

/** What an announcement names of the open question. */
export interface QuestionWords {
  readonly answer: string;
  /** The picture's description, in the interface language. */
  readonly picture: string;
  /** The explanation, in the interface language. */
  readonly explanation: string;
  /** The written clue, in the interface language ('' when the question has none). */
  readonly clue: string;
}

/** A streak this long or longer is cheered. */
export const CHEERED_STREAK = 3;

/** Announces the question `state` shows: its number, picture, word and letter counts, score. */
export function announceQuestion(state: SoloState, q: QuestionWords, out: EffectOutlets): void {
  const words = state.puzzle?.words ?? [];
  out.announce('announce.question', {
    n: state.index + 1,
    total: state.order.length,
    picture: q.picture,
    words: words.length,
    letters: words.reduce((n, w) => n + w.length, 0),
    score: state.score,
  });
}

/**
 * The sounds, vibrations and announcements of one step's `events`, from the state `before` it
 * to `after` it; `q` is the question the step was about, `next` the one shown after it.
 */
export function playEffects(
  events: readonly SoloEvent[],
  before: SoloState,
  after: SoloState,
  q: QuestionWords | null,
  next: QuestionWords | null,
  out: EffectOutlets,
): void {
  const { sound } = out;
  for (const e of events) {
    switch (e.type) {
      case 'tile-placed':
        sound.play('tile');
        break;
      case 'tile-returned':
        sound.play('tap');
        break;
      case 'answer-right':
        sound.play('right');
        sound.vibrate(40);
        out.announce('announce.right', {
          answer: q?.answer ?? '',
          points: e.points,
          score: after.score,
        });
        if (after.streak >= CHEERED_STREAK) {
          sound.play('celebrate');
          out.announce('announce.streak', { n: after.streak });
        }
        if (q) out.announce('announce.explanation', { text: q.explanation });
        break;
      case 'answer-wrong':
        sound.play('wrong');
        sound.vibrate([60, 40, 60]);
        out.announce('announce.wrong', { score: before.score });
        break;
      case 'hint-used':
        sound.play('hint');
        if (e.hint === 'clue')
          out.announce('announce.hintClue', { cost: e.cost, text: q?.clue ?? '' });
        else
          out.announce(e.hint === 'reveal-letter' ? 'announce.hintLetter' : 'announce.hintDecoys', {
            cost: e.cost,
          });
        break;
      case 'skipped':
        sound.play('reveal');
        out.announce('announce.skipped', { answer: q?.answer ?? '' });
        if (q) out.announce('announce.explanation', { text: q.explanation });
        break;
      case 'question-shown':
        if (next) announceQuestion(after, next, out);
        break;
      case 'finished':
        break;
    }
  }
}

/** What a step shows besides its sounds and words, from its `events` and the state after it. */
export interface StepMarks {
  /** The question ended (answered right, or skipped): the typed-answer form closes. */
  readonly ended: boolean;
  /** A wrong answer: the slots shake. */
  readonly wrong: boolean;
  /** A typed answer found wrong: the "not quite" badge shows though the slots are not full. */
  readonly wrongTyped: boolean;
  /** The written clue was just bought: its box opens. */
  readonly clueBought: boolean;
  /** A right answer on a streak worth cheering: confetti. */
  readonly cheer: boolean;
}

export function stepMarks(
  events: readonly SoloEvent[],
  actionType: SoloAction['type'],
  after: SoloState,
): StepMarks {
  const has = (type: SoloEvent['type']): boolean => events.some((e) => e.type === type);
  const wrong = has('answer-wrong');
  return {
    ended: has('answer-right') || has('skipped'),
    wrong,
    wrongTyped: wrong && actionType === 'submit-text',
    clueBought: events.some((e) => e.type === 'hint-used' && e.hint === 'clue'),
    cheer: has('answer-right') && after.streak >= CHEERED_STREAK,
  };
}
