import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import type { MarksResult } from './marks-harness';
import { waitForScene } from './helpers';

declare global {
  interface Window {
    __marksHarness?: {
      check(texts: string[], sizes: number[], resolution: number): Promise<MarksResult[]>;
    };
  }
}

interface PackText {
  vi: string;
  en?: string;
}
interface DefaultPack {
  title: PackText;
  categories: Record<string, PackText>;
  quiz: { questions: { answer: string }[] };
  keyPicture?: { answer: string };
  skit?: { title: PackText };
}

/** Every answer and title of the default pack, in capitals as the game shows answers. */
function packTexts(): string[] {
  const pack = JSON.parse(
    readFileSync(new URL('../../assets/packs/default/pack.json', import.meta.url), 'utf8'),
  ) as DefaultPack;
  const texts = [
    ...pack.quiz.questions.map((q) => q.answer),
    pack.keyPicture?.answer ?? '',
    pack.title.vi,
    pack.skit?.title.vi ?? '',
    ...Object.values(pack.categories).map((c) => c.vi),
  ].filter((t) => t !== '');
  return [...new Set(texts.map((t) => t.toLocaleUpperCase('vi')))];
}

let harness = '';

test.beforeAll(async () => {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('./marks-harness.ts', import.meta.url)),
        formats: ['iife'],
        name: 'marksHarness',
      },
    },
  });
  const chunk = (Array.isArray(out) ? out : [out])
    .flatMap((o) => ('output' in o ? o.output : []))
    .find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('the harness did not build');
  harness = chunk.code;
});

test.describe('Vietnamese marks on the canvas', () => {
  // The harness is added to the page as a script of its own, which the game's policy refuses.
  test.use({ bypassCSP: true });
  // Building Phaser into the harness takes a while on a busy machine.
  test.slow();
  test('every answer and title of the default pack, in capitals, keeps its stacked marks whole', async ({
    page,
  }) => {
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await page.addScriptTag({ content: harness });
    const texts = packTexts();
    expect(texts).toContain('BẪY NỢ');
    const resolution = await page.evaluate(() => window.devicePixelRatio);
    const results = await page.evaluate(
      ([t, r]) => window.__marksHarness!.check(t, [16, 20, 26, 34], r),
      [texts, resolution] as const,
    );
    expect(results).toHaveLength(texts.length * 4);
    // A mark cut off leaves fewer rows of ink than the font draws, and ink on the Text's edge.
    const cut = results
      .filter((r) => r.drawnInk < r.fullInk - 1 || r.above === 0 || r.below === 0)
      .map(
        (r) => `${r.text} @${String(r.size)}px: ${String(r.drawnInk)}/${String(r.fullInk)} rows`,
      );
    expect(cut).toEqual([]);
  });
});
