import { describe, expect, it } from 'vitest';
import { largestFitting } from '../../../src/host/fit-type';

describe('type that fills the screen without spilling out', () => {
  it('finds the largest size that fits, trying few sizes', () => {
    const tried: number[] = [];
    const fits = (px: number): boolean => {
      tried.push(px);
      return px <= 37;
    };
    expect(largestFitting(24, 52, fits)).toEqual({ px: 37, fits: true });
    expect(tried.length).toBeLessThanOrEqual(7);
  });

  it('keeps to its bounds', () => {
    expect(largestFitting(24, 52, () => true)).toEqual({ px: 52, fits: true });
    expect(largestFitting(24, 24, () => true)).toEqual({ px: 24, fits: true });
    expect(largestFitting(24, 20, () => true)).toEqual({ px: 24, fits: true });
    expect(largestFitting(24.5, 30.9, (px) => px <= 27)).toEqual({ px: 27, fits: true });
  });

  it('answers the smallest size, not fitting, when nothing fits', () => {
    expect(largestFitting(24, 52, (px) => px < 24)).toEqual({ px: 24, fits: false });
  });
});
