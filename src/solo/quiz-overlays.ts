/**
 * What the quiz lays over its canvas besides the card: the time-bonus strip, the written clue's
 * box and the "not quite" badge, placed by `pictureStrip` over the picture area. The scene
 * hands it the state after every step; it reads no game rules but the core's.
 */
import { slotsFullAndWrong, type SoloState } from '../core/quiz/solo';
import type { PackQuestion } from '../content/pack-types';
import { packText, t } from '../shared/i18n';
import { ClueBox } from './clue-box';
import { canvasParent } from './over-canvas';
import { pictureStrip, type PictureStrip } from './picture-strip';
import { QuestionTimer } from './question-timer';
import type { Box } from './quiz-layout';
import { WrongBadge } from './wrong-badge';

export class QuizOverlays {
  private readonly timer: QuestionTimer;
  private readonly clue: ClueBox;
  private readonly badge: WrongBadge;
  /** Whether the player has the paid clue open (closing it only hides it). */
  private clueOpen = false;
  /** A typed answer was just wrong: the badge shows until the next move. */
  private typedWrong = false;

  constructor(
    canvas: HTMLCanvasElement,
    private readonly scale: number,
    reducedMotion: boolean,
    onClueClosed: () => void,
  ) {
    const parent = canvasParent(canvas);
    this.timer = new QuestionTimer(
      parent,
      {
        left: (bonus, seconds) => t('quiz.timerLeft', { bonus, seconds }),
        over: t('quiz.timerOver'),
      },
      reducedMotion,
    );
    this.clue = new ClueBox(
      parent,
      { title: t('quiz.clueTitle'), close: t('quiz.clueClose') },
      () => {
        this.clueOpen = false;
        onClueClosed();
      },
    );
    this.badge = new WrongBadge(parent, t('quiz.wrong'), reducedMotion);
  }

  /** After a step: `wrongTyped` when it was a typed answer found wrong, `clueShown` the clue bought. */
  stepped(wrongTyped: boolean, clueShown: boolean): void {
    this.typedWrong = wrongTyped;
    if (clueShown) this.clueOpen = true;
  }

  /** The clue button on a question whose clue is paid for: opens or closes the box. */
  toggleClue(): void {
    this.clueOpen = !this.clueOpen;
  }

  /** Shows `s` (question `q`) over the picture area `picture`; answers where things went. */
  show(s: SoloState, q: PackQuestion | null, picture: Box): PictureStrip {
    const strip = pictureStrip(picture);
    const open = s.phase === 'question' && q !== null;
    if (!open) this.clueOpen = false;
    this.timer.show(
      open
        ? { id: q.id, shownAt: s.questionShownAt, points: q.points, timeLimitSec: q.timeLimitSec }
        : null,
      strip.timer,
      this.scale,
    );
    const clue = open && s.clueShown && this.clueOpen && q.hint ? packText(q.hint) : null;
    this.clue.show(clue, strip.clueBox, this.scale);
    this.badge.show(open && (slotsFullAndWrong(s) || this.typedWrong), strip.badge, this.scale);
    return strip;
  }

  /** What the player sees of them, for the test hook. */
  get seen(): {
    wrong: boolean;
    clue: string | null;
    timer: { text: string; share: number } | null;
  } {
    return { wrong: this.badge.shown, clue: this.clue.shown, timer: this.timer.shown };
  }

  destroy(): void {
    this.timer.destroy();
    this.clue.destroy();
    this.badge.destroy();
  }
}
