import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { writeBrotliCopies } from '../../src/server/compressed-files';
import { coldVisit } from './measures';

/**
 * The yardstick for the first question: a bare Phaser 4 page (the package's own minified
 * build, one scene drawing one text, Canvas renderer as the game uses), served the same way
 * (brotli copies as the game's build writes them) and loaded under the same conditions.
 * Answers the folder to serve.
 */
export async function makeBarePhaserPage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bare-phaser-'));
  copyFileSync('node_modules/phaser/dist/phaser.min.js', join(dir, 'phaser.min.js'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Phaser</title>' +
      '</head><body style="margin:0"><script src="phaser.min.js"></script>' +
      '<script src="bare.js"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'bare.js'),
    `new Phaser.Game({
  type: Phaser.CANVAS,
  width: innerWidth,
  height: innerHeight,
  backgroundColor: '#14213d',
  scene: {
    create() {
      this.add.text(24, 24, 'Phaser', { fontSize: '32px', color: '#ffffff' });
      this.game.events.once('postrender', () => performance.mark('first-frame'));
    },
  },
});
`,
  );
  await writeBrotliCopies(dir);
  return dir;
}

/** The bare page's first frame drawn (ms from navigation), one cold visit on Fast 3G at 4× CPU. */
export function measureBareFirstFrame(browser: Browser, url: string): Promise<number> {
  return coldVisit(browser, url, async (page) => {
    await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0, null, {
      timeout: 120_000,
    });
    return page.evaluate(() =>
      Math.round(performance.getEntriesByName('first-frame')[0]?.startTime ?? Number.NaN),
    );
  });
}
