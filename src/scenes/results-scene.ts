import { SessionController } from '../app/session-controller';
import { SOLO_QUIZ } from '../core/activities';
import { soloSummary } from '../core/quiz/solo';
import { packText, t } from '../i18n/i18n';
import { COLOR } from '../ui/theme';
import { BaseScene } from './base-scene';
import { SCENE, STORE_KEY } from './keys';
import { packRef } from './pack-ref';

/** The end of a solo game: the score, and what the answers were about. */
export class ResultsScene extends BaseScene {
  private summary: ReturnType<typeof soloSummary> | null = null;

  constructor() {
    super(SCENE.results);
  }

  create(): void {
    this.setupView();
    const pack = this.services.pack;
    const session = pack?.quiz
      ? SessionController.resume(
          SOLO_QUIZ,
          pack.quiz,
          this.services.store,
          STORE_KEY.soloSession,
          packRef(pack),
        )
      : null;
    if (!pack?.quiz || !session) {
      this.scene.start(SCENE.menu, {});
      return;
    }
    const s = session.state;
    const summary = soloSummary(s);
    this.summary = summary;
    const cx = this.vw / 2;
    const w = Math.min(560, this.vw - 32);
    let y = 28;
    this.label(cx, y, t('results.title'), {
      size: 30,
      bold: true,
      align: 'center',
      color: '#ffc83d',
    }).setOrigin(0.5, 0);
    y += 50;
    this.label(cx, y, t('results.score', { score: summary.score }), {
      size: 40,
      bold: true,
      align: 'center',
    }).setOrigin(0.5, 0);
    y += 60;
    this.label(
      cx,
      y,
      t('results.detail', {
        right: summary.right,
        played: summary.played,
        skipped: summary.skipped,
        streak: summary.bestStreak,
      }),
      { size: 18, align: 'center', color: '#c9d6f0', wrap: w },
    ).setOrigin(0.5, 0);
    y += 64;
    this.label(cx - w / 2, y, t('results.learned'), { size: 20, bold: true });
    y += 34;
    const bottom = this.vh - 80;
    for (const r of s.results) {
      if (y > bottom - 40) break;
      const q = pack.quiz.questions.find((x) => x.id === r.questionId);
      if (!q) continue;
      const mark = r.outcome === 'right' ? '✓' : '–';
      const text = this.label(
        cx - w / 2,
        y,
        `${mark} ${q.answer.toLocaleUpperCase('vi')}: ${packText(q.explanation)}`,
        { size: 16, wrap: w, color: r.outcome === 'right' ? '#ffffff' : '#c9d6f0' },
      );
      if (y + text.height > bottom) {
        text.destroy();
        break;
      }
      y += text.height + 10;
    }
    const bw = Math.min(220, (w - 12) / 2);
    this.button(
      'play-again',
      cx - bw / 2 - 6,
      this.vh - 44,
      bw,
      52,
      t('results.again'),
      () => {
        this.scene.start(SCENE.quiz, { resume: false });
      },
      { fill: COLOR.accent, textColor: '#14213d' },
    );
    this.button('to-menu', cx + bw / 2 + 6, this.vh - 44, bw, 52, t('results.menu'), () => {
      this.scene.start(SCENE.menu, {});
    });
    this.focus.set(this.buttons, true);
    this.services.sound.play('applause');
    this.announce('announce.results', {
      score: summary.score,
      right: summary.right,
      played: summary.played,
    });
  }

  override testState(): unknown {
    return this.summary;
  }
}
