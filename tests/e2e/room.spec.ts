import { expect, test, type Page } from '@playwright/test';
import { afterChange, sceneState, waitForScene } from './helpers';
import { RoomServerProcess, newPhone, savedLog } from './room-server';

/**
 * Phones in the hall play a meeting with the projector, through `npm start`'s server: a
 * projector page and four phones (each its own browser context) join by the QR code's address,
 * buzz, vote on the skit and keep the take-away. Along the way a phone reloads, a phone loses
 * the network long enough for the server to drop it, the projector reloads and the server
 * restarts: no buzz or vote is lost or counted twice, and every phone is back in its team.
 */

interface Phones {
  readonly status: string;
  readonly room: string | null;
  readonly joinUrl: string | null;
  readonly connected: Record<string, number>;
  readonly joined: number;
  readonly lobby: boolean;
}
interface HostState {
  readonly part: string;
  readonly phase?: string | null;
  readonly index?: number | null;
  readonly answering?: string | null;
  readonly queue?: string[];
  readonly lockedOut?: string[];
  readonly teams?: { id: string; name: string; score: number }[];
  readonly kind?: string | null;
  readonly options?: number[];
  readonly phoneVotes?: { counts: number[]; voted: number } | null;
  readonly voteResult?: { total: number; phones: number; hands: number } | null;
  readonly phones: Phones | null;
}

const host = (page: Page): Promise<HostState> => sceneState<HostState>(page);

/** The phone's team line, once it is in a team and connected. */
async function expectInTeam(phone: Page, team: string): Promise<void> {
  await expect(phone.locator('.team-line')).toHaveText(`Đội của bạn: ${team}`);
  await expect(phone.locator('.problem')).toHaveCount(0);
}

const buzzButton = (phone: Page) => phone.locator('button.buzz');

test.describe('phones join the meeting', () => {
  test.describe.configure({ timeout: 600_000 });

  test('QR join, buzz order, locked out, reloads, a dropped phone, a restart, a vote, the take-away', async ({
    page,
    browser,
    baseURL,
  }) => {
    let projector = page;
    const server = new RoomServerProcess(Number(new URL(baseURL ?? '').port));
    await server.start();
    try {
      // The facilitator sets up a meeting of three teams; phones can join (the server answers).
      await projector.goto('/?mode=host&lang=vi');
      await waitForScene(projector, 'host-setup');
      const phonesBox = projector.locator('input[name="phones"]');
      await expect(phonesBox).toBeEnabled();
      await expect(phonesBox).toBeChecked();
      await projector.locator('input[name="people"]').press('Enter');
      await waitForScene(projector, 'host-quiz');
      await expect.poll(async () => (await host(projector)).phones?.status).toBe('open');
      const { room, joinUrl, teams } = await host(projector).then((s) => ({
        room: s.phones?.room ?? '',
        joinUrl: s.phones?.joinUrl ?? '',
        teams: s.teams ?? [],
      }));
      const name = (id: string): string => teams.find((t) => t.id === id)?.name ?? id;

      // The lobby panel: the QR code of the join address, the address and the room code.
      const lobby = projector.locator('#phone-lobby');
      await expect(lobby).toBeVisible();
      await expect(lobby.locator('canvas.qr')).toHaveAttribute('aria-label', joinUrl);
      await expect(lobby.locator('.url')).toHaveText(joinUrl);
      await expect(lobby.locator('.room-code')).toContainText(room);
      expect(new URL(joinUrl).searchParams.get('room')).toBe(room);

      // Four phones open the QR code's address and pick a team from the facilitator's list.
      const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => newPhone(browser)));
      if (!a || !b || !c || !d) throw new Error('four phones');
      const picks: [Page, string][] = [
        [a, 't1'],
        [b, 't2'],
        [c, 't3'],
        [d, 't1'],
      ];
      for (const [phone, team] of picks) {
        await phone.goto(joinUrl);
        await phone.getByRole('button', { name: name(team) }).click();
        await expectInTeam(phone, name(team));
      }
      const everyone = { t1: 2, t2: 1, t3: 1 };
      await expect.poll(async () => (await host(projector)).phones?.connected).toEqual(everyone);
      await expect(lobby.locator('.team-counts li').first()).toContainText(`${name('t1')}: 2`);

      // Question 1: phones see it and buzz; the queue keeps the order the server received them.
      await projector.keyboard.press('Space');
      await expect.poll(async () => (await host(projector)).phase).toBe('running');
      await expect(lobby).toBeHidden();
      for (const phone of [a, b, c, d]) {
        await expect(phone.getByRole('heading', { name: /^Câu 1\// })).toBeVisible();
        await expect(buzzButton(phone)).toBeEnabled();
      }
      await buzzButton(b).click();
      await expect.poll(async () => (await host(projector)).answering).toBe('t2');
      await buzzButton(c).click();
      await expect.poll(async () => (await host(projector)).queue).toEqual(['t3']);
      await buzzButton(a).click();
      await expect.poll(async () => (await host(projector)).queue).toEqual(['t3', 't1']);
      // D's team is queued already: its button is greyed with the reason.
      await expect(buzzButton(d)).toBeDisabled();
      await expect(d.locator('.note')).toHaveText('Đội của bạn đang chờ lượt trả lời.');

      // B's team answers wrong: locked out of this question, its phones say so.
      await projector.keyboard.press('x');
      await expect.poll(async () => (await host(projector)).lockedOut).toEqual(['t2']);
      await expect(buzzButton(b)).toBeDisabled();
      const lockedNote = 'Đội của bạn đã trả lời sai câu này: chờ câu sau.';
      await expect(b.locator('.note')).toHaveText(lockedNote);

      // B reloads: back in its team with no question asked, still locked out.
      await b.reload();
      await expectInTeam(b, name('t2'));
      await expect(b.locator('.note')).toHaveText(lockedNote);
      await expect(buzzButton(b)).toBeDisabled();

      // C's team is right; the projector reloads and takes its room back; the phones stay.
      await projector.keyboard.press('Enter');
      await expect.poll(async () => (await host(projector)).answering).toBeNull();
      const scores = (await host(projector)).teams?.map((t) => t.score);
      await projector.reload();
      await waitForScene(projector, 'host-quiz');
      await expect.poll(async () => (await host(projector)).phones?.status).toBe('open');
      expect((await host(projector)).phones?.room).toBe(room);
      expect((await host(projector)).teams?.map((t) => t.score)).toEqual(scores);
      await expect.poll(async () => (await host(projector)).phones?.connected).toEqual(everyone);

      // C loses the network long enough for the server to drop it, then comes back by itself.
      await c.context().setOffline(true);
      await expect(c.locator('.problem')).toBeVisible({ timeout: 60_000 });
      await expect
        .poll(async () => (await host(projector)).phones?.connected.t3, { timeout: 60_000 })
        .toBe(0);
      await c.context().setOffline(false);
      await expectInTeam(c, name('t3'));
      await expect
        .poll(async () => (await host(projector)).phones?.connected, { timeout: 30_000 })
        .toEqual(everyone);

      // Question 2: D buzzes first.
      await afterChange(projector, () => projector.keyboard.press('PageDown'));
      await expect.poll(async () => (await host(projector)).index).toBe(1);
      await projector.keyboard.press('Space');
      await expect(d.getByRole('heading', { name: /^Câu 2\// })).toBeVisible();
      await buzzButton(d).click();
      await expect.poll(async () => (await host(projector)).answering).toBe('t1');
      await expect(buzzButton(a)).toBeDisabled();
      await expect(a.locator('.note')).toHaveText('Đội của bạn đang trả lời.');

      // The server restarts: the projector opens its room again, every phone comes back.
      await server.stop();
      await expect.poll(async () => (await host(projector)).phones?.status).toBe('lost');
      await server.start();
      await expect
        .poll(async () => (await host(projector)).phones?.status, { timeout: 30_000 })
        .toBe('open');
      expect((await host(projector)).phones?.room).toBe(room);
      for (const [phone, team] of picks) await expectInTeam(phone, name(team));
      await expect
        .poll(async () => (await host(projector)).phones?.connected, { timeout: 30_000 })
        .toEqual(everyone);
      // C buzzes into the queue through the restarted server.
      await expect(buzzButton(c)).toBeEnabled();
      await buzzButton(c).click();
      await expect.poll(async () => (await host(projector)).queue).toEqual(['t3']);

      // The projector's page closes (a laptop asleep): B's buzz meanwhile waits at the server
      // and reaches the log when the page is open again.
      await projector.keyboard.press('x');
      await expect.poll(async () => (await host(projector)).answering).toBe('t3');
      const address = projector.url();
      await projector.close();
      await expect(buzzButton(b)).toBeEnabled();
      await buzzButton(b).click();
      await expect(b.locator('.note')).toHaveText('Đã bấm chuông cho đội!');
      projector = await page.context().newPage();
      await projector.goto(address);
      await waitForScene(projector, 'host-quiz');
      await expect.poll(async () => (await host(projector)).queue).toEqual(['t2']);
      await expect.poll(async () => (await host(projector)).phones?.room).toBe(room);

      // Every buzz is in the projector's log once, in the order the server received them.
      const buzzes = (await savedLog(projector)).filter((e) => e.action.type === 'phone-buzz');
      expect(buzzes.map((e) => [e.by, e.action.team])).toEqual([
        ['phone', 't2'],
        ['phone', 't3'],
        ['phone', 't1'],
        ['phone', 't1'],
        ['phone', 't3'],
        ['phone', 't2'],
      ]);
      const keys = buzzes.map((e) => `${e.action.phone ?? ''}.${String(e.action.seq)}`);
      expect(new Set(keys).size).toBe(keys.length);

      // The quiz ends; the skit starts and runs to its first choice.
      await projector.keyboard.press('Enter');
      await afterChange(projector, () => projector.keyboard.press('e'));
      await expect.poll(async () => (await host(projector)).phase).toBe('finished');
      await projector.keyboard.press('PageDown');
      await waitForScene(projector, 'host-skit');
      while ((await host(projector)).kind !== 'choice')
        await afterChange(projector, () => projector.keyboard.press('PageDown'));
      const options = (await host(projector)).options ?? [];
      expect(options.length).toBeGreaterThanOrEqual(2);

      // Phones vote; D changes its mind; the projector counts each phone once, live.
      for (const phone of [a, b, c, d])
        await expect(phone.locator('button.option')).toHaveCount(options.length);
      const choose = async (phone: Page, i: number): Promise<void> => {
        await phone.locator('button.option').nth(i).click();
        await expect(phone.locator('button.option').nth(i)).toHaveAttribute('aria-pressed', 'true');
      };
      await choose(a, 0);
      await choose(b, 1);
      await choose(c, 0);
      await choose(d, 1);
      await choose(d, 0);
      const first = options[0] ?? 0;
      const second = options[1] ?? 1;
      await expect
        .poll(async () => {
          const live = (await host(projector)).phoneVotes;
          return live && [live.counts[first], live.counts[second], live.voted];
        })
        .toEqual([3, 1, 4]);

      // The facilitator adds the hands counted in the hall and closes the vote: the second
      // option wins with 1 phone and 5 hands, and the room sees the result.
      await projector.keyboard.press('v');
      const form = projector.locator('#host-vote');
      await expect(form).toContainText('4 điện thoại đã bình chọn');
      await form.locator(`input[name="vote-${String(second)}"]`).fill('5');
      await form.locator(`input[name="vote-${String(second)}"]`).press('Enter');
      await expect
        .poll(async () => (await host(projector)).voteResult)
        .toEqual(expect.objectContaining({ total: 6, phones: 1, hands: 5 }));
      for (const phone of [a, b, c, d]) await expect(phone.locator('button.option')).toHaveCount(0);
      const closes = (await savedLog(projector)).filter((e) => e.action.type === 'close-vote');
      expect(closes).toHaveLength(1);
      const votes = (await savedLog(projector)).filter((e) => e.action.type === 'phone-vote');
      expect(votes.map((e) => e.action.option)).toEqual([first, second, first, second, first]);

      // The meeting ends: every phone keeps its take-away.
      await projector.keyboard.press('e');
      await expect.poll(async () => (await host(projector)).part).toBe('over');
      for (const phone of [a, b, c, d]) {
        await expect(phone.getByRole('heading', { name: 'Kết thúc buổi sinh hoạt' })).toBeVisible();
        await expect(phone.locator('ul.ranking li')).toHaveCount(3);
        await expect(phone.locator('ul.messages li').first()).toBeVisible();
        await expect(phone.locator('a[href="tel:111"]')).toBeVisible();
        await expect(phone.locator('a[href="tel:113"]')).toBeVisible();
      }
      await expect(a.locator('ul.ranking li.mine')).toContainText(name('t1'));
    } finally {
      await server.stop();
    }
  });
});
