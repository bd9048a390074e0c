import lighthouse from 'lighthouse';

export interface LighthouseScores {
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  /** Audits that did not pass in a scored category, for fixing. */
  readonly failing: readonly string[];
}

/**
 * One Lighthouse 12 run with its default mobile settings (Moto G Power screen, simulated slow
 * 4G and 4× CPU) against a Chromium listening for the DevTools protocol on `port`.
 */
export async function runLighthouse(url: string, port: number): Promise<LighthouseScores> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;
  const score = (id: string): number | null => {
    const s = categories[id]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  const failing = Object.values(categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => audits[r.id]))
    .filter((a) => a !== undefined && a.score !== null && a.score < 1)
    .map((a) => `${a?.id ?? ''}: ${a?.displayValue ?? a?.title ?? ''}`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    failing: [...new Set(failing)],
  };
}
