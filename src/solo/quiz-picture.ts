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
  /** A picture drawn ahead and kept hidden, with the key it was drawn for. */
  private ready: { key: string; picture: Phaser.GameObjects.Container } | null = null;

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

  /**
   * Loads the textures `q`'s picture will need in `box` and draws it there, hidden, ahead of
   * showing it: the tap on "next" then only shows it (a rebus of words is several texts).
   */
  prepare(q: PackQuestion, box: Box, ratio: number): void {
    const key = JSON.stringify([q.id, box, ratio]);
    if (this.ready?.key === key) return;
    void loadPictureTextures(
      this.scene,
      this.pack,
      q.picture,
      pictureSize(q.picture, box, ratio),
    ).then(() => {
      if (!this.scene.sys.isActive() || this.shown === key || this.ready?.key === key) return;
      this.ready?.picture.destroy();
      const { x, y, w, h } = box;
      const picture = drawPicture(
        this.scene,
        this.pack,
        q.picture,
        x + w / 2,
        y + h / 2,
        w - 16,
        h - 16,
        ratio,
      );
      this.ready = { key, picture: picture.setVisible(false) };
    });
  }

  private async draw(q: PackQuestion, box: Box, ratio: number, key: string): Promise<void> {
    this.layer.removeAll(true);
    const { x, y, w, h } = box;
    this.layer.add(pictureBackdrop(this.scene, x, y, w, h));
    const ready = this.ready;
    if (ready?.key === key) {
      this.ready = null;
      this.layer.add(ready.picture.setVisible(true));
      return;
    }
    await loadPictureTextures(this.scene, this.pack, q.picture, pictureSize(q.picture, box, ratio));
    if (!this.scene.sys.isActive() || this.shown !== key) return;
    this.layer.add(
      drawPicture(this.scene, this.pack, q.picture, x + w / 2, y + h / 2, w - 16, h - 16, ratio),
    );
  }
}
