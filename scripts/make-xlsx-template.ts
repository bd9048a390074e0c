import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { templateSheets } from '../src/content/sheet-out';
import { writeSheetsXlsx } from '../src/content/xlsx-write';
import { REPO_ROOT } from './lib/pack-disk';

/**
 * `npm run xlsx:template`: writes docs/examples/mau-goi.xlsx, the question sheet authors start
 * from, from the example questions in docs/examples/cau-hoi.csv (the game offers the same
 * workbook for download, made from the same file).
 */
const csv = readFileSync(resolve(REPO_ROOT, 'docs/examples/cau-hoi.csv'), 'utf8');
const out = resolve(REPO_ROOT, 'docs/examples/mau-goi.xlsx');
writeFileSync(out, await writeSheetsXlsx(templateSheets(csv)));
console.log(`wrote ${out}`);
