import type { MenuData } from '../shared/services';
import { BaseScene } from '../shared/engine/base-scene';
import { SCENE } from '../shared/keys';

/**
 * The menu's place among the game's scenes: going "to the menu" from any scene starts this one,
 * which shows the HTML menu (src/menu/menu-page.ts) over a still canvas.
 */
export class MenuScene extends BaseScene {
  constructor() {
    super(SCENE.menu);
  }

  create(data: MenuData): void {
    this.setupView();
    this.services.showMenu(data);
  }
}
