/**
 * A seeded pseudo-random generator whose whole state is one 32-bit integer, so it can live
 * inside JSON session state and keep every reducer pure (mulberry32).
 */
export type RngState = number;

/** Turns any integer seed into a valid generator state. */
export function seedRng(seed: number): RngState {
  return seed >>> 0;
}

/** Returns a float in [0, 1) and the next generator state; the input state is not changed. */
export function nextFloat(state: RngState): [number, RngState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return [value, next];
}

/** Returns an integer in [0, max) and the next state. */
export function nextInt(state: RngState, max: number): [number, RngState] {
  const [f, s] = nextFloat(state);
  return [Math.floor(f * max), s];
}

/** Fisher–Yates shuffle of a copy of `items`; returns the shuffled copy and the next state. */
export function shuffle<T>(items: readonly T[], state: RngState): [T[], RngState] {
  const out = items.slice();
  let s = state;
  for (let i = out.length - 1; i > 0; i--) {
    let j: number;
    [j, s] = nextInt(s, i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return [out, s];
}
