import { AUTO_RESUME_MS, lastActionAt, unfinishedMeeting } from '../app/meeting-session';
import { loadStartPack } from '../app/pack-source';
import type { PackProblem } from '../content/problems';
import { t } from '../i18n/i18n';
import { fontHasSettled } from '../ui/text';
import { COLOR, FONT_FAMILY } from '../ui/theme';
import { BaseScene } from './base-scene';
import { SCENE } from './keys';

/** The Vietnamese font must be ready before any text is drawn, or Phaser caches a fallback. */
async function loadFonts(): Promise<void> {
  const sample = 'Đuổi hình bắt chữ ầẩẫậ ễệ ỗộ ờởỡợ ừửữự';
  await Promise.all([
    document.fonts.load(`400 20px ${FONT_FAMILY}`, sample),
    document.fonts.load(`700 20px ${FONT_FAMILY}`, sample),
  ]);
}

/** Loads the font and the pack with a progress bar, then opens the menu. */
export class PreloaderScene extends BaseScene {
  private bar!: Phaser.GameObjects.Graphics;
  problems: readonly PackProblem[] = [];

  constructor() {
    super(SCENE.preloader);
  }

  create(): void {
    this.setupView();
    this.bar = this.add.graphics();
    this.progress(0.1);
    void this.run();
  }

  private progress(f: number): void {
    const w = Math.min(420, this.vw - 64);
    const x = (this.vw - w) / 2;
    const y = this.vh / 2;
    this.bar.clear();
    this.bar.fillStyle(COLOR.panel, 1).fillRoundedRect(x, y - 10, w, 20, 10);
    this.bar.fillStyle(COLOR.accent, 1).fillRoundedRect(x, y - 10, Math.max(20, w * f), 20, 10);
  }

  private async run(): Promise<void> {
    // Marks for the benchmark, which reports where the time to the menu goes.
    performance.mark('preloader-start');
    await loadFonts().catch(() => undefined);
    fontHasSettled();
    performance.mark('fonts-ready');
    this.progress(0.4);
    const start = await loadStartPack(this.services.params.packUrl, this.services.library);
    performance.mark('pack-ready');
    this.progress(0.9);
    this.services.pack = start.pack;
    this.problems = start.problems;
    this.progress(1);
    this.scene.start(this.firstScene(), {
      packProblems: start.problems,
      packNotice: start.notice,
    });
    document.getElementById('splash')?.remove();
  }

  /** Loading finishes outside any input: frames keep coming until the menu opens. */
  override isAnimating(): boolean {
    return true;
  }

  /**
   * A meeting left open on this device comes back exactly where it was (a reload, a crash, a
   * sleeping laptop); ?mode=host opens the facilitator's setup; everything else the menu.
   */
  private firstScene(): string {
    const { mode } = this.services.params;
    const pack = this.services.pack;
    if (mode === 'solo' || !pack) return SCENE.menu;
    const saved = unfinishedMeeting(this.services.store, pack);
    if (saved && (mode === 'host' || Date.now() - lastActionAt(saved) < AUTO_RESUME_MS)) {
      this.services.meeting = saved;
      return saved.state.part === 'skit' ? SCENE.hostSkit : SCENE.hostQuiz;
    }
    return mode === 'host' ? SCENE.hostSetup : SCENE.menu;
  }

  override testState(): unknown {
    return { loading: t('loading') };
  }
}
