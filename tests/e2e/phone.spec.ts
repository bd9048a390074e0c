import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answerLetters } from '../../src/core/answer';
import {
  afterChange,
  announcementCount,
  buttons,
  liveText,
  press,
  sceneState,
  tapAt,
  waitForAnnouncement,
  waitForScene,
} from './helpers';

interface QuizState {
  phase: 'question' | 'feedback' | 'finished';
  index: number;
  total: number;
  questionId: string | null;
  score: number;
  streak: number;
  slots: (string | null)[];
  locked: number[];
  wrongAttempts: number;
  tiles: { id: number; letter: string; x: number; y: number }[];
  slotBoxes: { x: number; y: number }[];
  inputOpen: boolean;
  cardAlpha: number | null;
}

interface ResultsState {
  score: number;
  played: number;
  right: number;
  skipped: number;
}

interface SkitState {
  kind: 'line' | 'narration' | 'consequence' | 'choice' | 'ending';
  nodeId: string;
  ending: string | null;
  options: number[];
  typing: boolean;
  step: number;
  dialog: string | null;
}

interface DefaultPack {
  quiz: { questions: { id: string; answer: string; explanation: { vi: string } }[] };
}

const PACK = JSON.parse(
  readFileSync(join(process.cwd(), 'assets/packs/default/pack.json'), 'utf8'),
) as DefaultPack;

function answerOf(questionId: string | null): string {
  const q = PACK.quiz.questions.find((x) => x.id === questionId);
  if (!q) throw new Error(`No question ${String(questionId)} in the default pack`);
  return q.answer;
}

async function quizState(page: Page): Promise<QuizState> {
  return sceneState<QuizState>(page);
}

/** Taps a bank tile showing `letter` and waits for it to land in a slot. */
async function tapTile(page: Page, letter: string): Promise<QuizState> {
  const s = await quizState(page);
  const tile = s.tiles.find((t) => t.letter === letter);
  if (!tile) throw new Error(`No ${letter} tile in the bank`);
  return afterChange<QuizState>(page, () => tapAt(page, tile.x, tile.y));
}

/** Taps the tiles for every empty slot, in slot order, with the letters of `word`. */
async function fillEmptySlots(page: Page, word: readonly string[]): Promise<QuizState> {
  let s = await quizState(page);
  for (let i = 0; i < word.length; i++) {
    if (s.slots[i] !== null) continue;
    s = await tapTile(page, word[i]!);
  }
  return s;
}

async function startQuiz(page: Page): Promise<QuizState> {
  await page.goto('/?lang=vi');
  await waitForScene(page, 'menu');
  await press(page, 'play-quiz');
  await waitForScene(page, 'quiz');
  await expect(page.locator('#live')).toContainText('Câu 1 trên 10');
  return quizState(page);
}

/**
 * From the next page load: each time an element of class `className` leaves the page, the game
 * canvas's pixel under it (6 px in from its left edge, 6 px down from its top) is recorded as
 * "r,g,b". Answers a reader of those records.
 */
async function canvasUnderLeaving(page: Page, className: string): Promise<() => Promise<string[]>> {
  await page.addInitScript((className) => {
    const seen: string[] = [];
    Object.assign(window, { __canvasUnder: seen });
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.removedNodes) {
          if (!(node instanceof HTMLElement) || !node.classList.contains(className)) continue;
          const canvas = document.querySelector<HTMLCanvasElement>('#game canvas');
          if (!canvas) continue;
          const ratio = canvas.width / canvas.getBoundingClientRect().width;
          const x = Math.round((parseFloat(node.style.left) + 6) * ratio);
          const y = Math.round((parseFloat(node.style.top) + 6) * ratio);
          const copy = document.createElement('canvas');
          copy.width = 1;
          copy.height = 1;
          const ctx = copy.getContext('2d')!;
          ctx.drawImage(canvas, x, y, 1, 1, 0, 0, 1, 1);
          const [red, green, blue] = ctx.getImageData(0, 0, 1, 1).data;
          seen.push(`${String(red)},${String(green)},${String(blue)}`);
        }
    }).observe(document, { childList: true, subtree: true });
  }, className);
  return () =>
    page.evaluate(() => (window as unknown as { __canvasUnder: string[] }).__canvasUnder);
}

/** Starts a quiz and taps the answer's first letter; answers the answer's letters. */
async function tapFirstLetter(page: Page): Promise<string[]> {
  const s = await startQuiz(page);
  const word = answerLetters(answerOf(s.questionId));
  const first = s.tiles.find((t) => t.letter === word[0])!;
  await tapAt(page, first.x, first.y);
  await expect.poll(async () => (await quizState(page)).slots[0]).toBe(word[0]);
  return word;
}

/** Types the rest of the answer as fast as keys go, and waits for the card. */
async function typeTheRest(page: Page, word: readonly string[]): Promise<void> {
  await page.keyboard.type(word.slice(1).join(''));
  await expect.poll(async () => (await quizState(page)).phase).toBe('feedback');
}

async function nextQuestion(page: Page): Promise<QuizState> {
  return afterChange<QuizState>(page, () => press(page, 'next'));
}

test.describe('the quiz on a phone', () => {
  test('plays from the menu to the results with taps: wrong, hint, right, skip, typed, keys', async ({
    page,
  }, info) => {
    // Every tap waits on the game's own frames, which software rendering makes slow here.
    test.setTimeout(300_000);
    let s = await startQuiz(page);
    expect(s.total).toBe(10);

    // 1. A wrong answer: a first letter that is not the answer's, then any tiles.
    const word1 = answerLetters(answerOf(s.questionId));
    const wrongFirst = s.tiles.find((t) => t.letter !== word1[0])!;
    let said = await announcementCount(page);
    s = await afterChange<QuizState>(page, () => tapAt(page, wrongFirst.x, wrongFirst.y));
    while (s.slots.includes(null)) {
      const t = s.tiles[0]!;
      s = await afterChange<QuizState>(page, () => tapAt(page, t.x, t.y));
    }
    await waitForAnnouncement(page, 'Chưa đúng', said);
    expect(s.phase).toBe('question');
    expect(s.wrongAttempts).toBe(1);
    expect(s.score).toBe(0);
    await page.screenshot({ path: info.outputPath('quiz-wrong.png') });

    // 2. A hint: the first slot shows its right letter and stays locked; no new wrong attempt.
    said = await announcementCount(page);
    s = await afterChange<QuizState>(page, () => press(page, 'hint-letter'));
    await waitForAnnouncement(page, 'Đã mở một chữ', said);
    expect(s.slots[0]).toBe(word1[0]);
    expect(s.locked).toEqual([0]);
    expect(s.wrongAttempts).toBe(1);

    // 3. Tapping filled slots sends their letters back, then the right tiles finish the answer.
    for (let i = s.slots.length - 1; i >= 1; i--) {
      if (s.slots[i] === null) continue;
      const box = s.slotBoxes[i]!;
      s = await afterChange<QuizState>(page, () => tapAt(page, box.x, box.y));
    }
    expect(s.slots.slice(1).every((x) => x === null)).toBe(true);
    said = await announcementCount(page);
    s = await fillEmptySlots(page, word1);
    await waitForAnnouncement(page, 'Đúng rồi', said);
    expect(s.phase).toBe('feedback');
    expect(s.score).toBeGreaterThan(0);
    const afterFirst = s.score;
    s = await nextQuestion(page);
    expect(s.index).toBe(1);

    // 4. Skip: no points, the answer is shown.
    said = await announcementCount(page);
    s = await afterChange<QuizState>(page, () => press(page, 'skip'));
    await waitForAnnouncement(page, 'Đã bỏ qua', said);
    expect(s.phase).toBe('feedback');
    expect(s.score).toBe(afterFirst);
    s = await nextQuestion(page);

    // 5. The answer typed, with its marks, in the DOM text field.
    await press(page, 'type');
    const field = page.getByRole('textbox');
    await expect(field).toBeFocused();
    said = await announcementCount(page);
    await field.fill(answerOf(s.questionId));
    await field.press('Enter');
    await waitForAnnouncement(page, 'Đúng rồi', said);
    await expect(field).toHaveCount(0);
    s = await quizState(page);
    expect(s.phase).toBe('feedback');
    const afterTyped = s.score;
    expect(afterTyped).toBeGreaterThan(afterFirst);
    s = await nextQuestion(page);

    // 6. The answer typed on the keyboard, marked letters and all (đ, ư, ơ fill D, U, O).
    const answer4 = answerOf(s.questionId);
    said = await announcementCount(page);
    for (const ch of answer4.normalize('NFC').replace(/\s/g, '')) {
      if (/^[a-z]$/.test(ch)) await page.keyboard.press(ch);
      // Playwright's keyboard has a US layout; a Vietnamese layout sends keys such as "ặ".
      else
        await page.evaluate((key) => {
          window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        }, ch);
    }
    await waitForAnnouncement(page, 'Đúng rồi', said);
    s = await quizState(page);
    expect(s.score).toBeGreaterThan(afterTyped);
    const finalScore = s.score;

    // The rest skipped, to the results.
    while (s.index < s.total - 1) {
      await nextQuestion(page);
      s = await afterChange<QuizState>(page, () => press(page, 'skip'));
    }
    said = await announcementCount(page);
    await press(page, 'next');
    await waitForScene(page, 'results');
    await waitForAnnouncement(page, `Kết quả: ${finalScore} điểm, đúng 3 trên 10 câu`, said);
    const r = await sceneState<ResultsState>(page);
    expect(r).toMatchObject({ score: finalScore, played: 10, right: 3, skipped: 7 });
    expect((await buttons(page)).map((b) => b.id)).toEqual(
      expect.arrayContaining(['play-again', 'to-menu']),
    );
  });

  test('comes back after a reload to the same question, score and placed tiles', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    let s = await startQuiz(page);
    s = await fillEmptySlots(page, answerLetters(answerOf(s.questionId)));
    expect(s.score).toBeGreaterThan(0);
    s = await nextQuestion(page);
    const word = answerLetters(answerOf(s.questionId));
    await tapTile(page, word[0]!);
    s = await tapTile(page, word[1]!);
    expect(s.slots.slice(0, 2)).toEqual(word.slice(0, 2));

    await page.reload();
    await waitForScene(page, 'menu');
    await press(page, 'continue-quiz');
    await waitForScene(page, 'quiz');
    await expect(page.locator('#live')).toContainText('Câu 2 trên 10');
    const back = await quizState(page);
    expect(back).toMatchObject({
      phase: 'question',
      index: 1,
      questionId: s.questionId,
      score: s.score,
      slots: s.slots,
    });
  });
});

test.describe('the explanation card on a phone', () => {
  test('a tap on "next" while the card still fades in moves on', async ({ page }) => {
    test.setTimeout(120_000);
    let s = await startQuiz(page);
    // A CPU four times slower, as the speed budgets have it: the page's frames come slowly. The
    // browser's compositor fades the card at its own pace, so the fade is slowed as well (to a
    // twentieth), for the tap to land inside it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      const proto = Element.prototype;
      const animate = Object.getOwnPropertyDescriptor(proto, 'animate')?.value as (
        this: Element,
        ...args: Parameters<Element['animate']>
      ) => Animation;
      proto.animate = function (this: Element, ...args) {
        const animation = animate.apply(this, args);
        if (this.classList.contains('quiz-card')) animation.playbackRate = 0.05;
        return animation;
      };
    });
    const word = answerLetters(answerOf(s.questionId));
    await page.keyboard.type(word.join(''));
    // "Next" is offered as the card starts to fade in: tap it once the fade is under way.
    const handle = await page.waitForFunction(
      () => {
        const next = window.__dhbc?.buttons().find((b) => b.id === 'next' && b.enabled);
        const alpha = (window.__dhbc?.state() as { cardAlpha: number | null }).cardAlpha;
        return next && alpha !== null && alpha > 0 ? { x: next.x, y: next.y, alpha } : null;
      },
      null,
      { polling: 'raf', timeout: 30_000 },
    );
    const next = (await handle.jsonValue()) as { x: number; y: number; alpha: number };
    expect(next.alpha).toBeGreaterThan(0);
    expect(next.alpha).toBeLessThan(1);
    await tapAt(page, next.x, next.y);
    await expect.poll(async () => (await quizState(page)).index, { timeout: 30_000 }).toBe(1);
    s = await quizState(page);
    expect(s.phase).toBe('question');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
});

test.describe('the explanation card on a phone, by keyboard', () => {
  test('fades in as a page element; "next" has the focus and Enter presses it', async ({
    page,
  }) => {
    await typeTheRest(page, await tapFirstLetter(page));
    const card = page.getByRole('dialog');
    await expect(card).toBeVisible();
    await expect(card).toHaveClass(/quiz-card/);
    // The verdict, then the explanation (the card's own text), read out.
    const s = await quizState(page);
    const explanation = PACK.quiz.questions.find((q) => q.id === s.questionId)?.explanation.vi;
    expect(explanation).toBeTruthy();
    await expect(card).toContainText(explanation!);
    await waitForAnnouncement(page, explanation!, 0);
    // Faded in by the compositor, to whole.
    await expect.poll(async () => (await quizState(page)).cardAlpha).toBe(1);
    const next = card.getByRole('button');
    await expect(next).toBeFocused();
    // Tab stays on the card's only control; letters typed now do not reach the board.
    await page.keyboard.press('Tab');
    await expect(next).toBeFocused();
    await page.keyboard.press('a');
    expect((await quizState(page)).phase).toBe('feedback');
    // A tap on the card's text leaves "next" the focus.
    await card.getByRole('heading').tap();
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await quizState(page)).index).toBe(1);
    await expect(card).toHaveCount(0);
    const after = await quizState(page);
    expect(after.phase).toBe('question');
    expect(after.cardAlpha).toBeNull();
    await expect(page.locator('#live')).toContainText('Câu 2 trên 10');
  });

  test('shows at once, unfaded, when the phone asks for less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await typeTheRest(page, await tapFirstLetter(page));
    const card = page.locator('.quiz-card');
    await expect(card).toBeVisible();
    expect(await card.evaluate((e) => e.getAnimations().length)).toBe(0);
    expect((await quizState(page)).cardAlpha).toBe(1);
  });
});

test.describe('a letter flying into its slot on a phone', () => {
  test('flies over the canvas, lands in its slot and is there the moment the flyer goes', async ({
    page,
  }) => {
    // When the flying element leaves the page, the canvas under it must already show the
    // letter's cell: the pixel at the slot's corner then has the slot's colour, not the board's.
    const under = await canvasUnderLeaving(page, 'flyer');
    // The letter is in its slot at once for the game; on screen it is on its way.
    const word = await tapFirstLetter(page);
    // It flew as an element over the canvas and landed: the element went, and the canvas
    // showed the slot's cell as it went.
    await expect.poll(async () => (await under()).length).toBe(1);
    const flyer = page.locator('#game > .flyer');
    await expect(flyer).toHaveCount(0);
    expect(await under()).toEqual(['244,246,251']);
    // Letters typed fast: several fly at once, each lands, none is left over the board.
    await typeTheRest(page, word);
    await expect(flyer).toHaveCount(0);
    await expect.poll(async () => (await under()).length).toBe(word.length);
    for (const colour of await under()) expect(colour).toBe('244,246,251');
  });

  test('no letter flies when the phone asks for less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      const added: string[] = [];
      Object.assign(window, { __flyersAdded: added });
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.addedNodes)
            if (node instanceof HTMLElement && node.classList.contains('flyer')) added.push('+');
      }).observe(document, { childList: true, subtree: true });
    });
    await typeTheRest(page, await tapFirstLetter(page));
    const added = await page.evaluate(
      () => (window as unknown as { __flyersAdded: string[] }).__flyersAdded,
    );
    expect(added).toEqual([]);
  });
});

/** Plays the skit from where it is to an ending, one tap (or key) per step; answers its kind. */
async function playSkit(
  page: Page,
  pick: (options: readonly number[]) => number,
  by: 'tap' | 'keys',
): Promise<string> {
  await waitForScene(page, 'skit');
  for (let steps = 0; steps < 100; steps++) {
    const s = await sceneState<SkitState>(page);
    if (s.kind === 'ending') break;
    expect(s.typing).toBe(false);
    const option = s.kind === 'choice' ? pick(s.options) : -1;
    await afterChange<SkitState>(page, async () => {
      if (by === 'tap') {
        await press(page, option >= 0 ? `option-${option}` : 'continue');
        return;
      }
      // The first option (or the continue button) has focus; the arrows move along the options.
      for (let i = s.options.indexOf(option); i > 0; i--) await page.keyboard.press('ArrowDown');
      await page.keyboard.press(s.step % 2 === 0 ? 'Enter' : ' ');
    });
  }
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('a[href="tel:111"]').first()).toBeVisible();
  return (await dialog.locator('[data-kind]').getAttribute('data-kind')) ?? '';
}

test.describe('the skit on a phone', () => {
  test('plays to an ending, then replays from an earlier choice to a different one', async ({
    page,
  }, info) => {
    // Each step waits on the game's own frames, which software rendering makes slow here.
    test.setTimeout(300_000);
    // Reduced motion: the dialogue appears whole, so each step is one tap or key.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await press(page, 'play-skit');
    const first = await playSkit(page, () => 0, 'tap');
    expect(first).toBe('safe');
    await page.screenshot({ path: info.outputPath('skit-ending-1.png') });

    // The ending offers the history, where any earlier choice can be made again.
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Chọn lại từ một lựa chọn trước' }).tap();
    await expect(page.getByRole('dialog', { name: 'Lịch sử' })).toBeVisible();
    const again = page.getByRole('button', { name: 'Chọn lại từ đây' });
    // The first options: Lan's story, then asking at every turn (seven choices to the safe end).
    await expect(again).toHaveCount(7);
    // From Lan's first answer to Tuấn, the last options lead past the bus station.
    await again.nth(1).tap();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(async () => (await sceneState<SkitState>(page)).kind).toBe('choice');
    const second = await playSkit(page, (options) => options.at(-1) ?? 0, 'keys');
    await page.screenshot({ path: info.outputPath('skit-ending-2.png') });
    expect(second).not.toBe(first);
    expect(['at-risk', 'harmed']).toContain(second);

    await page.getByRole('dialog').getByRole('button', { name: 'Về trang đầu' }).tap();
    await waitForScene(page, 'menu');
  });
});

test.describe('the skit with a keyboard', () => {
  test('the number read out with an option chooses it, and the reading has no doubled marks', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await press(page, 'play-skit');
    await waitForScene(page, 'skit');
    await expect.poll(async () => (await sceneState<SkitState>(page)).kind).toBe('choice');
    const before = await sceneState<SkitState>(page);
    expect(before.options.length).toBeGreaterThan(1);
    // The reading follows the choice on screen: wait for it rather than read it once.
    await expect.poll(() => liveText(page)).toContain(' 2. ');
    const spoken = await liveText(page);
    expect(spoken).not.toMatch(/[?!.…]\s*\./u);
    // The second option read out, chosen with "2": as the second button would.
    await page.keyboard.press('2');
    await expect.poll(async () => (await sceneState<SkitState>(page)).step).toBe(before.step + 1);
    expect((await sceneState<SkitState>(page)).nodeId).not.toBe(before.nodeId);
  });
});

test.describe("a phone's back button", () => {
  const back = (page: Page): Promise<void> =>
    page.evaluate(() => {
      window.history.back();
    });

  test('closes the typed answer, then goes to the menu, and the quiz goes on where it was', async ({
    page,
  }) => {
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await press(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    const before = await sceneState<QuizState>(page);
    await press(page, 'type');
    await expect(page.getByRole('textbox')).toBeVisible();
    await back(page);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    expect(await page.evaluate(() => window.__dhbc?.scene())).toBe('quiz');
    await back(page);
    await waitForScene(page, 'menu');
    await press(page, 'continue-quiz');
    await waitForScene(page, 'quiz');
    const after = await sceneState<QuizState>(page);
    expect([after.questionId, after.index, after.score]).toEqual([
      before.questionId,
      before.index,
      before.score,
    ]);
  });

  test('closes the skit history, then goes to the menu', async ({ page }) => {
    await page.goto('/?lang=vi');
    await waitForScene(page, 'menu');
    await press(page, 'play-skit');
    await waitForScene(page, 'skit');
    await press(page, 'history');
    await expect(page.getByRole('dialog', { name: 'Lịch sử' })).toBeVisible();
    await back(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await page.evaluate(() => window.__dhbc?.scene())).toBe('skit');
    await back(page);
    await waitForScene(page, 'menu');
  });
});

test.describe('the language on a phone', () => {
  test('switching to English (and music on) changes the interface, and it stays after a reload', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForScene(page, 'menu');
    const label = async (id: string): Promise<string> =>
      (await buttons(page)).find((b) => b.id === id)?.label ?? '';
    expect(await label('play-quiz')).toBe('Chơi đuổi hình bắt chữ');
    const said = await announcementCount(page);
    await press(page, 'language');
    await waitForAnnouncement(page, 'Switched to English.', said);
    await expect.poll(() => label('play-quiz')).toBe('Play the picture-word puzzle');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await waitForScene(page, 'menu');
    await expect(page.locator('#live')).toContainText('Start screen');
    expect(await label('play-quiz')).toBe('Play the picture-word puzzle');
    expect(await label('language')).toBe('Tiếng Việt');

    // Music starts off; turned on, it stays on after a reload.
    expect(await label('music')).toBe('Music: off');
    await press(page, 'music');
    await expect.poll(() => label('music')).toBe('Music: on');
    await page.reload();
    await waitForScene(page, 'menu');
    expect(await label('music')).toBe('Music: on');
  });
});
