/**
 * What the built game may weigh, gzip-compressed, and the weighing: the files the menu needs
 * (the entry chunk, the chunks it imports statically and their CSS) against one budget, and each
 * chunk loaded later against its own. `npm run check:budgets` runs it on dist/ and fails naming
 * the file that grew.
 */

/** One chunk of Vite's build manifest (dist/.vite/manifest.json), the parts read here. */
export interface ManifestChunk {
  readonly file: string;
  readonly name?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

export type Manifest = Readonly<Record<string, ManifestChunk>>;

/** Budgets in KB (1,000 bytes) of gzip. */
export const MENU_BUDGET_KB = 70;
export const CHUNK_BUDGET_KB: Readonly<Record<string, number>> = {
  phaser: 150,
  /** The built-in pack's quiz and skit: content, fetched once the menu shows. */
  'default-pack': 40,
  /**
   * The game's code on a phone: the shell's start, the menu, quiz and results scenes and what
   * they share (19.1 KB once the facilitator's scenes became a chunk of their own, 15.1 KB
   * once the skit's did too).
   */
  'start-game': 20,
  /** The skit's scene, loaded when the skit opens (4.6 KB). */
  'skit-scenes': 6,
  /** The facilitator's setup, quiz and skit scenes, loaded when a meeting opens (23 KB). */
  'host-scenes': 28,
  load: 45,
  'open-pack': 6,
  'bundled-assets': 10,
  howler: 12,
  report: 8,
  /**
   * The pack editor (src/editor), loaded when "Soạn gói" is pressed: the questions, and since
   * the skit editor (nodes, options, conditions, variables, characters, endings, the story map
   * and the projector preview, every word in two languages) about 35 KB; with every part of the
   * skit format (jumps, backgrounds, nested conditions, consequences, more help places, a copied
   * pack's skit) and the layout fixes its screenshots called for 39.45 KB, so 39.5.
   */
  editor: 39.5,
  /** The question-sheet converter, shared by the loader and the editor. */
  csv: 6,
  /** read-excel-file and write-excel-file, each loaded when a sheet is read or written. */
  universal: 16,
  translation: 8,
  offline: 3,
  'workbox-window.prod.es5': 3,
  join: 20,
  /** socket.io's client: the join page and the projector's room of phones. */
  'socket-io': 14,
};
/** A chunk with no budget of its own (a new one) gets this, so nothing grows unseen. */
export const NEW_CHUNK_BUDGET_KB = 10;

export interface Weight {
  /** "menu", or the chunk's name. */
  readonly part: string;
  readonly files: readonly string[];
  readonly kb: number;
  readonly budgetKb: number;
}

const js = (chunk: ManifestChunk): boolean => chunk.file.endsWith('.js');

/** The weight of the menu's files and of every chunk loaded later, each with its budget. */
export function weighBuild(manifest: Manifest, gzipBytes: (file: string) => number): Weight[] {
  const kb = (files: readonly string[]): number =>
    Math.round(files.reduce((sum, f) => sum + gzipBytes(f), 0) / 10) / 100;
  // The game's page; another page (the phones' join page) is weighed as a part of its own.
  const entry = manifest['index.html'];
  if (!entry || !js(entry)) throw new Error('The build manifest has no entry chunk for index.html');
  // The menu needs the entry and what it imports statically, transitively, with their CSS.
  const menu = new Set<string>();
  const menuKeys = new Set<string>();
  const visit = (chunk: ManifestChunk, key: string): void => {
    if (menuKeys.has(key)) return;
    menuKeys.add(key);
    menu.add(chunk.file);
    for (const css of chunk.css ?? []) menu.add(css);
    for (const dep of chunk.imports ?? []) {
      const next = manifest[dep];
      if (next) visit(next, dep);
    }
  };
  visit(entry, 'index.html');
  const weights: Weight[] = [
    { part: 'menu', files: [...menu], kb: kb([...menu]), budgetKb: MENU_BUDGET_KB },
  ];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (menuKeys.has(key) || !js(chunk)) continue;
    const files = [chunk.file, ...(chunk.css ?? [])];
    const part = chunk.name ?? chunk.file;
    weights.push({
      part,
      files,
      kb: kb(files),
      budgetKb: CHUNK_BUDGET_KB[part] ?? NEW_CHUNK_BUDGET_KB,
    });
  }
  return weights;
}

/** One line per part; those over budget say so and name their files. */
export function budgetReport(weights: readonly Weight[]): { lines: string[]; over: Weight[] } {
  const over = weights.filter((w) => w.kb > w.budgetKb);
  const lines = weights.map((w) => {
    const mark = w.kb > w.budgetKb ? 'OVER' : 'ok  ';
    const what = w.kb > w.budgetKb ? `  ${w.files.join(', ')}` : '';
    return `${mark} ${w.part.padEnd(24)} ${w.kb.toFixed(2).padStart(7)} KB of ${String(w.budgetKb).padStart(3)} KB${what}`;
  });
  return { lines, over };
}
