import type Phaser from 'phaser';
import type { HostCommand } from './host-keys';
import { MEETING_KEY } from '../shared/session/meeting-session';
import type { MeetingEvent } from '../core/meeting/meeting';
import { currentTeamQuestion, timerRemainingMs, type TeamState } from '../core/quiz/teams';
import type { PackQuestion } from '../content/pack-types';
import { HostScene } from './host-scene';
import { SCENE } from '../shared/keys';
import { blankStep, clockStep, pauseAfterSleep, type ClockMemory } from './host-clock';
import type { CountdownFace } from './host-countdown-face';
import { drawOver, drawPodium } from './host-podium-view';
import { drawQuestion } from './host-question-view';
import { celebrates, overLine, questionLine, quizEffects, type Line } from './host-quiz-effects';

/** The quiz's main actions in its bars. */
const QUIZ_BAR_PRIMARY: ReadonlySet<string> = new Set([
  'next',
  'right',
  'timer',
  'skit',
  'end-meeting',
]);

const QUIZ_HELP: readonly HostCommand['type'][] = [
  'forward',
  'timer',
  'team',
  'right',
  'wrong',
  'reveal',
  'key-tile',
  'key-guess',
  'add-points',
  'remove-points',
  'undo',
  'end',
  'blank',
  'fullscreen',
  'qr',
  'report',
  'help',
  'menu',
  'cancel',
];

/**
 * The team quiz on the projector: the question (picture, countdown, teams' scores, key
 * picture), then the podium, then the meeting's end. Wires the keys and buttons to the rules
 * (host-rules.ts), the meeting's state to the views (host-question-view.ts,
 * host-podium-view.ts), its events to sounds and lines (host-quiz-effects.ts) and the frames to
 * the clock (host-clock.ts). Every change of the meeting draws the screen whole.
 */
export class HostQuizScene extends HostScene {
  private layer!: Phaser.GameObjects.Container;
  /** The countdown on screen (question screen only), turned at each frame. */
  private face: CountdownFace | null = null;
  private clock: ClockMemory = { lastFrameAt: 0, lastBeatAt: 0 };
  /** The countdown is paused for the black screen, to run on when it lifts. */
  private heldForBlank = false;

  constructor() {
    super(SCENE.hostQuiz);
  }

  create(): void {
    this.face = null;
    this.heldForBlank = false;
    if (!this.openMeeting()) return;
    if (this.route()) return;
    this.layer = this.add.container(0, 0);
    const now = Date.now();
    this.clock = { lastFrameAt: now, lastBeatAt: 0 };
    const lastAlive = Number(this.services.store.get(MEETING_KEY.beat) ?? '0');
    const pause = pauseAfterSleep(this.quiz, lastAlive, now);
    if (pause) this.act({ type: 'quiz', action: pause }, 'clock');
    this.render([]);
    const quiz = this.quiz;
    if (quiz && this.meeting.state.part === 'quiz') this.say(questionLine(quiz));
    // The end screen opened from the skit, or again after a reload: said as it is shown.
    if (this.meeting.state.part === 'over') this.say(overLine(quiz));
  }

  private get quiz(): TeamState | null {
    return this.meeting.state.quiz;
  }

  private get question(): PackQuestion | null {
    const quiz = this.quiz;
    if (!quiz || !this.pack.quiz) return null;
    const q = currentTeamQuestion(this.pack.quiz, quiz);
    return (q && this.pack.quiz.questions.find((x) => x.id === q.id)) ?? null;
  }

  private say(line: Line): void {
    this.announce(line.key, line.params);
  }

  /** Frames are needed only while the countdown runs; a stopped timer lets them stop. */
  override isAnimating(): boolean {
    const state = this.services.meeting?.state;
    return state?.part === 'quiz' && state.quiz?.phase === 'running';
  }

  override update(): void {
    const quiz = this.services.meeting?.state.quiz;
    if (!quiz || this.meeting.state.part !== 'quiz') return;
    const now = Date.now();
    const step = clockStep(this.clock, quiz, now, !this.readOnly);
    this.clock = step.memory;
    if (step.beat) this.services.store.set(MEETING_KEY.beat, String(now));
    if (step.action) this.act({ type: 'quiz', action: step.action }, 'clock');
    const after = this.meeting.state.quiz;
    if (after && this.face?.show(after, now)) this.services.sound.play('tick');
  }

  protected override onBlank(blank: boolean): void {
    super.onBlank(blank);
    const state = this.meeting.state;
    const quiz = state.part === 'quiz' ? state.quiz : null;
    const step = blankStep(blank, quiz, this.heldForBlank, Date.now());
    this.heldForBlank = step.holding;
    if (step.action) this.act({ type: 'quiz', action: step.action }, 'clock');
  }

  protected helpCommands(): readonly HostCommand['type'][] {
    return QUIZ_HELP;
  }

  protected barPrimary(): ReadonlySet<string> {
    return QUIZ_BAR_PRIMARY;
  }

  protected react(events: readonly MeetingEvent[]): void {
    const effects = quizEffects(events, {
      quiz: this.quiz,
      answer: this.question?.answer ?? '',
      keyAnswer: this.pack.keyPicture?.answer ?? '',
    });
    for (const effect of effects) {
      if (effect.sound) this.services.sound.play(effect.sound);
      if (effect.say) this.say(effect.say);
    }
  }

  protected render(events: readonly MeetingEvent[]): void {
    this.layer.removeAll(true);
    this.buttons = [];
    this.face = null;
    const state = this.meeting.state;
    const quiz = state.quiz;
    const c = this.canvas(this.layer);
    if (state.part === 'over') drawOver(c, quiz);
    else if (!quiz) return;
    else if (quiz.phase === 'finished')
      drawPodium(c, quiz, state.skitPlanned && this.pack.skit !== null, celebrates(events));
    else this.face = drawQuestion(c, quiz, this.question, this.pending);
    this.focus.set([]);
  }

  override testState(): unknown {
    const s = this.meeting.state;
    const quiz = s.quiz;
    return {
      ...(super.testState() as object),
      part: s.part,
      phase: quiz?.phase ?? null,
      index: quiz?.index ?? null,
      total: quiz?.order.length ?? 0,
      questionId: this.question?.id ?? null,
      answer: this.question?.answer ?? null,
      teams: quiz?.teams.map((x) => ({ id: x.id, name: x.name, score: x.score })) ?? [],
      answering: quiz?.answering ?? null,
      queue: quiz?.queue ?? [],
      lockedOut: quiz?.lockedOut ?? [],
      answerShown: quiz?.answerShown ?? false,
      key: quiz?.key
        ? { opened: quiz.key.opened.length, tiles: quiz.key.tiles, solvedBy: quiz.key.solvedBy }
        : null,
      timerMs: quiz ? timerRemainingMs(quiz.timer, Date.now()) : 0,
      pending: this.pending?.kind ?? null,
      canUndo: this.meeting.log.actions.length > 0,
    };
  }
}
