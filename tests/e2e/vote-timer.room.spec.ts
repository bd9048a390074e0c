import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  afterChange,
  announcementCount,
  pauseAhead,
  sceneState,
  waitForAnnouncement,
  waitForScene,
} from './helpers';
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
  readonly durationMs: number;
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
  readonly phones: {
    status: string;
    joinUrl: string | null;
    connected: Record<string, number>;
  } | null;
}

const host = (page: Page): Promise<HostState> => sceneState<HostState>(page);

const timer = async (page: Page): Promise<VoteTimerState | null> =>
  (await host(page)).voteTimer ?? null;

/** From the setup (submitted): the room opens; answers the phones' join address and the teams. */
async function roomOpen(
  page: Page,
): Promise<{ joinUrl: string; teams: { id: string; name: string }[] }> {
  await waitForScene(page, 'host-quiz');
  await expect.poll(async () => (await host(page)).phones?.status).toBe('open');
  const s = await host(page);
  return { joinUrl: s.phones?.joinUrl ?? '', teams: s.teams ?? [] };
}

/** A phone opens the join address and picks the team named `team`. */
async function joinTeam(browser: Browser, joinUrl: string, team: string): Promise<Page> {
  const phone = await newPhone(browser);
  await phone.goto(joinUrl);
  await phone.getByRole('button', { name: team }).click();
  await expect(phone.locator('.team-line')).toBeVisible();
  return phone;
}

/** The quiz is ended at once; the skit runs to its first choice. */
async function toFirstChoice(page: Page): Promise<void> {
  await afterChange(page, () => page.keyboard.press('e'));
  await expect.poll(async () => (await host(page)).phase).toBe('finished');
  await page.keyboard.press('PageDown');
  await waitForScene(page, 'host-skit');
  await expect.poll(async () => (await host(page)).ready).toBe(true);
  while ((await host(page)).kind !== 'choice')
    await afterChange(page, () => page.keyboard.press('PageDown'));
}

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
      const { joinUrl, teams } = await roomOpen(page);

      // Three phones join, one team each.
      const phones: Page[] = [];
      for (const team of teams.slice(0, 3))
        phones.push(await joinTeam(browser, joinUrl, team.name));

      await toFirstChoice(page);
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
      const pausedAt = await pauseAhead(page);
      const before = (await timer(page))?.leftMs ?? 0;
      await page.clock.setSystemTime(pausedAt + 10 * 60_000);
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
      await pauseAhead(page);
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

  test('runs as long as the setup chose; a phone back from a drop counts down with the projector', async ({
    page,
    browser,
    baseURL,
  }) => {
    const server = new RoomServerProcess(Number(new URL(baseURL ?? '').port));
    await server.start();
    try {
      // The facilitator picks a 60 s vote in the setup.
      await page.goto('/?mode=host&lang=vi');
      await waitForScene(page, 'host-setup');
      const length = page.locator('select[name="vote-time"]');
      await expect(length).toHaveValue('30');
      await length.selectOption('60');
      await page.locator('input[name="people"]').press('Enter');
      const { joinUrl, teams } = await roomOpen(page);
      const phone = await joinTeam(browser, joinUrl, teams[0]?.name ?? '');
      await toFirstChoice(page);
      await expect(phone.locator('button.option').first()).toBeVisible();

      // The phone's Wi-Fi drops long enough for both ends to notice, not long enough for the
      // server to forget it: its connection will be recovered.
      await phone.context().setOffline(true);
      await expect(phone.locator('.problem')).toBeVisible({ timeout: 60_000 });
      await expect
        .poll(async () => (await host(page)).phones?.connected[teams[0]?.id ?? ''], {
          timeout: 60_000,
        })
        .toBe(0);

      // Meanwhile Space starts the countdown: 60 s, as the setup said.
      const since = await announcementCount(page);
      await page.keyboard.press('Space');
      await waitForAnnouncement(page, 'Bắt đầu bình chọn: còn 60 giây.', since);
      expect(await timer(page)).toMatchObject({ durationMs: 60_000, running: true });
      // A few seconds of it pass while the phone is away.
      await expect
        .poll(async () => (await timer(page))?.leftMs ?? 60_000, { timeout: 30_000 })
        .toBeLessThan(55_000);

      // Back: the phone shows the projector's time left, not the time left when it dropped.
      await phone.context().setOffline(false);
      await expect(phone.locator('.problem')).toHaveCount(0, { timeout: 60_000 });
      const line = phone.locator('.vote-timer');
      await expect(line).toHaveText(/^Còn \d+ giây để bình chọn$/);
      const seconds = async (): Promise<[number, number, number]> => {
        const before = (await timer(page))?.leftMs ?? NaN;
        const shown = Number(/\d+/.exec((await line.textContent()) ?? '')?.[0]);
        const after = (await timer(page))?.leftMs ?? NaN;
        return [Math.ceil(after / 1000), shown, Math.ceil(before / 1000)];
      };
      const [low, shown, high] = await seconds();
      expect(shown).toBeGreaterThanOrEqual(low - 1);
      expect(shown).toBeLessThanOrEqual(high + 1);

      // A reload keeps the meeting's length; the next setup offers it again.
      await page.reload();
      await waitForScene(page, 'host-skit');
      await expect.poll(async () => (await timer(page))?.durationMs).toBe(60_000);
      // A new meeting (the saved one set aside): its setup offers the last length again.
      await page.evaluate(() => {
        localStorage.removeItem('dhbc.meeting.session');
      });
      await page.goto('/?mode=host&lang=vi');
      await waitForScene(page, 'host-setup');
      await expect(length).toHaveValue('60');
    } finally {
      await server.stop();
    }
  });
});
