import type { MeetingEvent } from '../core/meeting/meeting';
import type { TeamEvent, TeamState } from '../core/quiz/teams';
import type { EffectKey } from '../shared/audio/sound-keys';
import { ADJUST_STEP, type Pending } from './host-rules';

/**
 * Sounds and spoken lines of the team quiz, fed by the core's events: a pure function, so
 * what the room hears after each step is tested without a browser.
 */

/** A line for the live region: an i18n key and its values. */
export interface Line {
  readonly key: string;
  readonly params?: Record<string, unknown>;
}

export interface Effect {
  readonly sound?: EffectKey;
  readonly say?: Line;
}

/** What the lines need to name beyond the events: the quiz after the step, the answers. */
export interface EffectFacts {
  readonly quiz: TeamState | null;
  /** The answer of the question on screen ('' when none). */
  readonly answer: string;
  /** The key picture's answer ('' when none). */
  readonly keyAnswer: string;
}

export function teamName(quiz: TeamState | null, id: string | null): string {
  return quiz?.teams.find((x) => x.id === id)?.name ?? '';
}

/** The teams and their scores, in their order: "Hoa Sen 100, Hoa Mai 0". */
export function scoreLine(quiz: TeamState | null): string {
  return (quiz?.teams ?? []).map((x) => `${x.name} ${String(x.score)}`).join(', ');
}

/** What is said as a question (or the podium) comes on screen. */
export function questionLine(quiz: TeamState): Line {
  if (quiz.phase === 'finished')
    return { key: 'host.announce.podium', params: { scores: scoreLine(quiz) } };
  return {
    key: 'host.announce.question',
    params: { n: quiz.index + 1, total: quiz.order.length, scores: scoreLine(quiz) },
  };
}

/** What is said on the end screen: the meeting is over, and the final scores if a quiz was played. */
export function overLine(quiz: TeamState | null): Line {
  return quiz
    ? { key: 'host.announce.overScores', params: { scores: scoreLine(quiz) } }
    : { key: 'host.over' };
}

/** The prompt shown and said while a command waits for its second key. */
export function pendingLine(p: Pending, quiz: TeamState | null): Line {
  const n = quiz?.teams.length ?? 0;
  if (p.kind === 'key-guess')
    return p.team === null
      ? { key: 'host.quiz.whoGuesses', params: { n } }
      : { key: 'host.quiz.guessJudge', params: { team: teamName(quiz, p.team) } };
  return {
    key: p.kind === 'add' ? 'host.quiz.whoGains' : 'host.quiz.whoLoses',
    params: { points: ADJUST_STEP, n },
  };
}

function teamEffect(e: TeamEvent, f: EffectFacts): Effect | null {
  const team = (id: string): string => teamName(f.quiz, id);
  switch (e.type) {
    case 'question-shown':
      return f.quiz ? { say: questionLine(f.quiz) } : null;
    case 'timer-started':
      return { sound: 'tap', say: { key: 'host.announce.timerStarted' } };
    case 'timer-paused':
      return { say: { key: 'host.announce.timerPaused' } };
    case 'time-up':
      return { sound: 'timeUp', say: { key: 'host.announce.timeUp' } };
    case 'buzzed':
      return {
        sound: 'buzz',
        say: {
          key: e.answering ? 'host.announce.answering' : 'host.announce.queued',
          params: { team: team(e.team) },
        },
      };
    case 'answer-right':
      return {
        sound: 'right',
        say: {
          key: 'host.announce.right',
          params: { team: team(e.team), points: e.points, scores: scoreLine(f.quiz) },
        },
      };
    case 'answer-wrong':
      return {
        sound: 'wrong',
        say: { key: 'host.announce.wrong', params: { team: team(e.team), penalty: e.penalty } },
      };
    case 'answer-revealed':
      return {
        sound: 'reveal',
        say: { key: 'host.announce.answer', params: { answer: f.answer } },
      };
    case 'key-tile-opened':
      return { sound: 'tile' };
    case 'key-solved':
      return {
        sound: 'celebrate',
        say: {
          key: 'host.announce.keySolved',
          params: { team: team(e.team), bonus: e.bonus, answer: f.keyAnswer },
        },
      };
    case 'key-guess-wrong':
      return {
        sound: 'wrong',
        say: { key: 'host.announce.keyWrong', params: { team: team(e.team) } },
      };
    case 'score-adjusted':
      return {
        say: {
          key: 'host.announce.adjusted',
          params: { team: team(e.team), delta: e.delta, scores: scoreLine(f.quiz) },
        },
      };
    case 'finished':
      return {
        sound: 'applause',
        say: { key: 'host.announce.podium', params: { scores: scoreLine(f.quiz) } },
      };
  }
}

/** The sounds and lines of one step of the meeting, in the order of its events. */
export function quizEffects(events: readonly MeetingEvent[], facts: EffectFacts): Effect[] {
  const out: Effect[] = [];
  for (const e of events) {
    const effect =
      e.type === 'quiz'
        ? teamEffect(e.event, facts)
        : e.type === 'part-changed' && e.part === 'over'
          ? { say: { key: 'host.over' } }
          : null;
    if (effect) out.push(effect);
  }
  return out;
}

/** Whether this step calls for confetti: the quiz has just finished. */
export function celebrates(events: readonly MeetingEvent[]): boolean {
  return events.some((e) => e.type === 'quiz' && e.event.type === 'finished');
}
