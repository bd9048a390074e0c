import type Phaser from 'phaser';
import { lastRoundWasBest } from '../core/quiz/round';
import { soloSummary, type SoloState } from '../core/quiz/solo';
import type { Pack } from '../content/pack-types';
import { packText, t } from '../shared/i18n';
import { COLOR } from '../shared/ui/theme';
import type { ButtonStyle } from '../shared/ui/button';
import { BaseScene } from '../shared/engine/base-scene';
import { SCENE } from '../shared/keys';
import { resumeSoloQuiz } from '../shared/session/solo-session';
import { onKeyDown } from '../shared/engine/key-input';
import { celebrate } from './confetti';
import { loadProgress } from './progress-store';
import { canShareResults, shareResults } from './share-result';
import type { ShareOutcome } from './share-card';
import { confettiArea, resultsBar, resultsWidth } from './results-layout';

/** The end of a solo game: the score, and what the answers were about. */
export class ResultsScene extends BaseScene {
  private summary: ReturnType<typeof soloSummary> | null = null;
  /** The device's best for the pack, and whether this round set it. */
  private record: { newBest: boolean; best: number } | null = null;
  private content: Phaser.GameObjects.Container | null = null;
  private scrollBar: Phaser.GameObjects.Graphics | null = null;
  private scrollY = 0;
  private maxScroll = 0;
  /** The top of the bar with the buttons, and of the list of what was learned (unscrolled). */
  private barTop = 0;
  private listTop = 0;
  /** While the result card is being drawn and offered; how the last one left. */
  private sharing = false;
  private lastShare: ShareOutcome | null = null;

  constructor() {
    super(SCENE.results);
  }

  create(): void {
    this.setupView();
    this.content = null;
    this.scrollBar = null;
    this.scrollY = 0;
    this.maxScroll = 0;
    this.lastShare = null;
    const pack = this.services.pack;
    const session = resumeSoloQuiz(pack, this.services.store);
    if (!pack?.quiz || !session) {
      this.scene.start(SCENE.menu, {});
      return;
    }
    const summary = soloSummary(session.state);
    this.summary = summary;
    this.draw(pack, session.state);
    this.setupScrolling();
    this.scrollTo(0);
    this.focus.set(this.buttons, true);
    this.services.sound.play('applause');
    // Confetti over the score, above the list of what was learned: it never covers the list.
    if (summary.right > 0) {
      const { x, y, w, h } = confettiArea(this.vw, this.listTop);
      const css = { x: this.toCss(x), y: this.toCss(y), w: this.toCss(w), h: this.toCss(h) };
      celebrate(
        document.getElementById('ui-layer') ?? document.body,
        this.services.reducedMotion,
        css,
      );
    }
    this.announce('announce.results', {
      score: summary.score,
      right: summary.right,
      played: summary.played,
    });
  }

  /** A new size: the same results drawn again, scrolled as far as they were. */
  protected override relayout(): void {
    const pack = this.services.pack;
    const session = resumeSoloQuiz(pack, this.services.store);
    if (!pack?.quiz || !session) return;
    for (const o of [...this.children.getChildren()]) o.destroy();
    this.buttons = [];
    this.draw(pack, session.state);
    this.focus.set(this.buttons);
    this.scrollTo(this.scrollY);
  }

  /** The results of `s`: the score, what was learned, and the bar with the buttons. */
  private draw(pack: Pack, s: SoloState): void {
    const quiz = pack.quiz;
    if (!quiz) return;
    const summary = soloSummary(s);
    const cx = this.vw / 2;
    const w = resultsWidth(this.vw);
    // Everything above the buttons scrolls; the bar with the buttons stays, drawn over it.
    const content = this.add.container(0, 0);
    this.content = content;
    const add = <T extends Phaser.GameObjects.GameObject>(o: T): T => {
      content.add(o);
      return o;
    };
    let y = 28;
    add(
      this.label(cx, y, t('results.title'), {
        size: 30,
        bold: true,
        align: 'center',
        color: '#ffc83d',
      }).setOrigin(0.5, 0),
    );
    y += 50;
    add(
      this.label(cx, y, t('results.score', { score: summary.score }), {
        size: 40,
        bold: true,
        align: 'center',
      }).setOrigin(0.5, 0),
    );
    y += 56;
    const progress = loadProgress(this.services.store, pack.id);
    const newBest = lastRoundWasBest(progress) && progress.best === summary.score;
    this.record = { newBest, best: progress.best };
    add(
      this.label(
        cx,
        y,
        `★ ${t('results.stars', { stars: summary.stars, max: summary.maxStars })}`,
        {
          size: 24,
          bold: true,
          align: 'center',
          color: '#ffc83d',
        },
      ).setOrigin(0.5, 0),
    );
    y += 40;
    const best = add(
      this.label(
        cx,
        y,
        newBest ? t('results.newBest') : t('results.best', { best: progress.best }),
        {
          size: 18,
          bold: newBest,
          align: 'center',
          color: newBest ? '#80ed99' : '#c9d6f0',
          wrap: w,
        },
      ).setOrigin(0.5, 0),
    );
    y += best.height + 6;
    const played = add(
      this.label(
        cx,
        y,
        t('results.progress', {
          played: Object.keys(progress.stars).length,
          total: quiz.questions.length,
        }),
        { size: 16, align: 'center', color: '#c9d6f0', wrap: w },
      ).setOrigin(0.5, 0),
    );
    y += played.height + 10;
    const detail = add(
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
      ).setOrigin(0.5, 0),
    );
    y += detail.height + 24;
    this.listTop = y;
    add(this.label(cx - w / 2, y, t('results.learned'), { size: 20, bold: true }));
    y += 34;
    for (const r of s.results) {
      const q = quiz.questions.find((x) => x.id === r.questionId);
      if (!q) continue;
      const mark = r.outcome === 'right' ? '★'.repeat(r.stars) + '☆'.repeat(3 - r.stars) : '–';
      const text = add(
        this.label(
          cx - w / 2,
          y,
          `${mark} ${q.answer.toLocaleUpperCase('vi')}: ${packText(q.explanation)}`,
          { size: 16, wrap: w, color: r.outcome === 'right' ? '#ffffff' : '#c9d6f0' },
        ),
      );
      y += text.height + 12;
    }
    // Play again, share (where the browser can send the card somewhere), back to the start.
    const count = canShareResults() ? 3 : 2;
    const bar = resultsBar(this.vw, this.vh, count);
    this.barTop = bar.top;
    this.maxScroll = Math.max(0, y + 8 - bar.top);
    this.add
      .rectangle(0, bar.top, this.vw, this.vh - bar.top, COLOR.background)
      .setOrigin(0)
      .setDepth(10);
    this.scrollBar = this.add.graphics().setDepth(10);
    const buttons: [string, string, () => void, ButtonStyle][] = [
      [
        'play-again',
        t('results.again'),
        () => this.scene.start(SCENE.quiz, { resume: false }),
        { fill: COLOR.accent, textColor: '#14213d' },
      ],
      ...(count === 3
        ? [
            [
              'share',
              t('results.share'),
              () => {
                this.share(pack, s);
              },
              { fill: COLOR.right, textColor: '#14213d' },
            ] as [string, string, () => void, ButtonStyle],
          ]
        : []),
      ['to-menu', t('results.menu'), () => this.scene.start(SCENE.menu, {}), {}],
    ];
    buttons.forEach(([id, text, run, style], i) => {
      const b = bar.buttons[i];
      if (b) this.button(id, b.x + b.w / 2, b.y + b.h / 2, b.w, b.h, text, run, style).setDepth(11);
    });
  }

  /** Draws the result card and offers it; says so when it was saved, or could not go. */
  private share(pack: Pack, s: SoloState): void {
    if (this.sharing) return;
    this.sharing = true;
    void shareResults(pack, s)
      .catch((): ShareOutcome => 'failed')
      .then((outcome) => {
        this.sharing = false;
        this.lastShare = outcome;
        if (outcome === 'saved') this.announce('results.shareSaved');
        if (outcome === 'failed') this.announce('results.shareFailed');
      });
  }

  /** Drag (touch or mouse), the wheel, and the keys scroll what was learned. */
  private setupScrolling(): void {
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (!p.isDown) return;
      this.scrollTo(this.scrollY - (p.y - p.prevPosition.y) / this.ratio);
    });
    this.input.on('wheel', (_p: unknown, _o: unknown, _dx: number, dy: number) => {
      this.scrollTo(this.scrollY + dy / this.uiScale);
    });
    const onKey = (e: KeyboardEvent): void => {
      const page = this.barTop * 0.85;
      const by: Record<string, number> = {
        ArrowDown: 48,
        ArrowUp: -48,
        PageDown: page,
        PageUp: -page,
        End: this.maxScroll,
        Home: -this.maxScroll,
      };
      const step = by[e.key];
      if (step === undefined) return;
      e.preventDefault();
      this.scrollTo(this.scrollY + step);
    };
    onKeyDown(this, onKey);
  }

  private scrollTo(y: number): void {
    this.scrollY = Math.round(Math.max(0, Math.min(this.maxScroll, y)));
    this.content?.setY(-this.scrollY);
    const bar = this.scrollBar;
    if (!bar) return;
    bar.clear();
    if (this.maxScroll <= 0) return;
    // A thin bar at the right edge says there is more, and where the view is.
    const track = this.barTop - 16;
    const h = Math.max(32, (track * track) / (track + this.maxScroll));
    const top = 8 + ((track - h) * this.scrollY) / this.maxScroll;
    bar.fillStyle(0xffffff, 0.35).fillRoundedRect(this.vw - 8, top, 4, h, 2);
  }

  override testState(): unknown {
    return (
      this.summary && {
        ...this.summary,
        ...this.record,
        scroll: this.scrollY,
        share: this.lastShare,
        maxScroll: this.maxScroll,
        // Where the list of what was learned starts on the screen, in CSS pixels.
        listTop: this.toCss(this.listTop - this.scrollY),
      }
    );
  }
}
