import type Phaser from 'phaser';
import type { TeamState } from '../core/quiz/teams';
import { COLOR } from '../shared/ui/theme';
import type { HostCanvas } from './host-canvas';
import { countdownOf, quizRunning, ticks, type Running } from './host-clock';

/**
 * The countdown's ring and seconds. The rest of the screen is drawn whole at each change of
 * the meeting; the countdown changes with no change of the meeting, so it alone is redrawn
 * between them, and only when what it shows changes (a degree of the ring, a second).
 */
export class CountdownFace {
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  private shownRing = '';
  private shownSec = -1;

  constructor(
    c: HostCanvas,
    private readonly at: { readonly x: number; readonly y: number; readonly r: number },
    size = 56,
  ) {
    this.ring = c.scene.add.graphics();
    this.text = c.label(at.x, at.y, '', { size, bold: true, align: 'center' }).setOrigin(0.5);
    c.layer.add([this.ring, this.text]);
  }

  /** Shows the countdown at `now`; answers whether a last second has just begun (a tick). */
  show(quiz: TeamState, now: number): boolean {
    return this.showRunning(quizRunning(quiz), now);
  }

  /** The same for any countdown (the skit's vote). */
  showRunning(c: Running, now: number): boolean {
    const next = countdownOf(c, now);
    if (next.ring !== this.shownRing) {
      this.shownRing = next.ring;
      const { x, y, r } = this.at;
      const g = this.ring;
      g.clear();
      g.fillStyle(COLOR.panel, 1).fillCircle(x, y, r);
      g.lineStyle(Math.max(10, r / 8), next.urgent ? COLOR.wrong : COLOR.accent, 1);
      g.beginPath();
      g.arc(
        x,
        y,
        r - Math.max(6, r / 14),
        -Math.PI / 2,
        -Math.PI / 2 + Math.PI * 2 * next.frac,
        false,
      );
      g.strokePath();
    }
    if (next.sec === this.shownSec) return false;
    const tick = ticks(this.shownSec, next);
    this.shownSec = next.sec;
    this.text.setText(String(next.sec));
    this.text.setColor(next.urgent ? '#ff9b9e' : '#ffffff');
    return tick;
  }
}
