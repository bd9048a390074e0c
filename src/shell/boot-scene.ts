import { BaseScene } from '../shared/engine/base-scene';
import { SCENE } from '../shared/keys';

/** Only what the loading screen needs: the camera. Everything else is the Preloader's. */
export class BootScene extends BaseScene {
  constructor() {
    super(SCENE.boot);
  }

  create(): void {
    this.setupView();
    this.scene.start(SCENE.preloader);
  }
}
