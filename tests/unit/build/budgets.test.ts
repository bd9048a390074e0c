import { describe, expect, it } from 'vitest';
import {
  budgetReport,
  MENU_BUDGET_KB,
  NEW_CHUNK_BUDGET_KB,
  weighBuild,
  type Manifest,
} from '../../../scripts/lib/budgets';

const MANIFEST: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js'],
    css: ['assets/index.css'],
  },
  '_shared.js': { file: 'assets/shared.js', name: 'shared', imports: ['index.html'] },
  'src/report/index.ts': {
    file: 'assets/report.js',
    name: 'report',
    isDynamicEntry: true,
    imports: ['index.html'],
    css: ['assets/report.css'],
  },
  'src/new.ts': { file: 'assets/new.js', name: 'new-thing', isDynamicEntry: true },
  'assets/audio/tap.mp3': { file: 'assets/tap.mp3' },
};

const sizes =
  (over: Record<string, number> = {}) =>
  (file: string) =>
    over[file] ??
    ({ 'assets/index.js': 50_000, 'assets/shared.js': 9_000 } as Record<string, number>)[file] ??
    1_000;

describe('weighing the build', () => {
  it('counts the entry, its static imports (through cycles) and their CSS as the menu', () => {
    const [menu] = weighBuild(MANIFEST, sizes());
    expect(menu).toEqual({
      part: 'menu',
      files: ['assets/index.js', 'assets/index.css', 'assets/shared.js'],
      kb: 60,
      budgetKb: MENU_BUDGET_KB,
    });
  });

  it('weighs each later chunk with its CSS, and a new chunk against the default budget', () => {
    const weights = weighBuild(MANIFEST, sizes());
    expect(weights.map((w) => [w.part, w.kb, w.budgetKb])).toEqual([
      ['menu', 60, MENU_BUDGET_KB],
      ['report', 2, 8],
      ['new-thing', 1, NEW_CHUNK_BUDGET_KB],
    ]);
  });

  it('names the files of a part that grew past its budget', () => {
    const weights = weighBuild(MANIFEST, sizes({ 'assets/report.css': 9_000 }));
    const { over, lines } = budgetReport(weights);
    expect(over.map((w) => w.part)).toEqual(['report']);
    expect(lines.find((l) => l.startsWith('OVER'))).toContain(
      'assets/report.js, assets/report.css',
    );
  });

  it("weighs the game's page as the menu when another page (the join page) comes first", () => {
    const twoPages: Manifest = {
      'join.html': { file: 'assets/join.js', name: 'join', isEntry: true },
      ...MANIFEST,
    };
    const weights = weighBuild(twoPages, sizes());
    expect(weights[0]?.files).toContain('assets/index.js');
    expect(weights.find((w) => w.part === 'join')?.files).toEqual(['assets/join.js']);
  });

  it('passes a build within every budget', () => {
    expect(budgetReport(weighBuild(MANIFEST, sizes())).over).toEqual([]);
  });
});
