import type Phaser from 'phaser';
import type { Pack } from '../content/pack-types';
import type { TextStyleOptions } from '../shared/engine/base-scene';
import type { Button, ButtonStyle } from '../shared/ui/button';
import type { HostCommand } from './host-keys';

/** A button of a projector screen's bottom bar: its id, its label, what it does. */
export type BarItem = [id: string, label: string, run: () => void];

/** Makes a canvas button centred at (x, y) (listed for the keyboard's focus and the tests). */
export type MakeButton = (
  id: string,
  x: number,
  y: number,
  w: number,
  h: number,
  text: string,
  run: () => void,
  style?: ButtonStyle,
) => Button;

/**
 * What a projector view draws with: the scene's layer (emptied before each drawing: the host
 * draws every state whole), its size and pack, text, the bar of buttons, and pictures that
 * load once and draw the screen again when they arrive. The views send what a button means as
 * a command, through the same rules as the keys.
 */
export interface HostCanvas {
  readonly scene: Phaser.Scene;
  readonly layer: Phaser.GameObjects.Container;
  readonly vw: number;
  readonly vh: number;
  readonly ratio: number;
  readonly pack: Pack;
  readonly reducedMotion: boolean;
  label(x: number, y: number, text: string, o?: TextStyleOptions): Phaser.GameObjects.Text;
  readonly button: MakeButton;
  bar(items: readonly BarItem[], y: number, h: number): void;
  /** Starts loading a picture's textures once (by `key`); the screen is drawn again after. */
  load(key: string, load: () => Promise<void>): void;
  command(c: HostCommand): void;
}

/** A bar button sending `command`. */
export function commandItem(
  c: HostCanvas,
  id: string,
  label: string,
  command: HostCommand,
): BarItem {
  return [
    id,
    label,
    () => {
      c.command(command);
    },
  ];
}
