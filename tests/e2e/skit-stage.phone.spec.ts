import { expect, test, type Page } from '@playwright/test';
import { buttons, press, sceneState, waitForScene } from './helpers';

/**
 * A landscape phone at a choice (issue 16): the speaker's portrait stands beside the options,
 * large enough to see, instead of shrinking to nothing above them; turned upright, it stands
 * above the box again.
 */

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface SkitState {
  kind: string;
  step: number;
  portrait: string | null;
  portraitBox: Box | null;
}

const state = (page: Page): Promise<SkitState> => sceneState<SkitState>(page);

/** From the menu: Lan's story, read on (one tap a step, less motion) to her first choice. */
async function toLansFirstChoice(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/?lang=${lang}`);
  await waitForScene(page, 'menu');
  await press(page, 'play-skit');
  await waitForScene(page, 'skit');
  await expect.poll(async () => (await state(page)).kind).toBe('choice');
  await press(page, 'option-0');
  await expect.poll(async () => (await state(page)).kind).not.toBe('choice');
  for (let i = 0; i < 20 && (await state(page)).kind !== 'choice'; i += 1) {
    const { step } = await state(page);
    await press(page, 'continue');
    await expect.poll(async () => (await state(page)).step).toBe(step + 1);
  }
  expect((await state(page)).kind).toBe('choice');
}

/** The option buttons' boxes, top-left based. */
async function optionBoxes(page: Page): Promise<Box[]> {
  return (await buttons(page))
    .filter((b) => b.id.startsWith('option-'))
    .map((b) => ({ x: b.x - b.w / 2, y: b.y - b.h / 2, w: b.w, h: b.h }));
}

for (const [width, height, lang] of [
  [640, 360, 'vi'],
  [915, 412, 'en'],
] as const)
  test.describe(`a skit's choice at ${String(width)}×${String(height)} (${lang})`, () => {
    test.use({ viewport: { width, height } });
    test('shows the speaker beside the options, of a size to see, and above them upright', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await toLansFirstChoice(page, lang);
      await expect.poll(async () => (await state(page)).portrait ?? '').toContain('lan');
      const { portraitBox: p } = await state(page);
      expect(p).not.toBeNull();
      if (!p) return;
      // A face to see: at least ~40% of the screen's height, whole inside the screen.
      expect(p.h).toBeGreaterThanOrEqual(Math.max(96, height * 0.4));
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + p.w).toBeLessThanOrEqual(width);
      expect(p.y + p.h).toBeLessThanOrEqual(height);
      // Beside the options, clear of every one of them.
      const options = await optionBoxes(page);
      expect(options.length).toBeGreaterThan(1);
      for (const o of options) expect(p.x + p.w).toBeLessThanOrEqual(o.x);

      // Turned upright: the same choice, the portrait above the options, still of a size to see.
      await page.setViewportSize({ width: height, height: width });
      await expect
        .poll(async () => {
          const box = (await state(page)).portraitBox;
          const first = (await optionBoxes(page))[0];
          return box !== null && first !== undefined && box.h >= 96 && box.y + box.h <= first.y;
        })
        .toBe(true);
      expect((await state(page)).kind).toBe('choice');
    });
  });
