import type Phaser from 'phaser';
import { SessionController } from '../shared/session/session-controller';
import { SOLO_QUIZ } from '../core/activities';
import { SOLO_SCORING } from '../core/quiz/scoring';
import { recordQuestion, recordRound, type PackProgress } from '../core/quiz/round';
import {
  currentSoloQuestion,
  soloReducer,
  type SoloAction,
  type SoloState,
} from '../core/quiz/solo';
import type { Pack, PackQuestion } from '../content/pack-types';
import { packText, t } from '../shared/i18n';
import { AnswerInput } from './answer-input';
import type { Button } from '../shared/ui/button';
import { drawPicture, loadPictureTextures, pictureBackdrop } from '../shared/ui/picture-view';
import { FONT_FAMILY } from '../shared/ui/theme';
import { BaseScene } from '../shared/engine/base-scene';
import { whenIdle } from '../shared/engine/when-idle';
import { SCENE, STORE_KEY } from '../shared/keys';
import { packRef } from '../shared/session/pack-ref';
import { resumeSoloQuiz, type SoloController } from '../shared/session/solo-session';
import { cardExtras } from './card-extras';
import { ExplanationCard } from './explanation-card';
import { QuizBoard, type MakeLabel } from './quiz-board';
import {
  announceQuestion,
  CHEERED_STREAK,
  playEffects,
  type EffectOutlets,
  type QuestionWords,
} from './quiz-effects';
import { celebrate } from './confetti';
import { loadProgress, saveProgress } from './progress-store';
import { QuizHeader } from './quiz-header';
import { QuizOverlays } from './quiz-overlays';
import { CLUE_BUTTON } from './picture-strip';
import { COLOR } from '../shared/ui/theme';
import { actionLayout, quizAreas, type Box, type QuizAreas } from './quiz-layout';
import { onKeyDown } from '../shared/engine/key-input';

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
  private actions: Button[] = [];
  private pictureLayer!: Phaser.GameObjects.Container;
  /** The question whose picture is shown. */
  private pictureOf = '';
  private card: ExplanationCard | null = null;
  private answerInput: AnswerInput | null = null;
  /** The question index whose next question is being made ready (see `prepareNext`). */
  private preparedAfter = -1;
  private cancelPrepare: (() => void) | null = null;
  private overlays!: QuizOverlays;
  private clueButton!: Button;
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
    this.pictureLayer = this.add.container(0, 0);
    this.pictureOf = '';
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
    this.actions = this.makeActions(quizAreas(this.vw, this.vh, 0).actions);
    this.clueButton = this.button(
      'hint-clue',
      0,
      0,
      CLUE_BUTTON.w,
      CLUE_BUTTON.h,
      '',
      () => {
        this.useClue();
      },
      { fontSize: 16, fill: COLOR.accent, textColor: '#14213d' },
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
    for (const b of this.actions) b.destroy();
    this.buttons = this.buttons.filter((b) => !this.actions.includes(b));
    this.actions = this.makeActions(quizAreas(this.vw, this.vh, 0).actions);
    this.pictureOf = '';
    this.show(null);
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
    playEffects(
      step.events,
      before,
      after,
      asked && this.words(asked),
      next && this.words(next),
      this.outlets(),
    );
    if (step.events.some((e) => e.type === 'answer-right' || e.type === 'skipped'))
      this.closeInput();
    if (step.events.some((e) => e.type === 'answer-wrong')) this.board.shake();
    this.overlays.stepped(
      action.type === 'submit-text' && step.events.some((e) => e.type === 'answer-wrong'),
      step.events.some((e) => e.type === 'hint-used' && e.hint === 'clue'),
    );
    this.keepProgress(step.events, after);
    if (step.events.some((e) => e.type === 'answer-right') && after.streak >= CHEERED_STREAK)
      celebrate(document.getElementById('ui-layer') ?? document.body, this.services.reducedMotion);
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
    const areas = quizAreas(this.vw, this.vh, s.puzzle?.bank.length ?? 21);
    this.header.show(s);
    const q = this.question;
    const strip = this.overlays.show(s, q, areas.picture);
    if (q && q.id !== this.pictureOf) {
      this.pictureOf = q.id;
      void this.showPicture(q, strip.picture);
    }
    const c = strip.clueButton;
    const hasClue = s.phase === 'question' && q?.hint !== undefined;
    this.clueButton
      .setPosition(c.x + c.w / 2, c.y + c.h / 2)
      .setText(
        s.clueShown ? t('quiz.hintClueAgain') : t('quiz.hintClue', { cost: SOLO_SCORING.clueCost }),
      )
      .setVisible(hasClue)
      .setEnabled(hasClue);
    this.board.show(s, areas, placed);
    const canDropDecoys = !s.decoysRemoved && (s.puzzle?.bank.some((x) => x.decoy) ?? false);
    const enabled = [true, canDropDecoys, true, true];
    this.actions.forEach((b, i) => b.setEnabled((enabled[i] ?? true) && s.phase === 'question'));
    this.showCard(s, q);
    if (s.phase === 'feedback') this.prepareNext(s);
  }

  /**
   * While the card is read, the next question's tiles and picture are made ready, from the
   * state the core will give on "next" (a pure step: nothing is dispatched here).
   */
  private prepareNext(s: SoloState): void {
    const quiz = this.pack.quiz;
    if (!quiz || this.preparedAfter === s.index) return;
    this.preparedAfter = s.index;
    this.cancelPrepare?.();
    this.cancelPrepare = whenIdle(() => {
      this.cancelPrepare = null;
      if (!this.sys.isActive() || this.session.state !== s) return;
      const upcoming = soloReducer(quiz, s, { type: 'next', at: Date.now() }).state;
      const q = currentSoloQuestion(quiz, upcoming) as PackQuestion | null;
      if (!q || !upcoming.puzzle) return;
      const areas = quizAreas(this.vw, this.vh, upcoming.puzzle.bank.length);
      this.board.prepare(upcoming, areas);
      void loadPictureTextures(this, this.pack, q.picture, this.pictureSize(q, areas.picture));
    });
  }

  /** The size, in canvas pixels, the picture of `q` is drawn at in `box`. */
  private pictureSize(q: PackQuestion, box: Box): number {
    const px = Math.round(Math.min(box.w, box.h) * this.ratio);
    return q.picture.kind === 'file' ? px : Math.min(px, 512);
  }

  /** The explanation card while the question is answered or skipped; gone otherwise. */
  private showCard(s: SoloState, q: PackQuestion | null): void {
    const result = s.results[s.results.length - 1];
    if (s.phase !== 'feedback' || !q || !result) {
      this.card?.destroy();
      this.card = null;
      this.focus.set(this.buttons.filter((b) => b.active));
      return;
    }
    if (this.card) return;
    const right = result.outcome === 'right';
    this.focus.set([]);
    this.card = new ExplanationCard(
      {
        title: right ? t('quiz.right', { points: result.points }) : t('quiz.skipped'),
        right,
        answer: q.answer,
        explanation: packText(q.explanation),
        nextLabel: s.index + 1 >= s.order.length ? t('quiz.seeResults') : t('quiz.next'),
        ...cardExtras(result, s.streak),
      },
      { scale: this.uiScale, reducedMotion: this.services.reducedMotion },
      () => {
        this.act({ type: 'next', at: Date.now() });
      },
    );
  }

  private async showPicture(q: PackQuestion, box: Box): Promise<void> {
    this.pictureLayer.removeAll(true);
    this.pictureLayer.add(pictureBackdrop(this, box.x, box.y, box.w, box.h));
    await loadPictureTextures(this, this.pack, q.picture, this.pictureSize(q, box));
    if (!this.scene.isActive() || this.question?.id !== q.id) return;
    const { x, y, w, h } = box;
    this.pictureLayer.add(
      drawPicture(this, this.pack, q.picture, x + w / 2, y + h / 2, w - 16, h - 16, this.ratio),
    );
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

  /** Keeps what this device has played: each question ended, and a round's score at its end. */
  private keepProgress(events: readonly { type: string }[], after: SoloState): void {
    let progress = this.progress;
    const ended = events.some((e) => e.type === 'answer-right' || e.type === 'skipped');
    const result = after.results[after.results.length - 1];
    if (ended && result) {
      const all = this.pack.quiz?.questions.map((x) => x.id) ?? [];
      progress = recordQuestion(progress, all, after.order, result.questionId, result.stars);
    }
    if (events.some((e) => e.type === 'finished')) progress = recordRound(progress, after.score);
    if (progress === this.progress) return;
    this.progress = progress;
    saveProgress(this.services.store, this.pack.id, progress);
  }

  /** The hint, type and skip buttons, with their costs, made once. */
  private makeActions(area: QuizAreas['actions']): Button[] {
    const labels: [string, string, () => void][] = [
      [
        'hint-letter',
        t('quiz.hintLetter', { cost: SOLO_SCORING.revealLetterCost }),
        () => {
          this.act({ type: 'hint', hint: 'reveal-letter', at: Date.now() });
        },
      ],
      [
        'hint-decoys',
        t('quiz.hintDecoys', { cost: SOLO_SCORING.removeDecoysCost }),
        () => {
          this.act({ type: 'hint', hint: 'remove-decoys', at: Date.now() });
        },
      ],
      [
        'type',
        t('quiz.type'),
        () => {
          this.openInput();
        },
      ],
      [
        'skip',
        t('quiz.skip'),
        () => {
          this.act({ type: 'skip', at: Date.now() });
        },
      ],
    ];
    const boxes = actionLayout(labels.length, area);
    return labels.map(([id, text, fn], i) => {
      const b = boxes[i] ?? area;
      return this.button(id, b.x + b.w / 2, b.y + b.h / 2, b.w, b.h, text, fn, { fontSize: 16 });
    });
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
      },
    );
    // A short placeholder that fits a 360 px phone; the field's name says the rest.
    this.answerInput.input.setAttribute('aria-label', t('quiz.typeLabel'));
  }

  private closeInput(): void {
    this.answerInput?.destroy();
    this.answerInput = null;
  }

  private setupKeys(): void {
    const onKey = (e: KeyboardEvent): void => {
      if (this.answerInput || this.session.state.phase !== 'question') return;
      if (e.key === 'Backspace') {
        e.preventDefault();
        this.act({ type: 'backspace', at: Date.now() });
      } else if (/^[\p{L}\p{N}]$/u.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        this.act({ type: 'type-letter', letter: e.key, at: Date.now() });
      }
    };
    onKeyDown(this, onKey);
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
      ...this.overlays.seen,
      lastResult: s.results.at(-1) ?? null,
      // How far the explanation card has faded in (null while it is not shown).
      cardAlpha: this.card?.opacity ?? null,
      fontFamily: FONT_FAMILY,
    };
  }
}
