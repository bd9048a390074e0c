import type Phaser from 'phaser';
import type { Pack, PackQuestion } from '../content/pack-types';
import { drawPicture, loadPictureTextures, pictureBackdrop } from '../shared/ui/picture-view';
import { pictureSize, type Box } from './quiz-layout';

/**
 * The question's picture on its backdrop: drawn again only for another question or another
 * box (a new size, the typed-answer form opened on a short screen).
 */
export class QuizPicture {
  private readonly layer: Phaser.GameObjects.Container;
  /** The question, box and ratio drawn (or being loaded), as one key. */
  private shown = '';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly pack: Pack,
  ) {
    this.layer = scene.add.container(0, 0);
  }

  show(q: PackQuestion, box: Box, ratio: number): void {
    const key = JSON.stringify([q.id, box, ratio]);
    if (key === this.shown) return;
    this.shown = key;
    void this.draw(q, box, ratio, key);
  }

  /** Loads the textures `q`'s picture will need in `box`, ahead of showing it. */
  prepare(q: PackQuestion, box: Box, ratio: number): void {
    void loadPictureTextures(this.scene, this.pack, q.picture, pictureSize(q.picture, box, ratio));
  }

  private async draw(q: PackQuestion, box: Box, ratio: number, key: string): Promise<void> {
    this.layer.removeAll(true);
    const { x, y, w, h } = box;
    this.layer.add(pictureBackdrop(this.scene, x, y, w, h));
    await loadPictureTextures(this.scene, this.pack, q.picture, pictureSize(q.picture, box, ratio));
    if (!this.scene.sys.isActive() || this.shown !== key) return;
    this.layer.add(
      drawPicture(this.scene, this.pack, q.picture, x + w / 2, y + h / 2, w - 16, h - 16, ratio),
    );
  }
}
