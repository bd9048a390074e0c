import Phaser from '../engine/phaser-lite';
import { addText } from './text';
import { COLOR, FONT_FAMILY } from './theme';
import { onKeyDown } from '../engine/key-input';

export interface ButtonStyle {
  readonly fill?: number;
  readonly textColor?: string;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly radius?: number;
}

/**
 * A button drawn on the canvas: at least 44 CSS px tall for a thumb, reachable by keyboard
 * through a FocusRing, and named so the test hook and the live region can refer to it.
 */
export class Button extends Phaser.GameObjects.Container {
  readonly id: string;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly style: {
    fill: number;
    textColor: string;
    fontSize: number;
    bold: boolean;
    radius: number;
  };
  private focused = false;
  /** True when fitLabel changed the label's type. */
  private fitted = false;
  private enabled = true;
  private readonly onActivate: () => void;
  /** The game's frame count when the button was made: it is on screen from the next frame. */
  private readonly madeAtFrame: number;

  constructor(
    scene: Phaser.Scene,
    id: string,
    x: number,
    y: number,
    w: number,
    h: number,
    text: string,
    onActivate: () => void,
    style: ButtonStyle = {},
    resolution = 1,
  ) {
    super(scene, x, y);
    this.id = id;
    this.onActivate = onActivate;
    this.madeAtFrame = scene.game.getFrame();
    this.style = {
      fill: style.fill ?? COLOR.panelLight,
      textColor: style.textColor ?? '#ffffff',
      fontSize: style.fontSize ?? 20,
      bold: style.bold ?? true,
      radius: style.radius ?? 14,
    };
    this.setSize(w, Math.max(44, h));
    this.bg = scene.add.graphics();
    this.label = addText(
      scene,
      0,
      0,
      text,
      {
        fontFamily: FONT_FAMILY,
        fontSize: `${this.style.fontSize}px`,
        fontStyle: this.style.bold ? 'bold' : 'normal',
        color: this.style.textColor,
        align: 'center',
        wordWrap: { width: w - 16, useAdvancedWrap: true },
      },
      resolution,
    ).setOrigin(0.5);
    this.add([this.bg, this.label]);
    this.fitLabel();
    this.draw();
    // Phaser hit-tests a container in coordinates from its top-left corner (it adds half the
    // size to the point), so the whole button is the rectangle from (0, 0).
    this.setInteractive(
      new Phaser.Geom.Rectangle(0, 0, this.width, this.height),
      (area: Phaser.Geom.Rectangle, px: number, py: number) => area.contains(px, py),
    );
    this.on('pointerup', () => {
      this.activate();
    });
    this.on('pointerover', () => {
      this.bg.setAlpha(0.9);
    });
    this.on('pointerout', () => {
      this.bg.setAlpha(1);
    });
    scene.add.existing(this);
  }

  activate(): void {
    if (this.isEnabled) this.onActivate();
  }

  setText(text: string): this {
    this.label.setText(text);
    this.fitLabel();
    return this;
  }

  /**
   * A label too tall for the box (a long translation) gets smaller type, never below 16 px,
   * then regular weight, so it never spills out of the button.
   */
  private fitLabel(): void {
    const room = this.height - 6;
    let size = this.style.fontSize;
    // Back to the button's own type first (re-rendering the text only when it was changed).
    if (this.fitted) {
      this.label.setFontSize(size).setFontStyle(this.style.bold ? 'bold' : 'normal');
      this.fitted = false;
    }
    if (this.label.height <= room) return;
    this.fitted = true;
    while (this.label.height > room && size > 16) {
      size -= 1;
      this.label.setFontSize(size);
    }
    if (this.label.height > room && this.style.bold) this.label.setFontStyle('normal');
  }

  setFill(fill: number): this {
    this.style.fill = fill;
    this.draw();
    return this;
  }

  setFocused(focused: boolean): this {
    this.focused = focused;
    this.draw();
    return this;
  }

  setEnabled(enabled: boolean): this {
    this.enabled = enabled;
    this.setAlpha(enabled ? 1 : 0.45);
    return this;
  }

  get isEnabled(): boolean {
    return this.enabled && this.isShown;
  }

  /**
   * Whether a tap on the button is taken now: enabled, drawn at least once since it was made
   * (Phaser adds a new button to what input tests at the next frame) and in the last frame,
   * and neither it nor a container around it hidden or fully transparent (a card fading in from
   * nothing is not tappable before its first frame). What a player could tap, so the test hook
   * reports this.
   */
  get isTappable(): boolean {
    if (!this.isEnabled || this.scene.game.getFrame() <= this.madeAtFrame) return false;
    const camera = this.scene.cameras.main;
    // Phaser puts what a tap hits in the order of the last frame drawn: a button not drawn in
    // it yet (a card shown since) may lose the tap to what was drawn below it.
    return this.drawnWithParents((o) => o.willRender(camera)) && camera.renderList.includes(this);
  }

  /** Whether it is shown: neither it nor a container around it hidden (a card made ahead). */
  get isShown(): boolean {
    return this.drawnWithParents((o) => o.visible);
  }

  private drawnWithParents(drawn: (o: Phaser.GameObjects.Container) => boolean): boolean {
    if (!drawn(this)) return false;
    // Phaser types parentContainer as always set; it is null at the top of the display list.
    type Parent = Phaser.GameObjects.Container | null;
    for (let o = this.parentContainer as Parent; o; o = o.parentContainer as Parent)
      if (!drawn(o)) return false;
    return true;
  }

  /** The button's box in CSS pixels, for the test hook ("enabled": a tap would be taken). */
  box(): {
    id: string;
    label: string;
    x: number;
    y: number;
    w: number;
    h: number;
    enabled: boolean;
    focused: boolean;
    /** The label's type size now (smaller than asked when a long label had to fit). */
    fontSize?: number;
  } {
    const m = this.getWorldTransformMatrix();
    return {
      id: this.id,
      label: this.label.text,
      x: m.tx,
      y: m.ty,
      w: this.width,
      h: this.height,
      enabled: this.isTappable,
      focused: this.focused,
      fontSize: parseFloat(String(this.label.style.fontSize)),
    };
  }

  private draw(): void {
    const { width: w, height: h } = this;
    const r = this.style.radius;
    this.bg.clear();
    this.bg.fillStyle(COLOR.shadow, 0.5).fillRoundedRect(-w / 2 + 2, -h / 2 + 4, w, h, r);
    this.bg.fillStyle(this.style.fill, 1).fillRoundedRect(-w / 2, -h / 2, w, h, r);
    if (this.focused) {
      this.bg
        .lineStyle(4, COLOR.focus, 1)
        .strokeRoundedRect(-w / 2 - 4, -h / 2 - 4, w + 8, h + 8, r + 4);
    }
  }
}

/** Whether a key event is aimed at a control of the page (HTML), not at the game's canvas. */
function isPageControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('button, input, textarea, select, a[href], [contenteditable="true"]') !== null
  );
}

/**
 * Keyboard focus over a scene's buttons: Tab / Shift+Tab and the arrow keys move it,
 * Enter and Space press the focused button.
 */
export class FocusRing {
  private buttons: Button[] = [];
  private index = -1;

  constructor(scene: Phaser.Scene) {
    const onKey = (event: KeyboardEvent): void => {
      this.onKey(event);
    };
    onKeyDown(scene, onKey);
  }

  set(buttons: Button[], focusFirst = false): void {
    this.buttons.forEach((b) => b.setFocused(false));
    this.buttons = buttons;
    this.index = -1;
    if (focusFirst) this.move(1);
  }

  /** The id of the button with the focus, or null. */
  get focusedId(): string | null {
    return this.buttons[this.index]?.id ?? null;
  }

  focus(id: string): void {
    const i = this.buttons.findIndex((b) => b.id === id);
    if (i >= 0) this.focusAt(i);
  }

  private focusAt(i: number): void {
    this.buttons[this.index]?.setFocused(false);
    this.index = i;
    this.buttons[i]?.setFocused(true);
  }

  private move(step: number): void {
    const n = this.buttons.length;
    for (let k = 1; k <= n; k++) {
      const i = (((this.index + step * k) % n) + n) % n;
      if (this.buttons[i]?.isEnabled) {
        this.focusAt(i);
        return;
      }
    }
  }

  private onKey(event: KeyboardEvent): void {
    // Keys meant for the page's own controls (the HTML menu, a dialog, a text field) are theirs:
    // a scene with nothing to focus (the menu's scene under the HTML menu) must not eat Tab.
    if (this.buttons.length === 0 || isPageControl(event.target)) return;
    switch (event.key) {
      case 'Tab':
        event.preventDefault();
        this.move(event.shiftKey ? -1 : 1);
        break;
      case 'ArrowDown':
      case 'ArrowRight':
        this.move(1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        this.move(-1);
        break;
      case 'Enter':
      case ' ': {
        const b = this.buttons[this.index];
        if (b?.isEnabled) {
          event.preventDefault();
          b.activate();
        }
        break;
      }
      default:
        break;
    }
  }
}
