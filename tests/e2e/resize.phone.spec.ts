import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerLetters } from '../../src/core/answer';
import {
  afterChange,
  buttons,
  openLansStory,
  press,
  sceneState,
  tapAt,
  waitForScene,
} from './helpers';

/**
 * Turning the phone, the on-screen keyboard taking some height, a split screen: the game lays
 * itself out again and loses nothing (issue 16). Each check is made on what the player sees:
 * the question, the letters in the slots, the score, the typed text in its field, the line of
 * the skit, and every button inside the screen.
 */

interface QuizState {
  phase: 'question' | 'feedback' | 'finished';
  index: number;
  questionId: string | null;
  score: number;
  slots: (string | null)[];
  tiles: { id: number; letter: string; x: number; y: number }[];
  slotBoxes: { x: number; y: number }[];
  inputOpen: boolean;
  typingLayout: boolean;
}

interface SkitState {
  kind: string;
  nodeId: string;
  step: number;
  shown: string | null;
  typing: boolean;
}

const PACK = JSON.parse(readFileSync('assets/packs/default/pack.json', 'utf8')) as {
  quiz: { questions: { id: string; answer: string }[] };
};

function lettersOf(questionId: string | null): string[] {
  const q = PACK.quiz.questions.find((x) => x.id === questionId);
  if (!q) throw new Error(`No question ${String(questionId)} in the default pack`);
  return answerLetters(q.answer);
}

async function quiz(page: Page): Promise<QuizState> {
  return sceneState<QuizState>(page);
}

/** Taps the tile of the answer's next letter; answers the state once it is in its slot. */
async function placeNext(page: Page): Promise<QuizState> {
  const s = await quiz(page);
  const letter = lettersOf(s.questionId)[s.slots.indexOf(null)];
  const tile = s.tiles.find((t) => t.letter === letter);
  if (!tile) throw new Error(`No tile ${String(letter)}`);
  return afterChange<QuizState>(page, () => tapAt(page, tile.x, tile.y));
}

/** What a player sees of the quiz: question, slots, score, the typed text and its focus. */
async function seen(page: Page): Promise<unknown> {
  const s = await quiz(page);
  const field = page.locator('.answer-input input');
  return {
    phase: s.phase,
    index: s.index,
    questionId: s.questionId,
    score: s.score,
    slots: s.slots,
    tiles: s.tiles.map((t) => t.letter).sort(),
    typed: (await field.count()) > 0 ? await field.inputValue() : null,
    focused: await page.evaluate(() => document.activeElement?.closest('.answer-input') !== null),
  };
}

/** The typed-answer form's box on the page, or null while it is closed. */
async function formBox(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const form = page.locator('.answer-input');
  return (await form.count()) > 0 ? form.boundingBox() : null;
}

/**
 * Sets the page's size and waits until the scene has been laid out for it: every tile, slot
 * and button inside the new screen.
 */
async function resizeTo(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await expect
    .poll(async () => {
      const s = await sceneState<{
        tiles?: QuizState['tiles'];
        slotBoxes?: QuizState['slotBoxes'];
      }>(page);
      const points = [...(s.tiles ?? []), ...(s.slotBoxes ?? [])];
      const boxes = await buttons(page);
      // The typed-answer form, when open, is the lowest thing on a screen laid out for typing.
      const form = await formBox(page);
      const centres = [
        ...boxes.map((b) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 })),
        ...(form ? [{ x: form.x + form.width / 2, y: form.y + form.height / 2 }] : []),
      ];
      const bottom = Math.max(...centres.map((c) => c.y));
      return (
        boxes.length > 0 &&
        centres.every((c) => c.x <= width + 1 && c.y <= height + 1) &&
        points.every((p) => p.x <= width && p.y <= height) &&
        // Laid out for this height: the lowest buttons sit at the bottom of the new screen.
        bottom >= height - 60
      );
    })
    .toBe(true);
}

async function rotateMidQuestion(page: Page, portrait: { width: number; height: number }) {
  await page.goto('/?lang=vi');
  await waitForScene(page, 'menu');
  await press(page, 'play-quiz');
  await waitForScene(page, 'quiz');
  // Question 1 answered with its tiles, then on to question 2.
  let s = await quiz(page);
  while (s.phase === 'question') s = await placeNext(page);
  expect(s.score).toBeGreaterThan(0);
  await page.locator('.quiz-card-next').click();
  await expect.poll(async () => (await quiz(page)).index).toBe(1);
  // One tile placed, and the typed-answer box open with some text in it.
  await placeNext(page);
  await press(page, 'type');
  const field = page.locator('.answer-input input');
  await field.fill('nhà hà');
  await expect(field).toBeFocused();
  const before = await seen(page);
  expect(before).toMatchObject({ index: 1, typed: 'nhà hà', focused: true });

  // Portrait → landscape → portrait, then the keyboard taking 40 px of height.
  for (const [w, h] of [
    [portrait.height, portrait.width],
    [portrait.width, portrait.height],
    [portrait.width, portrait.height - 40],
  ] as const) {
    await resizeTo(page, w, h);
    expect(await seen(page)).toEqual(before);
    await expect(field).toBeVisible();
  }
  // Still playable where it was: the field's text checked as an answer (a wrong one).
  await field.press('Escape');
  await expect(field).toHaveCount(0);
  const after = await placeNext(page);
  expect(after.slots.filter((x) => x !== null)).toHaveLength(2);
}

test.describe('a resize mid-question', () => {
  test('keeps the question, tiles, score and typed text on a Pixel 7', async ({ page }) => {
    test.setTimeout(180_000);
    await rotateMidQuestion(page, { width: 412, height: 839 });
  });

  test.describe('at 360×640', () => {
    test.use({ viewport: { width: 360, height: 640 } });
    test('keeps the question, tiles, score and typed text', async ({ page }) => {
      test.setTimeout(180_000);
      await rotateMidQuestion(page, { width: 360, height: 640 });
    });
  });
});

test.describe('the keyboard taking half the height', () => {
  test.use({ viewport: { width: 360, height: 640 } });
  test('lays the quiz out for typing, then back, keeping the typed text', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await placeNext(page);
    await press(page, 'type');
    const field = page.locator('.answer-input input');
    await field.fill('nhà hà');
    const before = await seen(page);
    expect((await quiz(page)).typingLayout).toBe(false);

    // The on-screen keyboard up: a 360×352 page.
    await page.setViewportSize({ width: 360, height: 352 });
    await expect.poll(async () => (await quiz(page)).typingLayout).toBe(true);
    expect(await seen(page)).toEqual(before);
    const submit = page.locator('.answer-input button[type="submit"]');
    const inView = (b: { x: number; y: number; width: number; height: number } | null): boolean =>
      b !== null && b.x >= 0 && b.y >= 0 && b.x + b.width <= 360 && b.y + b.height <= 352;
    // The field and its button in view, the slots above the form, the hint buttons gone.
    await expect.poll(async () => inView(await field.boundingBox())).toBe(true);
    expect(inView(await submit.boundingBox())).toBe(true);
    const form = await formBox(page);
    const s = await quiz(page);
    expect(s.slotBoxes.length).toBeGreaterThan(0);
    for (const slot of s.slotBoxes) {
      expect(slot.x).toBeGreaterThan(0);
      expect(slot.x).toBeLessThan(360);
      expect(slot.y).toBeGreaterThan(0);
      // A slot is at least 28 px: its lower half above the form too.
      expect(slot.y + 14).toBeLessThanOrEqual(form?.y ?? 0);
    }
    const shown = (await buttons(page)).map((b) => b.id);
    expect(shown).not.toContain('skip');
    expect(shown).toContain('menu');

    // The keyboard down: the usual layout again, the tiles and buttons back.
    await resizeTo(page, 360, 640);
    await expect.poll(async () => (await quiz(page)).typingLayout).toBe(false);
    expect(await seen(page)).toEqual(before);
    expect((await buttons(page)).map((b) => b.id)).toContain('skip');
    await field.press('Escape');
    await expect(field).toHaveCount(0);
    const after = await placeNext(page);
    expect(after.slots.filter((x) => x !== null)).toHaveLength(2);
  });
});

test.describe('a resize mid-story', () => {
  test.use({ viewport: { width: 360, height: 640 } });
  test('the skit keeps its line', async ({ page }) => {
    test.setTimeout(120_000);
    // Lan's story, to Mum's first line.
    await openLansStory(page);
    await press(page, 'continue');
    await press(page, 'continue');
    await expect.poll(async () => (await sceneState<SkitState>(page)).kind).toBe('line');
    const before = await sceneState<SkitState>(page);
    for (const [w, h] of [
      [640, 360],
      [360, 640],
    ] as const) {
      await resizeTo(page, w, h);
      const s = await sceneState<SkitState>(page);
      expect({ nodeId: s.nodeId, step: s.step }).toEqual({
        nodeId: before.nodeId,
        step: before.step,
      });
      // The line goes on being typed where it was, or stands whole: never from the start again.
      await expect
        .poll(async () => (await sceneState<SkitState>(page)).shown?.length ?? 0)
        .toBeGreaterThanOrEqual(before.shown?.length ?? 0);
    }
    await expect.poll(async () => (await sceneState<SkitState>(page)).typing).toBe(false);
    const whole = await sceneState<SkitState>(page);
    expect(whole.shown).toContain('Con đừng lo quá');
  });
});

test.describe("the skit's pace", () => {
  test('one tap finishes the line, the next moves on; the portrait shows the mood', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openLansStory(page);
    const state = (): Promise<SkitState & { portrait: string | null }> => sceneState(page);
    /** Taps "Tiếp" (finishing a line being typed, or moving on) until node `id` shows. */
    const goOnTo = async (id: string): Promise<void> => {
      for (let i = 0; i < 6 && (await state()).nodeId !== id; i += 1)
        await afterChange(page, () => press(page, 'continue'));
      expect((await state()).nodeId).toBe(id);
    };
    // Mum's calm line, then Lan's worried one: each portrait in its line's mood.
    await goOnTo('nha-2');
    await expect.poll(async () => (await state()).portrait ?? '').toContain('me-neutral');
    await goOnTo('nha-3');
    await expect.poll(async () => (await state()).portrait ?? '').toContain('lan-worried');
    // A long line (about 2 s of typing) just begun: the first tap shows it whole, stays on it.
    await goOnTo('dem-2');
    const typing = await state();
    expect(typing.typing).toBe(true);
    await press(page, 'continue');
    await expect.poll(async () => (await state()).typing).toBe(false);
    const whole = await state();
    expect(whole).toMatchObject({ nodeId: 'dem-2', step: typing.step });
    expect(whole.shown).toContain('bao ăn ở.');
    expect(whole.portrait).toContain('tuan-nhan-happy');
    // The next tap moves on.
    await press(page, 'continue');
    await expect.poll(async () => (await state()).step).toBe(typing.step + 1);
  });
});

test.describe('the skit going on by itself', () => {
  test('is off at first; turned on, the story moves without a tap, and stays on', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // With less motion the line shows whole at once; going on by itself still waits for reading.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLansStory(page);
    const state = (): Promise<SkitState & { autoAdvance: boolean }> => sceneState(page);
    expect((await state()).autoAdvance).toBe(false);
    const before = await state();
    await press(page, 'auto');
    await expect.poll(async () => (await state()).autoAdvance).toBe(true);
    await expect
      .poll(async () => (await state()).step, { timeout: 40_000 })
      .toBeGreaterThan(before.step);
    // Kept on the device: a new visit finds it on.
    await page.reload();
    await waitForScene(page, 'menu');
    await press(page, 'play-skit');
    await waitForScene(page, 'skit');
    await expect.poll(async () => (await state()).autoAdvance).toBe(true);
  });
});
