import { existsSync } from 'node:fs';
import { diskEnv, loadPackFile } from './lib/pack-disk';
import { harmless, reportLines } from './lib/pack-report';

/**
 * `npm run pack:check -- <file…>`: checks packs (.json, .zip, .csv, .xlsx) with the game's own
 * validator. Exit status: 0 when all are valid, 1 when any is not, 2 for a usage error.
 */

const USAGE = `Cách dùng / Usage: npm run pack:check -- <tệp / file>…

Kiểm tra gói nội dung (.json, .zip, .csv hoặc .xlsx) theo đúng quy tắc của trò chơi.
Checks content packs (.json, .zip, .csv or .xlsx) by the game's own rules.

  npm run pack:check -- assets/packs/example/pack.json
  npm run pack:check -- goi-cua-toi.zip docs/examples/cau-hoi.csv

Hướng dẫn / Guide: docs/packs.md`;

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknownOption = args.find((a) => a.startsWith('-'));
  if (args.length === 0 || unknownOption !== undefined) {
    if (unknownOption !== undefined)
      console.error(`Không rõ tuỳ chọn / Unknown option: ${harmless(unknownOption)}\n`);
    console.error(USAGE);
    return 2;
  }
  const env = diskEnv();
  let allValid = true;
  for (const file of args) {
    if (!existsSync(file)) {
      console.log(`${harmless(file)}: không đọc được tệp này / cannot read this file`);
      allValid = false;
      continue;
    }
    const result = await loadPackFile(file, env);
    for (const line of reportLines(file, result)) console.log(line);
    if (!result.ok) allValid = false;
  }
  return allValid ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
