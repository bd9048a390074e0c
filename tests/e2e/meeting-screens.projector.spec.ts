import { expect, test, type Page } from '@playwright/test';
import { sceneState, waitForScene } from './helpers';

/** What the meeting's screens show, found when a facilitator ran a whole meeting (issue 17). */

interface QuizState {
  readOnly: boolean;
  part: string;
  phase: string | null;
  teams: { id: string; name: string; score: number }[];
  answering: string | null;
  pending: string | null;
  refused: string | null;
  key: { opened: number; tiles: number; solvedBy: string | null } | null;
}

const quiz = (page: Page): Promise<QuizState> => sceneState<QuizState>(page);

/** Records every text the live region holds, in order, from now on. */
async function recordLiveRegion(page: Page): Promise<void> {
  await page.evaluate(() => {
    const live = document.getElementById('live');
    const seen: string[] = [];
    Object.assign(window, { __liveSeen: seen });
    if (live)
      new MutationObserver(() => {
        seen.push(live.textContent);
      }).observe(live, { childList: true, characterData: true, subtree: true });
  });
}

/**
 * Whether every text shown in `selector` (once fitted: the measure loads when first needed) is
 * at least 24 px and the whole shows on the screen
 * with no scrolling.
 */
async function readable(
  page: Page,
  selector: string,
): Promise<{ atLeast24: boolean; fits: boolean }> {
  return page.locator(selector).evaluate((root) => {
    const shown = [
      ...root.querySelectorAll('h1, h2, h3, p, li, kbd, span, a, button, strong'),
    ].filter((e) => e.getClientRects().length > 0 && e.textContent.trim() !== '');
    const sizes = shown.map((e) => parseFloat(getComputedStyle(e).fontSize));
    const inView = shown.every((e) => {
      const r = e.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight + 1 && r.right <= window.innerWidth + 1;
    });
    return {
      atLeast24: sizes.length > 0 && Math.min(...sizes) >= 24,
      fits: root.scrollHeight <= root.clientHeight + 1 && inView,
    };
  });
}

const liveSeen = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __liveSeen: string[] }).__liveSeen);

/** Sets up a meeting of two teams by keyboard; answers when the first question is ready. */
async function setUpTwoTeams(page: Page, names: readonly [string, string]): Promise<void> {
  await page.goto('/?mode=host&lang=vi');
  await waitForScene(page, 'host-setup');
  await page.locator('select[name="team-count"]').selectOption('2');
  for (const [i, name] of names.entries()) {
    const field = page.locator(`input[name="team-${String(i + 1)}"]`);
    await field.press('Control+a');
    await field.pressSequentially(name);
  }
  const people = page.locator('input[name="people"]');
  await people.press('Control+a');
  await people.pressSequentially('20');
  await people.press('Enter');
  await waitForScene(page, 'host-quiz');
  await expect.poll(async () => (await quiz(page)).phase).toBe('ready');
}

test.describe('the meeting screens', () => {
  // Every key press waits for a frame of a full-HD canvas drawn in software.
  test.describe.configure({ timeout: 180_000 });

  test('setup shows only the teams playing and offers their names next time', async ({ page }) => {
    await page.goto('/?mode=host&lang=vi');
    await waitForScene(page, 'host-setup');
    await page.locator('select[name="team-count"]').selectOption('2');
    for (const n of [1, 2])
      await expect(page.locator(`input[name="team-${String(n)}"]`)).toBeVisible();
    for (const n of [3, 4, 5, 6])
      await expect(page.locator(`input[name="team-${String(n)}"]`)).toBeHidden();
    await page.locator('#cancel-setup').click();
    await setUpTwoTeams(page, ['Tổ dân phố 3', 'Chi hội Bàng']);
    expect((await quiz(page)).teams.map((t) => t.name)).toEqual(['Tổ dân phố 3', 'Chi hội Bàng']);
    // End this meeting; the next setup offers the same two teams.
    await page.keyboard.press('e');
    await expect.poll(async () => (await quiz(page)).phase).toBe('finished');
    await page.keyboard.press('e');
    await expect.poll(async () => (await quiz(page)).part).toBe('over');
    await page.keyboard.press('m');
    await waitForScene(page, 'menu');
    await page.goto('/?mode=host&lang=vi');
    await page.evaluate(() => {
      localStorage.removeItem('dhbc.meeting.session');
    });
    await page.goto('/?mode=host&lang=vi');
    await waitForScene(page, 'host-setup');
    await expect(page.locator('select[name="team-count"]')).toHaveValue('2');
    await expect(page.locator('input[name="team-1"]')).toHaveValue('Tổ dân phố 3');
    await expect(page.locator('input[name="team-2"]')).toHaveValue('Chi hội Bàng');
    await expect(page.locator('input[name="team-3"]')).toBeHidden();
  });

  test('a refused key says why; B holds the countdown; no announcement is lost', async ({
    page,
  }) => {
    await setUpTwoTeams(page, ['Hoa Sen', 'Hoa Mai']);
    await recordLiveRegion(page);
    const notice = page.locator('#host-notice');

    // Enter with nobody answering.
    await page.keyboard.press('Enter');
    await expect(notice).toContainText('Chưa đội nào trả lời');
    // G, then Enter before choosing a team: the prompt stays and says what is missing.
    await page.keyboard.press('g');
    await expect.poll(async () => (await quiz(page)).pending).toBe('key-guess');
    await page.keyboard.press('Enter');
    await expect(notice).toContainText('Chưa chọn đội');
    // Team 2 guesses wrong, then tries again: refused, and said so.
    await page.keyboard.press('2');
    await page.keyboard.press('x');
    await expect.poll(async () => (await quiz(page)).pending).toBeNull();
    await page.keyboard.press('g');
    await page.keyboard.press('2');
    await expect(notice).toContainText('Hoa Mai đã đoán sai hình chủ đề');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await quiz(page)).pending).toBeNull();

    // B: the countdown pauses under the black screen and runs on after.
    await page.keyboard.press('Space');
    await expect.poll(async () => (await quiz(page)).phase).toBe('running');
    await page.keyboard.press('b');
    await expect(page.locator('#host-blank')).toBeVisible();
    await expect.poll(async () => (await quiz(page)).phase).toBe('paused');
    await page.keyboard.press('b');
    await expect(page.locator('#host-blank')).toHaveCount(0);
    await expect.poll(async () => (await quiz(page)).phase).toBe('running');

    // A right answer: the score line and the answer are both in the live region, in turn.
    await page.keyboard.press('1');
    await expect.poll(async () => (await quiz(page)).answering).toBe('t1');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await quiz(page)).phase).toBe('closed');
    await expect
      .poll(async () => {
        const seen = await liveSeen(page);
        const right = seen.findIndex((s) => s.includes('Hoa Sen trả lời đúng'));
        const answer = seen.findIndex((s) => s.startsWith('Đáp án:'));
        return right >= 0 && answer > right;
      })
      .toBe(true);
    const seen = await liveSeen(page);
    expect(seen.some((s) => s.includes('Chưa đội nào trả lời'))).toBe(true);
    expect(seen.some((s) => s.includes('Hoa Mai đã đoán sai hình chủ đề'))).toBe(true);
  });

  test('reload on the end screen shows the final ranking', async ({ page }) => {
    await setUpTwoTeams(page, ['Hoa Sen', 'Hoa Mai']);
    await page.keyboard.press('e');
    await expect.poll(async () => (await quiz(page)).phase).toBe('finished');
    await page.keyboard.press('e');
    await expect.poll(async () => (await quiz(page)).part).toBe('over');
    await page.reload();
    await waitForScene(page, 'host-quiz');
    expect((await quiz(page)).part).toBe('over');
    await expect
      .poll(() => page.evaluate(() => window.__dhbc?.announcements().join(' | ') ?? ''))
      .toContain('Buổi sinh hoạt đã kết thúc. Điểm chung cuộc');
  });

  test('a lock left by a crashed tab is taken at once; taking over works by keyboard', async ({
    page,
    context,
  }) => {
    await setUpTwoTeams(page, ['Hoa Sen', 'Hoa Mai']);
    // The tab "crashed" a moment ago: its lock still looks fresh, but no tab answers for it.
    await page.evaluate(() => {
      localStorage.setItem('dhbc.meeting.lock', JSON.stringify({ tab: 'gone', at: Date.now() }));
      sessionStorage.clear();
    });
    await page.reload();
    await waitForScene(page, 'host-quiz');
    await expect.poll(async () => (await quiz(page)).readOnly).toBe(false);

    // A second tab, while the first is alive: read-only, and T takes over, no mouse needed.
    const second = await context.newPage();
    await second.goto('/?mode=host&lang=vi');
    await waitForScene(second, 'host-quiz');
    expect((await quiz(second)).readOnly).toBe(true);
    await expect(second.locator('#host-read-only')).toContainText('Nhấn T');
    await second.keyboard.press('t');
    await expect.poll(async () => (await quiz(second)).readOnly).toBe(false);
    await expect.poll(async () => (await quiz(page)).readOnly).toBe(true);
  });

  test('the printed report keeps every table, right border included, within the paper', async ({
    page,
  }, info) => {
    await setUpTwoTeams(page, ['Hoa Sen', 'Hoa Mai']);
    await page.keyboard.press('r');
    const report = page.locator('section.report-panel');
    await expect(report.locator('table').first()).toBeVisible();
    // A4 less the page margins (210 mm − 2 × 12 mm) is 703 CSS pixels wide.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    await expect(page.locator('#game')).toBeHidden();
    const tables = await report.evaluate((panel) =>
      [...panel.querySelectorAll('table')].map((t) => {
        const cell = t.querySelector('td:last-child, th:last-child');
        return {
          right: t.getBoundingClientRect().right,
          border: cell ? parseFloat(getComputedStyle(cell).borderRightWidth) : 0,
          paper: document.documentElement.clientWidth,
        };
      }),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.border).toBeGreaterThanOrEqual(1);
      // The half of the collapsed border outside the table box stays on the paper too.
      expect(t.right + t.border / 2).toBeLessThanOrEqual(t.paper);
      expect(t.right).toBeLessThan(t.paper);
    }
    const pdf = await page.pdf({ path: info.outputPath('report.pdf'), format: 'A4' });
    expect(pdf.length).toBeGreaterThan(0);
  });

  test('the keys’ help and the skit’s ending read from the back and fit the screen', async ({
    page,
  }, info) => {
    const shot = (name: string) =>
      page.screenshot({ path: info.outputPath(`${name}.png`) }).then(() => undefined);
    const size = page.viewportSize();
    await setUpTwoTeams(page, ['Hoa Sen', 'Hoa Mai']);
    // The quiz's help lists the most keys.
    await page.keyboard.press('?');
    const help = page.locator('#host-help');
    await expect(help).toBeVisible();
    await expect(help.locator('li')).toHaveCount(19);
    await expect.poll(() => readable(page, '#host-help')).toEqual({ atLeast24: true, fits: true });
    await shot('help-quiz');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);

    // The skit: its help, then its first ending.
    await page.keyboard.press('e');
    await expect.poll(async () => (await quiz(page)).phase).toBe('finished');
    await page.keyboard.press('PageDown');
    await waitForScene(page, 'host-skit');
    const skit = (): Promise<{ kind: string | null; ready: boolean }> => sceneState(page);
    await expect.poll(async () => (await skit()).ready).toBe(true);
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await expect.poll(() => readable(page, '#host-help')).toEqual({ atLeast24: true, fits: true });
    await page.keyboard.press('Escape');
    for (let step = 0; step < 80 && (await skit()).kind !== 'ending'; step++) {
      const before = await page.evaluate(() => JSON.stringify(window.__dhbc?.state()));
      await page.keyboard.press((await skit()).kind === 'choice' ? '1' : 'ArrowRight');
      await expect
        .poll(() => page.evaluate(() => JSON.stringify(window.__dhbc?.state())))
        .not.toBe(before);
    }
    const ending = page.locator('.host-ending');
    await expect(ending).toBeVisible();
    await expect
      .poll(() => readable(page, '.host-ending'))
      .toEqual({ atLeast24: true, fits: true });
    await shot('ending');
    const pager = page.locator('#ending-page');
    if (await pager.isVisible()) {
      // Too much for one screen at 24 px: the debrief first, then (→) the help.
      await expect(ending.locator('.debrief li').first()).toBeVisible();
      await expect(ending.locator('.help-list')).toBeHidden();
      await page.keyboard.press('ArrowRight');
      await expect(ending.locator('.help-list')).toBeVisible();
      await expect
        .poll(() => readable(page, '.host-ending'))
        .toEqual({ atLeast24: true, fits: true });
      await shot('ending-help');
      await page.keyboard.press('ArrowLeft');
      await expect(ending.locator('.debrief li').first()).toBeVisible();
    } else {
      // One page: only where the screen is large enough for it all at 24 px or more.
      expect(size?.width).toBeGreaterThan(1024);
      await expect(ending.locator('.help-list')).toBeVisible();
    }
    await expect(ending.locator('a[href="tel:111"]').first()).toBeAttached();
    expect((await skit()).kind).toBe('ending');
  });

  test.describe('at 1024×768', () => {
    test.use({ viewport: { width: 1024, height: 768 } });

    test('the skit: too many votes asks again, the ending reads large, its end is announced', async ({
      page,
    }) => {
      await page.goto('/?mode=host&lang=vi');
      await waitForScene(page, 'host-setup');
      await page.locator('input[name="play-quiz"]').uncheck();
      const people = page.locator('input[name="people"]');
      await people.press('Control+a');
      await people.pressSequentially('20');
      await people.press('Enter');
      await waitForScene(page, 'host-skit');
      const skit = (): Promise<{ kind: string | null; part: string; ready: boolean }> =>
        sceneState(page);
      await expect.poll(async () => (await skit()).ready).toBe(true);
      let voted = false;
      for (let step = 0; step < 80; step++) {
        const before = await page.evaluate(() => JSON.stringify(window.__dhbc?.state()));
        const { kind } = await skit();
        if (kind === 'ending') break;
        if (kind === 'choice' && !voted) {
          // 30 hands in a hall of 20: the form asks for a second look before it counts them.
          await page.keyboard.press('v');
          const first = page.locator('#host-vote input').first();
          await first.fill('30');
          await first.press('Enter');
          await expect(page.locator('#host-vote [role="alert"]')).toContainText(
            '30 phiếu, nhiều hơn số người tham dự (20)',
          );
          await expect(page.locator('#host-vote')).toBeVisible();
          await page.locator('#host-vote button[type="submit"]').press('Enter');
          await expect(page.locator('#host-vote')).toHaveCount(0);
          voted = true;
        } else {
          await page.keyboard.press(kind === 'choice' ? '1' : 'ArrowRight');
        }
        await expect
          .poll(() => page.evaluate(() => JSON.stringify(window.__dhbc?.state())))
          .not.toBe(before);
      }
      expect(voted).toBe(true);
      await expect(page.locator('.host-ending')).toBeVisible();
      const smallest = await page
        .locator('.host-ending')
        .evaluate((panel) =>
          Math.min(
            ...[...panel.querySelectorAll('p, li, h3')].map((e) =>
              parseFloat(getComputedStyle(e).fontSize),
            ),
          ),
        );
      expect(smallest).toBeGreaterThanOrEqual(24);
      const since = await page.evaluate(() => window.__dhbc?.announcements().length ?? 0);
      await page.keyboard.press('e');
      await waitForScene(page, 'host-quiz');
      await expect
        .poll(() =>
          page.evaluate((from) => window.__dhbc?.announcements().slice(from).join(' | '), since),
        )
        .toContain('Buổi sinh hoạt đã kết thúc');
    });
  });
});
