/** Colours and type shared by every scene: high contrast that survives a washed-out projector. */
export const COLOR = {
  background: 0x1b2a4a,
  panel: 0x243a66,
  panelLight: 0x314e86,
  text: 0xffffff,
  textDim: 0xc9d6f0,
  accent: 0xffc83d,
  accentDark: 0x8a5a00,
  right: 0x2fbf71,
  wrong: 0xe5484d,
  slot: 0xf4f6fb,
  slotText: 0x14213d,
  tile: 0xffc83d,
  tileText: 0x14213d,
  focus: 0x7fe3ff,
  shadow: 0x0c1428,
} as const;

export const CSS_COLOR = {
  text: '#ffffff',
  textDim: '#c9d6f0',
  accent: '#ffc83d',
  dark: '#14213d',
  right: '#2fbf71',
  wrong: '#e5484d',
  slot: '#f4f6fb',
} as const;

export const FONT_FAMILY = '"Be Vietnam Pro", system-ui, sans-serif';

/** Team colours, chosen to stay distinct on a projector and for common colour blindness. */
export const TEAM_COLORS = [
  '#ffc83d',
  '#4cc9f0',
  '#f72585',
  '#80ed99',
  '#ff8c42',
  '#c77dff',
] as const;

export function hexToNumber(hex: string): number {
  return Number.parseInt(hex.replace('#', ''), 16);
}
