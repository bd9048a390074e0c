import type Phaser from 'phaser';
import { COLOR } from '../shared/ui/theme';
import type { BarItem, MakeButton } from './host-canvas';

/** The gap between the bar's buttons, and at its ends. */
const BAR_GAP = 12;
/** The widest a bar button grows. */
const BAR_BUTTON_MAX_W = 240;

/**
 * Where the buttons of a projector screen's bottom bar go: `count` buttons of one width (at
 * most 240 px, 12 px apart and from the edges), centred on a `vw` wide screen. The centres,
 * left to right.
 */
export function barSlots(vw: number, count: number): { readonly w: number; readonly xs: number[] } {
  if (count <= 0) return { w: 0, xs: [] };
  const w = Math.min(BAR_BUTTON_MAX_W, (vw - BAR_GAP * (count + 1)) / count);
  const left = (vw - (count * w + (count - 1) * BAR_GAP)) / 2;
  return { w, xs: Array.from({ length: count }, (_, i) => left + i * (w + BAR_GAP) + w / 2) };
}

/**
 * The bar of buttons along the bottom, from `y`, `h` high: the ids in `primary` are the main
 * actions (dark on yellow), `wrong` is red, the rest light on the panel's blue.
 */
export function drawBar(
  layer: Phaser.GameObjects.Container,
  button: MakeButton,
  vw: number,
  bar: { readonly items: readonly BarItem[]; readonly y: number; readonly h: number },
  primary: ReadonlySet<string>,
): void {
  const { w, xs } = barSlots(vw, bar.items.length);
  bar.items.forEach(([id, text, run], i) => {
    const main = primary.has(id);
    layer.add(
      button(id, xs[i] ?? 0, bar.y + bar.h / 2, w, bar.h, text, run, {
        fontSize: 18,
        fill: id === 'wrong' ? COLOR.wrong : main ? COLOR.accent : COLOR.panelLight,
        textColor: main ? '#14213d' : '#ffffff',
      }),
    );
  });
}
