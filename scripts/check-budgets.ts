/**
 * `npm run check:budgets`: weighs the built game (dist/, from `npm run build`) gzip-compressed
 * against its budgets (scripts/lib/budgets.ts) and fails naming the file that grew.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetReport, weighBuild, type Manifest } from './lib/budgets';
import { REPO_ROOT } from './lib/pack-disk';

const dist = join(REPO_ROOT, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
const weights = weighBuild(manifest, (file) => gzipSync(readFileSync(join(dist, file))).length);
const { lines, over } = budgetReport(weights);
process.stdout.write(`Gzip weight of the build against its budgets:\n${lines.join('\n')}\n`);
if (over.length > 0) {
  process.stderr.write(
    `Over budget: ${over.map((w) => `${w.part} (${w.files.join(', ')})`).join('; ')}\n`,
  );
  process.exit(1);
}
