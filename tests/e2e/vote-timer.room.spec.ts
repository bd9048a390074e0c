import { expect, test, type Page } from '@playwright/test';
import { afterChange, sceneState, waitForScene } from './helpers';
import { RoomServerProcess, newPhone, savedLog } from './room-server';

/**
 * The skit vote's countdown with phones in the hall (issue 17): the facilitator starts it, the
 * projector and the phones show the time left, a sleeping laptop pauses it where it was, a
 * reload keeps it, and at zero the vote closes by itself as V would: the hands counted in the
 * hall are added to the phones' votes, then the room sees the result. The projector's time is
 * Playwright's clock, so no test waits for real seconds.
 */

interface VoteTimerState {
  readonly leftMs: number;
  readonly running: boolean;
  readonly ended: boolean;
}
interface HostState {
  readonly part: string;
  readonly phase?: string | null;
  readonly kind?: string | null;
  readonly ready?: boolean;
  readonly options?: number[];
  readonly teams?: { id: string; name: string }[];
  readonly phoneVotes?: { counts: number[]; voted: number } | null;
  readonly voteResult?: { total: number; phones: number; hands: number } | null;
  readonly voteTimer?: VoteTimerState | null;
  readonly phones: { status: string; joinUrl: string | null } | null;
}

const host = (page: Page): Promise<HostState> => sceneState<HostState>(page);
const timer = async (page: Page): Promise<VoteTimerState | null> =>
  (await host(page)).voteTimer ?? null;

test.describe("the skit vote's countdown", () => {
  test.describe.configure({ timeout: 300_000 });

  test('runs out by itself: the hands are added to the phones’ votes, then the result', async ({
    page,
    browser,
    baseURL,
  }) => {
    const server = new RoomServerProcess(Number(new URL(baseURL ?? '').port));
    await server.start();
    try {
      // The projector's clock is Playwright's: it flows as usual until the test takes it over.
      await page.clock.install();
      await page.goto('/?mode=host&lang=vi');
      await waitForScene(page, 'host-setup');
      await page.locator('input[name="people"]').press('Enter');
      await waitForScene(page, 'host-quiz');
      await expect.poll(async () => (await host(page)).phones?.status).toBe('open');
      const { joinUrl, teams } = await host(page).then((s) => ({
        joinUrl: s.phones?.joinUrl ?? '',
        teams: s.teams ?? [],
      }));

      // Three phones join, one team each.
      const phones = await Promise.all([0, 1, 2].map(() => newPhone(browser)));
      for (const [i, phone] of phones.entries()) {
        await phone.goto(joinUrl);
        await phone.getByRole('button', { name: teams[i]?.name ?? '' }).click();
        await expect(phone.locator('.team-line')).toBeVisible();
      }

      // The quiz is ended at once; the skit runs to its first choice.
      await afterChange(page, () => page.keyboard.press('e'));
      await expect.poll(async () => (await host(page)).phase).toBe('finished');
      await page.keyboard.press('PageDown');
      await waitForScene(page, 'host-skit');
      await expect.poll(async () => (await host(page)).ready).toBe(true);
      while ((await host(page)).kind !== 'choice')
        await afterChange(page, () => page.keyboard.press('PageDown'));
      const options = (await host(page)).options ?? [];
      const [first, second] = [options[0] ?? 0, options[1] ?? 1];

      // Phones vote: one for the first option, two for the second.
      const choose = async (phone: Page, i: number): Promise<void> => {
        await phone.locator('button.option').nth(i).click();
        await expect(phone.locator('button.option').nth(i)).toHaveAttribute('aria-pressed', 'true');
      };
      const [a, b, c] = phones;
      if (!a || !b || !c) throw new Error('three phones');
      await choose(a, 0);
      await choose(b, 1);
      await choose(c, 1);
      await expect.poll(async () => (await host(page)).phoneVotes?.voted).toBe(3);

      // Space starts the countdown: the projector and every phone show the time left.
      await page.keyboard.press('Space');
      await expect.poll(async () => (await timer(page))?.running).toBe(true);
      for (const phone of phones)
        await expect(phone.locator('.vote-timer')).toHaveText(/^Còn \d+ giây để bình chọn$/);

      // The laptop sleeps ten minutes: the countdown stops where it was, not at zero.
      const start = await page.evaluate(() => Date.now());
      await page.clock.pauseAt(start + 2_000);
      const before = (await timer(page))?.leftMs ?? 0;
      await page.clock.setSystemTime(start + 2_000 + 10 * 60_000);
      await page.clock.runFor(1_500);
      await expect.poll(async () => (await timer(page))?.running).toBe(false);
      const slept = await timer(page);
      expect(slept?.ended).toBe(false);
      expect(slept?.leftMs).toBeGreaterThan(0);
      expect(Math.abs((slept?.leftMs ?? 0) - before)).toBeLessThan(1_000);
      const seconds = Math.ceil((slept?.leftMs ?? 0) / 1000);
      // Time flows again (the countdown stays paused): the projector's link to the room runs.
      await page.clock.resume();
      for (const phone of phones)
        await expect(phone.locator('.vote-timer')).toHaveText(
          `Tạm dừng: còn ${String(seconds)} giây`,
        );

      // A reload keeps the paused countdown (the log is the truth) and the phones' votes.
      await page.reload();
      await waitForScene(page, 'host-skit');
      await expect.poll(async () => (await host(page)).ready).toBe(true);
      expect(await timer(page)).toEqual(slept);
      expect((await host(page)).phoneVotes?.voted).toBe(3);

      // Space runs it on; then its time passes, frame by frame: the vote closes by itself.
      await page.keyboard.press('Space');
      await expect.poll(async () => (await timer(page))?.running).toBe(true);
      const now = await page.evaluate(() => Date.now());
      await page.clock.pauseAt(now + 100);
      await page.clock.runFor((slept?.leftMs ?? 0) + 1_000);
      await expect.poll(async () => (await timer(page))?.ended).toBe(true);
      await page.clock.resume();
      for (const phone of phones) {
        await expect(phone.locator('.note')).toHaveText('Hết giờ bình chọn.');
        await expect(phone.locator('button.option').first()).toBeDisabled();
      }
      // As V: the form for the hands counted in the hall, the phones' votes already in.
      const form = page.locator('#host-vote');
      await expect(form).toContainText('3 điện thoại đã bình chọn');

      // A reload now still asks for the hands: time ran out, the vote is not closed yet.
      await page.reload();
      await waitForScene(page, 'host-skit');
      await expect(form).toBeVisible();
      await expect(form).toContainText('3 điện thoại đã bình chọn');
      await form.locator(`input[name="vote-${String(first)}"]`).fill('4');
      await form.locator(`input[name="vote-${String(second)}"]`).fill('1');
      await form.locator(`input[name="vote-${String(second)}"]`).press('Enter');
      // The first option wins with 1 phone and 4 hands, over 2 phones and 1 hand.
      await expect
        .poll(async () => (await host(page)).voteResult)
        .toEqual(expect.objectContaining({ total: 5, phones: 1, hands: 4 }));
      for (const phone of phones) await expect(phone.locator('button.option')).toHaveCount(0);

      const log = (await savedLog(page)).map((e) => `${e.by}:${e.action.type}`);
      expect(log.filter((e) => !e.startsWith('phone:phone-vote'))).toEqual(
        expect.arrayContaining([
          'facilitator:start-vote-timer',
          'clock:pause-vote-timer',
          'clock:vote-time-up',
          'facilitator:close-vote',
        ]),
      );
      expect(log.filter((e) => e === 'phone:phone-vote')).toHaveLength(3);
      expect(log.indexOf('clock:vote-time-up')).toBeLessThan(log.indexOf('facilitator:close-vote'));
    } finally {
      await server.stop();
    }
  });
});
