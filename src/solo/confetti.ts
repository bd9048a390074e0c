/**
 * A burst of confetti over the screen for a streak or the end of a round: small elements that
 * the compositor moves (a transform animation each), gone after under two seconds. Nothing at
 * all with reduced motion: the cheer's words and stars carry the news without movement.
 */
import { TEAM_COLORS } from '../shared/ui/theme';

const PIECES = 36;

/**
 * Drops confetti over `parent` (fixed to the viewport; taps go through), over the whole screen
 * or only in `area` (CSS pixels), out of which it never shows.
 */
export function celebrate(
  parent: HTMLElement,
  reducedMotion: boolean,
  area?: { readonly x: number; readonly y: number; readonly w: number; readonly h: number },
): void {
  if (reducedMotion) return;
  const layer = document.createElement('div');
  layer.className = 'confetti';
  layer.setAttribute('aria-hidden', 'true');
  Object.assign(layer.style, {
    position: 'fixed',
    ...(area
      ? {
          left: `${String(area.x)}px`,
          top: `${String(area.y)}px`,
          width: `${String(area.w)}px`,
          height: `${String(area.h)}px`,
        }
      : { inset: '0' }),
    overflow: 'hidden',
    pointerEvents: 'none',
    zIndex: '20',
  } satisfies Partial<CSSStyleDeclaration>);
  parent.append(layer);
  const height = area?.h ?? window.innerHeight;
  const runs: Promise<unknown>[] = [];
  for (let i = 0; i < PIECES; i += 1) {
    const piece = document.createElement('i');
    const size = 6 + Math.random() * 6;
    Object.assign(piece.style, {
      position: 'absolute',
      left: `${String(Math.random() * 100)}%`,
      top: '-16px',
      width: `${String(size)}px`,
      height: `${String(size * 1.6)}px`,
      borderRadius: '2px',
      background: TEAM_COLORS[i % TEAM_COLORS.length] ?? '#ffc83d',
    } satisfies Partial<CSSStyleDeclaration>);
    layer.append(piece);
    if (typeof piece.animate !== 'function') continue;
    const drift = (Math.random() - 0.5) * 120;
    const turn = (Math.random() - 0.5) * 720;
    runs.push(
      piece.animate(
        [
          { transform: 'translate(0, 0) rotate(0deg)', opacity: 1 },
          {
            transform: `translate(${String(drift)}px, ${String(height + 40)}px) rotate(${String(turn)}deg)`,
            opacity: 0.9,
          },
        ],
        {
          duration: 1100 + Math.random() * 700,
          delay: Math.random() * 250,
          easing: 'cubic-bezier(.2,.6,.4,1)',
          fill: 'backwards',
        },
      ).finished,
    );
  }
  void Promise.allSettled(runs).then(() => {
    layer.remove();
  });
}
