import { SessionController } from '../shared/session/session-controller';
import { SOLO_QUIZ } from '../core/activities';
import type { PackProgress } from '../core/quiz/round';
import {
  currentSoloQuestion,
  soloReducer,
  type SoloAction,
  type SoloState,
} from '../core/quiz/solo';
import type { Pack, PackQuestion } from '../content/pack-types';
import { packText, t } from '../shared/i18n';
import { AnswerInput } from './answer-input';
import { FONT_FAMILY } from '../shared/ui/theme';
import { BaseScene } from '../shared/engine/base-scene';
import { afterNextFrame } from '../shared/engine/when-idle';
import { SCENE, STORE_KEY } from '../shared/keys';
import { packRef } from '../shared/session/pack-ref';
import { resumeSoloQuiz, type SoloController } from '../shared/session/solo-session';
import { cardContent } from './card-extras';
import { ExplanationCard } from './explanation-card';
import { QuizBoard } from './quiz-board';
import type { MakeLabel } from '../shared/engine/base-scene';
import {
  announceQuestion,
  playEffects,
  stepMarks,
  type EffectOutlets,
  type QuestionWords,
} from './quiz-effects';
import { celebrate } from './confetti';
import { loadProgress, progressAfter, saveProgress } from './progress-store';
import { QuizHeader } from './quiz-header';
import { QuizOverlays } from './quiz-overlays';
import { layoutFor, quizAreas, type Box, type QuizAreas } from './quiz-layout';
import { onKeyDown } from '../shared/engine/key-input';
import { commandAction, keyAction, QuizActions } from './quiz-actions';
import { QuizPicture } from './quiz-picture';
import { pictureStrip } from './picture-strip';

interface QuizData {
  readonly resume?: boolean;
}

/**
 * The solo picture-word puzzle: picture, answer slots per word, a bank of letter tiles, hint
 * and skip buttons, and the explanation card after each answer. The scene turns taps and keys
 * into the core's actions, and hands the state and the step's events to its views.
 */
export class QuizScene extends BaseScene {
  private session!: SoloController;
  private pack!: Pack;
  private header!: QuizHeader;
  private board!: QuizBoard;
  private actions!: QuizActions;
  private picture!: QuizPicture;
  private card: ExplanationCard | null = null;
  private answerInput: AnswerInput | null = null;
  /** The question index whose next question is being made ready (see `prepareNext`). */
  private preparedAfter = -1;
  private cancelPrepare: (() => void) | null = null;
  /** Cancels the card asked for and not yet shown. */
  private cancelCard: (() => void) | null = null;
  private overlays!: QuizOverlays;
  /** What this device keeps of the pack's rounds. */
  private progress!: PackProgress;

  constructor() {
    super(SCENE.quiz);
  }

  create(data: QuizData): void {
    this.setupView();
    const pack = this.services.pack;
    if (!pack?.quiz) {
      this.scene.start(SCENE.menu, {});
      return;
    }
    this.pack = pack;
    this.progress = loadProgress(this.services.store, pack.id);
    this.session = this.startSession(pack, pack.quiz, data.resume === true);
    const makeLabel: MakeLabel = (x, y, text, o) => this.label(x, y, text, o);
    this.picture = new QuizPicture(this, pack);
    this.button('menu', 36, 32, 56, 44, '☰', () => this.scene.start(SCENE.menu, {}), {
      fontSize: 22,
    });
    this.header = new QuizHeader(makeLabel, this.vw);
    this.board = new QuizBoard(
      this,
      makeLabel,
      {
        place: (tile) => {
          this.act({ type: 'place', tile, at: Date.now() });
        },
        unplace: (slot) => {
          this.act({ type: 'unplace', slot, at: Date.now() });
        },
      },
      { uiScale: this.uiScale, reducedMotion: this.services.reducedMotion },
    );
    this.actions = new QuizActions(
      (id, b, text, onPress, style) =>
        this.button(id, b.x + b.w / 2, b.y + b.h / 2, b.w, b.h, text, onPress, style),
      (command) => {
        const action = commandAction(command, Date.now());
        if (action) this.act(action);
        else if (command === 'clue') this.useClue();
        else this.openInput();
      },
      quizAreas(this.vw, this.vh, 0).actions,
    );
    this.overlays = new QuizOverlays(
      this.game.canvas,
      this.uiScale,
      this.services.reducedMotion,
      () => {
        this.show(null);
      },
    );
    this.card = null;
    this.answerInput = null;
    this.preparedAfter = -1;
    this.events.once('shutdown', () => {
      this.cancelPrepare?.();
      this.cancelCard?.();
      this.cancelCard = null;
      this.closeInput();
      this.card?.destroy();
      this.card = null;
      this.overlays.destroy();
    });
    this.show(null);
    const q = this.question;
    if (q && this.session.state.phase !== 'finished')
      announceQuestion(this.session.state, this.words(q), this.outlets());
    this.setupKeys();
  }

  /**
   * A new size: the same question, placed tiles, score, card and typed answer, laid out again.
   * The board moves its tiles and slots, the buttons are made for their new boxes, the
   * picture is drawn again in its new box.
   */
  protected override relayout(): void {
    this.header.place(this.vw);
    const old = this.actions.place(quizAreas(this.vw, this.vh, 0).actions);
    this.buttons = this.buttons.filter((b) => !old.includes(b));
    this.show(null);
  }

  /** Where things go now: laid out for typing while the form is open on a short screen. */
  private areas(tiles: number): QuizAreas {
    return layoutFor(this.vw, this.vh, tiles, this.answerInput !== null);
  }

  private startSession(
    pack: Pack,
    quiz: NonNullable<Pack['quiz']>,
    resume: boolean,
  ): SoloController {
    const resumed = resume ? resumeSoloQuiz(pack, this.services.store) : null;
    if (resumed && resumed.state.phase !== 'finished') return resumed;
    const now = Date.now();
    return SessionController.start(
      SOLO_QUIZ,
      quiz,
      this.services.store,
      STORE_KEY.soloSession,
      packRef(pack),
      now % 2147483647,
      now,
      { questionCount: Math.min(10, quiz.questions.length), played: this.progress.played },
    );
  }

  private get question(): PackQuestion | null {
    return currentSoloQuestion(
      this.pack.quiz ?? { questions: [] },
      this.session.state,
    ) as PackQuestion | null;
  }

  private words(q: PackQuestion): QuestionWords {
    return {
      answer: q.answer,
      picture: packText(q.picture.alt),
      explanation: packText(q.explanation),
      clue: q.hint === undefined ? '' : packText(q.hint),
    };
  }

  private outlets(): EffectOutlets {
    return {
      sound: this.services.sound,
      announce: (key, options) => {
        this.announce(key, options);
      },
    };
  }

  /** Dispatches `action`; its events go to the effects and to the board (a placed letter). */
  private act(action: SoloAction): void {
    const before = this.session.state;
    const asked = this.question;
    const step = this.session.dispatch(action, 'player');
    if (!step.ok) {
      if (step.refusal.code !== 'slot-empty') this.services.sound.play('tap');
      return;
    }
    const after = this.session.state;
    const next = this.question;
    const words = (q: PackQuestion | null): QuestionWords | null => q && this.words(q);
    playEffects(step.events, before, after, words(asked), words(next), this.outlets());
    const marks = stepMarks(step.events, action.type, after);
    if (marks.ended) this.closeInput();
    if (marks.wrong) this.board.shake();
    this.overlays.stepped(marks.wrongTyped, marks.clueBought);
    this.keepProgress(progressAfter(this.progress, step.events, after, this.questionIds()));
    // A streak or the round's end: confetti with the card, after the frame that draws the tap.
    if (marks.cheer)
      afterNextFrame(() => {
        celebrate(
          document.getElementById('ui-layer') ?? document.body,
          this.services.reducedMotion,
        );
      });
    if (!this.session.saving) this.announce('storage.notSaving');
    const placed = step.events.find((e) => e.type === 'tile-placed');
    this.show(placed?.type === 'tile-placed' ? placed.slot : null);
  }

  /** Shows the session's state; `placed`: the slot a tile was just placed in (it flies in). */
  private show(placed: number | null): void {
    const s = this.session.state;
    if (s.phase === 'finished') {
      this.scene.start(SCENE.results, {});
      return;
    }
    const areas = this.areas(s.puzzle?.bank.length ?? 21);
    this.header.show(s);
    const q = this.question;
    const strip = this.overlays.show(s, q, areas.picture);
    if (q) this.picture.show(q, strip.picture, this.ratio);
    this.answerInput?.place(areas.form, this.uiScale);
    this.board.show(s, areas, placed);
    this.actions.show(s, areas.form !== undefined, q?.hint !== undefined, strip.clueButton);
    this.showCard(s, q);
    if (s.phase === 'feedback') this.prepareNext(s);
  }

  /**
   * While the card is read, the next question's tiles and picture are made ready, from the
   * state the core will give on "next" (a pure step: nothing is dispatched here). It is done
   * right after the card comes (while it fades in on the compositor), not when the page is
   * idle: a slow phone drawing frames has no idle time, and "next" pressed at once would
   * build the whole question in its tap.
   */
  private prepareNext(s: SoloState): void {
    const quiz = this.pack.quiz;
    if (!quiz || this.preparedAfter === s.index) return;
    this.preparedAfter = s.index;
    this.cancelPrepare?.();
    this.cancelPrepare = afterNextFrame(() => {
      this.cancelPrepare = null;
      if (!this.sys.isActive() || this.session.state !== s) return;
      const upcoming = soloReducer(quiz, s, { type: 'next', at: Date.now() }).state;
      const q = currentSoloQuestion(quiz, upcoming) as PackQuestion | null;
      if (!q || !upcoming.puzzle) return;
      // The form closes on an answer: the next question is shown in the usual layout.
      const areas = quizAreas(this.vw, this.vh, upcoming.puzzle.bank.length);
      this.board.prepare(upcoming, areas);
      this.picture.prepare(q, pictureStrip(areas.picture).picture, this.ratio);
    });
  }

  /**
   * The explanation card while the question is answered or skipped; gone otherwise. It comes
   * once the frame that shows the last letter in its slot is drawn: the tap's answer on screen
   * first, then the card (made, laid out and focused) fading in.
   */
  private showCard(s: SoloState, q: PackQuestion | null): void {
    if (!cardContent(s, q)) {
      this.cancelCard?.();
      this.cancelCard = null;
      this.card?.destroy();
      this.card = null;
      this.focus.set(this.buttons.filter((b) => b.active && b.isShown));
      return;
    }
    if (this.card || this.cancelCard) return;
    this.focus.set([]);
    this.cancelCard = afterNextFrame(() => {
      this.cancelCard = null;
      const content = cardContent(this.session.state, this.question);
      if (!content || !this.sys.isActive()) return;
      this.card = new ExplanationCard(
        content,
        { scale: this.uiScale, reducedMotion: this.services.reducedMotion },
        () => {
          this.act({ type: 'next', at: Date.now() });
        },
      );
    });
  }

  /** The clue button: buys the written clue, or, once bought, opens and closes its box. */
  private useClue(): void {
    if (!this.session.state.clueShown) {
      this.act({ type: 'hint', hint: 'clue', at: Date.now() });
      return;
    }
    this.overlays.toggleClue();
    this.show(null);
  }

  /** Keeps `progress` as what this device has played, when it changed. */
  private keepProgress(progress: PackProgress): void {
    if (progress === this.progress) return;
    this.progress = progress;
    saveProgress(this.services.store, this.pack.id, progress);
  }

  private questionIds(): string[] {
    return this.pack.quiz?.questions.map((x) => x.id) ?? [];
  }

  private openInput(): void {
    if (this.answerInput) return;
    this.answerInput = new AnswerInput(
      t('quiz.typePlaceholder'),
      t('quiz.check'),
      t('common.close'),
      (text) => {
        this.act({ type: 'submit-text', text, at: Date.now() });
      },
      () => {
        this.closeInput();
        this.show(null);
      },
    );
    // A short placeholder that fits a 360 px phone; the field's name says the rest.
    this.answerInput.input.setAttribute('aria-label', t('quiz.typeLabel'));
    // A short screen (the keyboard up) is laid out for typing.
    this.show(null);
  }

  private closeInput(): void {
    this.answerInput?.destroy();
    this.answerInput = null;
  }

  private setupKeys(): void {
    onKeyDown(this, (e: KeyboardEvent): void => {
      const action = keyAction(e, this.session.state, this.answerInput !== null, Date.now());
      if (!action) return;
      if (action.type === 'backspace') e.preventDefault();
      this.act(action);
    });
  }

  /** The canvas buttons, and the card's "next" while the card is up. */
  override buttonBoxes(): ReturnType<BaseScene['buttonBoxes']> {
    return [...super.buttonBoxes(), ...(this.card ? [this.card.buttonBox()] : [])];
  }

  override testState(): unknown {
    const s = this.session.state;
    const puzzle = s.puzzle;
    const { tiles, slots } = this.board.boxes(s);
    const centre = (b: Box): { x: number; y: number } => ({
      x: this.toCss(b.x + b.w / 2),
      y: this.toCss(b.y + b.h / 2),
    });
    return {
      phase: s.phase,
      index: s.index,
      total: s.order.length,
      questionId: s.order[s.index] ?? null,
      score: s.score,
      streak: s.streak,
      slots: s.slots.map((tile) => (tile === null ? null : (puzzle?.bank[tile]?.letter ?? null))),
      locked: s.lockedSlots,
      wrongAttempts: s.wrongAttempts,
      tiles: tiles.map(({ id, box }) => ({
        id,
        letter: puzzle?.bank[id]?.letter ?? '',
        ...centre(box),
      })),
      slotBoxes: slots.map(centre),
      inputOpen: this.answerInput !== null,
      // Laid out for typing (a short screen with the form open): tiles and hint buttons hidden.
      typingLayout: this.areas(puzzle?.bank.length ?? 21).form !== undefined,
      ...this.overlays.seen,
      lastResult: s.results.at(-1) ?? null,
      // How far the explanation card has faded in (null while it is not shown).
      cardAlpha: this.card?.opacity ?? null,
      fontFamily: FONT_FAMILY,
    };
  }
}
