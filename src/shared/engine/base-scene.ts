import Phaser from './phaser-lite';
import { SERVICES_KEY, type Services } from '../services';
import { renderRatio } from './viewport';
import { t } from '../i18n';
import { Button, FocusRing, type ButtonStyle } from '../ui/button';
import { addText } from '../ui/text';
import { COLOR, FONT_FAMILY } from '../ui/theme';

export interface TextStyleOptions {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: number;
  /**
   * A fixed width: the text's canvas keeps its size when the text changes (a slot's letter),
   * so changing it only draws it again, where a new size would make the browser set up a new
   * canvas, which costs a slow phone a few milliseconds each time.
   */
  readonly width?: number;
}

/** Makes a text as a scene's `label` does, for views that draw for a scene. */
export type MakeLabel = (
  x: number,
  y: number,
  text: string,
  o: TextStyleOptions,
) => Phaser.GameObjects.Text;

/**
 * What every scene shares: layout in CSS pixels (the camera zooms to device pixels), the
 * services, keyboard focus over the scene's buttons, and the test hook's view of them.
 */
export abstract class BaseScene extends Phaser.Scene {
  protected services!: Services;
  protected vw = 0;
  protected vh = 0;
  protected ratio = 1;
  /** CSS pixels per world unit: above 1 on large screens, so a projector gets large type. */
  protected uiScale = 1;
  protected focus!: FocusRing;
  protected buttons: Button[] = [];

  init(): void {
    this.services = this.registry.get(SERVICES_KEY) as Services;
    this.measure();
    this.buttons = [];
  }

  /** The view's size in world units, from the game's size (device pixels) and the device. */
  private measure(): void {
    const device = renderRatio();
    const cssW = this.scale.width / device;
    const cssH = this.scale.height / device;
    this.uiScale = Math.max(1, Math.min(cssW / 1100, cssH / 680));
    this.ratio = device * this.uiScale;
    this.vw = this.scale.width / this.ratio;
    this.vh = this.scale.height / this.ratio;
  }

  /** Call first in create(): sets the camera so 1 world unit is 1 CSS pixel. */
  protected setupView(): void {
    const cam = this.cameras.main;
    cam.setOrigin(0, 0);
    cam.setZoom(this.ratio);
    cam.setBackgroundColor(COLOR.background);
    this.focus = new FocusRing(this);
    const onResize = (): void => {
      this.resized();
    };
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => this.scale.off('resize', onResize));
  }

  /**
   * The game took a new size (a phone turned, the on-screen keyboard, a window dragged): the
   * scene lays itself out again from what it shows now; nothing restarts, and the button that
   * had the keyboard's focus keeps it.
   */
  private resized(): void {
    const start = performance.now();
    this.measure();
    const cam = this.cameras.main;
    cam.setSize(this.scale.width, this.scale.height);
    cam.setZoom(this.ratio);
    const focused = this.focus.focusedId;
    this.relayout();
    if (focused !== null) this.focus.focus(focused);
    // How long laying out again took, for the figures in docs/performance.md.
    performance.measure(`relayout ${this.scene.key}`, { start });
  }

  /**
   * Lays the scene out again for a new size, from its current state: the same question, the
   * same line, the same open dialog. Scenes that draw on the canvas override it.
   */
  protected relayout(): void {
    // The HTML over the canvas (the menu, the meeting's setup) lays itself out.
  }

  get isPortrait(): boolean {
    return this.vh >= this.vw;
  }

  protected label(
    x: number,
    y: number,
    text: string,
    o: TextStyleOptions = {},
  ): Phaser.GameObjects.Text {
    return addText(
      this,
      x,
      y,
      text,
      {
        fontFamily: FONT_FAMILY,
        fontSize: `${Math.max(16, o.size ?? 18)}px`,
        fontStyle: o.bold ? 'bold' : 'normal',
        color: o.color ?? '#ffffff',
        align: o.align ?? 'left',
        ...(o.wrap ? { wordWrap: { width: o.wrap, useAdvancedWrap: true } } : {}),
        ...(o.width ? { fixedWidth: o.width } : {}),
        lineSpacing: 4,
      },
      this.ratio,
    );
  }

  protected button(
    id: string,
    x: number,
    y: number,
    w: number,
    h: number,
    text: string,
    onActivate: () => void,
    style: ButtonStyle = {},
  ): Button {
    const b = new Button(
      this,
      id,
      x,
      y,
      w,
      h,
      text,
      onActivate,
      { ...style, fontSize: Math.max(16, style.fontSize ?? 20) },
      this.ratio,
    );
    this.buttons.push(b);
    return b;
  }

  /** Announces in the interface language through the live region. */
  protected announce(key: string, options?: Record<string, unknown>): void {
    this.services.announcer.say(t(key, options));
  }

  /** Boxes of the visible buttons in CSS pixels, for end-to-end tests. */
  buttonBoxes(): ReturnType<Button['box']>[] {
    return this.buttons
      .filter((b) => b.active && b.isShown)
      .map((b) => {
        const box = b.box();
        return {
          ...box,
          x: this.toCss(box.x),
          y: this.toCss(box.y),
          w: this.toCss(box.w),
          h: this.toCss(box.h),
        };
      });
  }

  /** World units to CSS pixels, for the test hook. */
  protected toCss(v: number): number {
    return Math.round(v * this.uiScale);
  }

  /** True while something moves that is neither a tween nor a load (frames keep coming). */
  isAnimating(): boolean {
    return false;
  }

  /** Anything else the test hook should see of this scene. */
  testState(): unknown {
    return null;
  }
}
