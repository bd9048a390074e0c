/**
 * Type that fills a screen without spilling out of it: the largest whole size in pixels, from
 * `min` to `max`, at which `fits` holds (`fits` grows false as the size grows). When even `min`
 * does not fit, the answer is `min` and `fits` false: the caller splits the text into pages.
 */
export function largestFitting(
  min: number,
  max: number,
  fits: (px: number) => boolean,
): { readonly px: number; readonly fits: boolean } {
  let lo = Math.ceil(min);
  let hi = Math.max(lo, Math.floor(max));
  if (!fits(lo)) return { px: lo, fits: false };
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return { px: lo, fits: true };
}

/** The smallest type a projector shows, in CSS pixels at 1024×768: read from the back of a hall. */
export const MIN_PROJECTOR_PX = 24;

/**
 * Sets `panel`'s font size to the largest (from MIN_PROJECTOR_PX to `max`) at which it shows
 * whole, without scrolling; answers whether it fits at all.
 */
export function fitPanel(panel: HTMLElement, max: number): boolean {
  const result = largestFitting(MIN_PROJECTOR_PX, max, (px) => {
    panel.style.fontSize = `${String(px)}px`;
    return panel.scrollHeight <= panel.clientHeight && panel.scrollWidth <= panel.clientWidth;
  });
  panel.style.fontSize = `${String(result.px)}px`;
  return result.fits;
}
