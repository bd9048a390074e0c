import { FIRST_SCENE_KEY } from '../shared/services';
import type { FirstScene } from './shell';
import { t } from '../shared/i18n';
import { fontHasSettled } from '../shared/ui/text';
import { COLOR, FONT_FAMILY } from '../shared/ui/theme';
import { BaseScene } from '../shared/engine/base-scene';
import { SCENE } from '../shared/keys';

/** The Vietnamese font must be ready before any text is drawn, or Phaser caches a fallback. */
async function loadFonts(): Promise<void> {
  const sample = 'Đuổi hình bắt chữ ầẩẫậ ễệ ỗộ ờởỡợ ừửữự';
  await Promise.all([
    document.fonts.load(`400 20px ${FONT_FAMILY}`, sample),
    document.fonts.load(`700 20px ${FONT_FAMILY}`, sample),
  ]);
}

/**
 * Says the first scene is shown once it is on the canvas: Phaser makes a started scene at the
 * top of its next step and draws it at the end of that step. Until then the HTML menu stays up
 * (a question, not an empty canvas, takes its place), and the benchmark's mark is the first
 * question drawn, not the start asked for (about 250 ms apart on a slow phone).
 */
function whenFirstDrawn(game: Phaser.Game, first: FirstScene): void {
  const scene = game.scene.getScene(first.key) as Phaser.Scene | null;
  if (!scene) {
    first.shown();
    return;
  }
  scene.events.once('create', () => {
    game.events.once('postrender', () => {
      first.shown();
    });
  });
}

/**
 * Loads the font with a progress bar, then opens the scene the game was started for (the pack
 * is loaded already: the HTML menu needed it before the game).
 */
export class PreloaderScene extends BaseScene {
  private bar!: Phaser.GameObjects.Graphics;

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
    await loadFonts().catch(() => undefined);
    fontHasSettled();
    this.progress(1);
    const first = this.registry.get(FIRST_SCENE_KEY) as FirstScene;
    whenFirstDrawn(this.game, first);
    this.scene.start(first.key, first.data);
    document.getElementById('splash')?.remove();
  }

  /** Loading finishes outside any input: frames keep coming until the first scene opens. */
  override isAnimating(): boolean {
    return true;
  }

  override testState(): unknown {
    return { loading: t('loading') };
  }
}
