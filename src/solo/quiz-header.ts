import type Phaser from 'phaser';
import type { SoloState } from '../core/quiz/solo';
import { t } from '../shared/i18n';
import type { MakeLabel } from '../shared/engine/base-scene';

/**
 * The quiz's header: progress, score and streak, made once; a state that changes none of them
 * (most taps) costs no text drawn.
 */
export class QuizHeader {
  private readonly progress: Phaser.GameObjects.Text;
  private readonly score: Phaser.GameObjects.Text;
  private readonly streak: Phaser.GameObjects.Text;
  private shown = '';

  /** `vw`: the screen's width, score and streak sit at its right edge. */
  constructor(makeLabel: MakeLabel, vw: number) {
    this.progress = makeLabel(72, 18, '', { size: 18, bold: true });
    this.score = makeLabel(vw - 12, 8, '', {
      size: 20,
      bold: true,
      color: '#ffc83d',
      align: 'right',
    }).setOrigin(1, 0);
    this.streak = makeLabel(vw - 12, 34, '', {
      size: 16,
      color: '#c9d6f0',
      align: 'right',
    }).setOrigin(1, 0);
  }

  /** Keeps score and streak at the right edge of a screen now `vw` wide. */
  place(vw: number): void {
    this.score.setX(vw - 12);
    this.streak.setX(vw - 12);
  }

  show(s: SoloState): void {
    const key = `${String(s.index)}/${String(s.order.length)} ${String(s.score)} ${String(s.streak)}`;
    if (key === this.shown) return;
    this.shown = key;
    // setText draws a text again only when it differs.
    this.progress.setText(
      t('quiz.progress', { n: Math.min(s.index + 1, s.order.length), total: s.order.length }),
    );
    this.score.setText(t('quiz.score', { score: s.score }));
    this.streak.setText(t('quiz.streak', { n: s.streak }));
  }
}
