import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { keyPictureBonus } from '../../src/core/quiz/scoring';
import { pauseAhead, sceneState, waitForScene } from './helpers';

interface HostQuizState {
  readOnly: boolean;
  saving: boolean;
  part: string;
  phase: string | null;
  index: number;
  total: number;
  questionId: string | null;
  teams: { id: string; name: string; score: number }[];
  answering: string | null;
  queue: string[];
  lockedOut: string[];
  answerShown: boolean;
  key: { opened: number; tiles: number; solvedBy: string | null } | null;
  timerMs: number;
  pending: string | null;
  refused: string | null;
}

interface HostSkitState {
  readOnly: boolean;
  part: string;
  kind: string | null;
  nodeId: string | null;
  ending: string | null;
  options: number[];
  votes: { nodeId: string; counts: number[]; chosen: number }[];
  ready: boolean;
}

const PACK = JSON.parse(readFileSync('assets/packs/default/pack.json', 'utf8')) as {
  keyPicture: { tiles: number; bonus: number };
};

const quizState = (page: Page): Promise<HostQuizState> => sceneState<HostQuizState>(page);
const skitState = (page: Page): Promise<HostSkitState> => sceneState<HostSkitState>(page);
const scores = async (page: Page): Promise<number[]> =>
  (await quizState(page)).teams.map((t) => t.score);

async function key(page: Page, k: string): Promise<void> {
  await page.keyboard.press(k);
}

/** Fills the setup by keyboard: three teams with their names, people present, Enter. */
async function setUpMeeting(
  page: Page,
  names: readonly string[],
  people: number,
  shot?: (name: string) => Promise<unknown>,
): Promise<void> {
  await page.goto('/?mode=host&lang=vi');
  await waitForScene(page, 'host-setup');
  await shot?.('setup');
  for (const [i, name] of names.entries()) {
    const field = page.locator(`input[name="team-${String(i + 1)}"]`);
    await field.press('Control+a');
    await field.pressSequentially(name);
  }
  const peopleField = page.locator('input[name="people"]');
  await peopleField.press('Control+a');
  await peopleField.pressSequentially(String(people));
  await peopleField.press('Enter');
  await waitForScene(page, 'host-quiz');
  await expect.poll(async () => (await quizState(page)).phase).toBe('ready');
}

test.describe('a whole meeting on the projector, by keyboard only', () => {
  // Every key press waits for a frame of a full-HD canvas drawn in software.
  test.describe.configure({ timeout: 240_000 });

  test('setup, buzzes, wrong and right, undo, reload, key guess, podium, skit with votes, end', async ({
    page,
  }, info) => {
    test.setTimeout(600_000);
    const shot = (name: string): Promise<Buffer> =>
      page.screenshot({ path: info.outputPath(`${name}.png`) });
    await setUpMeeting(page, ['Hoa Sen', 'Hoa Mai', 'Hoa Cúc'], 35, shot);
    await shot('quiz-ready');
    expect((await quizState(page)).teams.map((t) => t.name)).toEqual([
      'Hoa Sen',
      'Hoa Mai',
      'Hoa Cúc',
    ]);

    // A key that does nothing now comes back with its reason: nobody is answering yet.
    await key(page, 'x');
    await expect.poll(async () => (await quizState(page)).refused).toBe('nobody-answering');
    expect(await scores(page)).toEqual([0, 0, 0]);

    // Question 1: Sen buzzes and is wrong, Mai buzzes and is right.
    await key(page, 'Space');
    await expect.poll(async () => (await quizState(page)).phase).toBe('running');
    expect((await quizState(page)).refused).toBeNull();
    await key(page, '1');
    await expect.poll(async () => (await quizState(page)).answering).toBe('t1');
    await shot('quiz-answering');
    await key(page, 'x');
    await expect.poll(async () => (await quizState(page)).lockedOut).toEqual(['t1']);
    await key(page, '2');
    await key(page, 'Enter');
    await expect.poll(async () => (await quizState(page)).answerShown).toBe(true);
    await shot('quiz-answer');
    expect(await scores(page)).toEqual([0, 100, 0]);
    expect((await quizState(page)).key?.opened).toBe(1);

    // Question 2: Cúc is marked right by mistake, undone, then marked wrong; the answer shown.
    await key(page, 'PageDown');
    await expect.poll(async () => (await quizState(page)).index).toBe(1);
    await key(page, '3');
    await key(page, 'Enter');
    await expect.poll(scores.bind(null, page)).toEqual([0, 100, 100]);
    await key(page, 'u');
    await expect.poll(scores.bind(null, page)).toEqual([0, 100, 0]);
    expect((await quizState(page)).answering).toBe('t3');
    expect((await quizState(page)).key?.opened).toBe(1);
    await key(page, 'x');
    await key(page, 'a');
    await expect.poll(async () => (await quizState(page)).answerShown).toBe(true);
    expect(await scores(page)).toEqual([0, 100, 0]);

    // Question 3: Sen buzzes, the page reloads, everything is as it was; Sen is right.
    await key(page, 'ArrowRight');
    await expect.poll(async () => (await quizState(page)).index).toBe(2);
    await key(page, 'Space');
    await key(page, '1');
    await expect.poll(async () => (await quizState(page)).answering).toBe('t1');
    const before = await quizState(page);
    await page.reload();
    await waitForScene(page, 'host-quiz');
    const after = await quizState(page);
    expect({ ...after, timerMs: 0 }).toEqual({ ...before, timerMs: 0 });
    expect(Math.abs(after.timerMs - before.timerMs)).toBeLessThan(1000);
    await key(page, 'Enter');
    await expect.poll(scores.bind(null, page)).toEqual([100, 100, 0]);

    // The key picture: Mai guesses wrong, then Sen guesses right with 2 tiles open.
    await key(page, 'g');
    await expect.poll(async () => (await quizState(page)).pending).toBe('key-guess');
    await key(page, '2');
    await key(page, 'x');
    await key(page, 'g');
    await key(page, '1');
    await shot('quiz-key-guess');
    await key(page, 'Enter');
    await expect.poll(async () => (await quizState(page)).phase).toBe('finished');
    const bonus = keyPictureBonus(PACK.keyPicture.bonus, PACK.keyPicture.tiles, 2);
    expect(await scores(page)).toEqual([100 + bonus, 100, 0]);
    await expect(page.locator('#live')).toContainText('Hoa Sen');
    await shot('podium');

    // The help lists the keys; Esc closes it.
    await key(page, '?');
    await expect(page.getByRole('dialog', { name: 'Phím tắt' })).toBeVisible();
    await shot('help');
    await key(page, 'Escape');
    await expect(page.getByRole('dialog', { name: 'Phím tắt' })).toBeHidden();

    // The skit, with the audience's votes at each choice; one reload on the way.
    await key(page, 'PageDown');
    await waitForScene(page, 'host-skit');
    await expect.poll(async () => (await skitState(page)).ready).toBe(true);
    await shot('skit');
    let reloaded = false;
    let votedOnce = false;
    for (let step = 0; step < 120; step++) {
      const s = await skitState(page);
      if (s.kind === 'ending') break;
      if (s.kind === 'choice') {
        if (!reloaded) {
          await page.reload();
          await waitForScene(page, 'host-skit');
          await expect.poll(async () => (await skitState(page)).ready).toBe(true);
          const again = await skitState(page);
          expect(again.nodeId).toBe(s.nodeId);
          expect(again.votes).toEqual(s.votes);
          reloaded = true;
          await shot('skit-choice');
        }
        await key(page, 'v');
        const form = page.getByRole('dialog', { name: 'Số người giơ tay cho mỗi phương án' });
        await expect(form).toBeVisible();
        if (!votedOnce) await shot('skit-vote');
        votedOnce = true;
        // Most hands for the first option shown.
        const inputs = form.locator('input');
        await inputs.first().press('Control+a');
        await inputs.first().pressSequentially('12');
        await inputs.first().press('Enter');
      } else {
        await key(page, 'ArrowRight');
      }
      await expect
        .poll(async () => {
          const now = await skitState(page);
          return `${String(now.nodeId)}|${String(now.kind)}`;
        })
        .not.toBe(`${String(s.nodeId)}|${String(s.kind)}`);
    }
    const end = await skitState(page);
    expect(end.kind).toBe('ending');
    expect(reloaded).toBe(true);
    expect(end.votes.length).toBeGreaterThan(0);
    expect(end.votes.every((v) => v.counts[v.chosen] === 12)).toBe(true);
    const ending = page.locator('.host-ending');
    await expect(ending).toBeVisible();
    await expect(ending.locator('.debrief li').first()).toBeVisible();
    await expect(ending.locator('a[href="tel:111"]').first()).toBeVisible();
    await shot('skit-ending');

    // End the meeting.
    await key(page, 'e');
    await waitForScene(page, 'host-quiz');
    await expect.poll(async () => (await quizState(page)).part).toBe('over');
    await shot('over');

    // The report, from the log: people present, the teams' places, the questions, the skit.
    await key(page, 'r');
    const report = page.locator('section.report-panel');
    await expect(report.locator('[data-fact="people"]')).toHaveText('35');
    await expect(report.locator('[data-fact="answered"]')).toHaveText('2 trên 3 câu');
    await expect(report.locator('[data-table="teams"] tbody tr').first()).toContainText('Hoa Sen');
    await expect(report.locator('[data-table="endings"] tbody tr').first()).toBeVisible();
    await shot('report');
    await key(page, 'Escape');
    await expect(report).toBeHidden();
  });

  test('a sleeping laptop stops the countdown where it was, not at zero', async ({ page }) => {
    await page.clock.install();
    await setUpMeeting(page, ['A', 'B'], 10);
    await key(page, 'Space');
    await expect.poll(async () => (await quizState(page)).phase).toBe('running');
    // The page's time stops flowing here: on a busy machine, real seconds would otherwise pass
    // between reading the timer and closing the lid, and the test would measure the machine.
    const pausedAt = await pauseAhead(page);
    const before = (await quizState(page)).timerMs;
    // Ten minutes pass with no frame and no timer: what a closed lid looks like to the page.
    await page.clock.setSystemTime(pausedAt + 10 * 60_000);
    await page.clock.runFor(1_500);
    await expect.poll(async () => (await quizState(page)).phase).toBe('paused');
    const after = (await quizState(page)).timerMs;
    expect(after).toBeGreaterThan(0);
    expect(Math.abs(after - before)).toBeLessThan(1_000);
  });

  test('when the browser refuses to save, the meeting goes on under a banner that stays', async ({
    page,
  }, info) => {
    await page.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called on its own storage below
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (k.startsWith('dhbc.meeting')) throw new DOMException('full', 'QuotaExceededError');
        real.call(this, k, v);
      };
    });
    await setUpMeeting(page, ['A', 'B', 'C'], 5);
    const banner = page.locator('#host-saving');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('không cho lưu');
    await key(page, 'Space');
    await key(page, '2');
    await key(page, 'Enter');
    await expect.poll(scores.bind(null, page)).toEqual([0, 100, 0]);
    await expect(banner).toBeVisible();
    expect((await quizState(page)).saving).toBe(false);
    await page.screenshot({ path: info.outputPath('not-saving.png') });
  });

  test('a second tab opens read-only, follows the first, and can take over', async ({
    page,
    context,
  }, info) => {
    await setUpMeeting(page, ['A', 'B', 'C'], 5);
    const second = await context.newPage();
    await second.goto('/?lang=vi');
    await waitForScene(second, 'host-quiz');
    await expect(second.locator('#host-read-only')).toBeVisible();
    expect((await quizState(second)).readOnly).toBe(true);
    await second.screenshot({ path: info.outputPath('second-tab.png') });
    // The second tab's keys change nothing.
    await key(second, 'Space');
    await key(second, '1');
    expect((await quizState(page)).phase).toBe('ready');
    // The first tab plays; the second follows.
    await key(page, 'Space');
    await key(page, '3');
    await expect.poll(async () => (await quizState(second)).answering).toBe('t3');
    // The second takes over; the first turns read-only.
    await second.locator('#host-read-only button').click();
    await expect(second.locator('#host-read-only')).toBeHidden();
    await key(second, 'Enter');
    await expect.poll(scores.bind(null, second)).toEqual([0, 0, 100]);
    await expect(page.locator('#host-read-only')).toBeVisible();
    await expect.poll(scores.bind(null, page)).toEqual([0, 0, 100]);
  });
});

test.describe("the facilitator's guide", () => {
  test('opens from the setup, reads whole, and prints only the guide', async ({ page }, info) => {
    await page.addInitScript(() => {
      // The printer dialog is the browser's; the test only counts that Print asked for it.
      Object.assign(window, { __printed: 0 });
      window.print = () => {
        Object.assign(window, { __printed: 1 });
      };
    });
    await page.goto('/?mode=host&lang=vi');
    await waitForScene(page, 'host-setup');
    await page.getByRole('button', { name: 'Hướng dẫn điều hành' }).click();
    const guide = page.getByRole('dialog', { name: 'Hướng dẫn cho người điều hành' });
    await expect(guide).toBeVisible();
    await expect(guide.getByRole('heading', { name: 'Kế hoạch 45–60 phút' })).toBeVisible();
    await expect(guide.locator('table').first()).toBeVisible();
    await expect(guide).toContainText('111');
    await page.screenshot({ path: info.outputPath('guide.png') });
    await guide.getByRole('button', { name: 'In hướng dẫn' }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(
      1,
    );
    // On paper: the guide alone, without its buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#menu')).toBeHidden();
    await expect(guide.getByRole('button', { name: 'In hướng dẫn' })).toBeHidden();
    await expect(guide.getByRole('heading', { name: 'Kế hoạch 45–60 phút' })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await guide.getByRole('button', { name: 'Đóng' }).click();
    await expect(guide).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Hướng dẫn điều hành' })).toBeFocused();
  });
});
