import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { csvToPackJson, packIdFromFileName, packTitleFromFileName } from '../src/content/csv';
import { problemLine } from './lib/pack-report';

/**
 * `npm run pack:csv -- questions.csv > pack.json`: turns a question sheet into pack JSON.
 * Problems go to stderr. Check the result with `npm run pack:check` (it also reads .csv).
 */

const USAGE = `Cách dùng / Usage: npm run pack:csv -- <cau-hoi.csv> [--id <mã / id>] [--title <tên / title>] > pack.json

Chuyển bảng câu hỏi (CSV) thành gói pack.json. Turns a question sheet (CSV) into pack.json.
Hướng dẫn / Guide: docs/packs.md`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        title: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    console.error(`${file}: không đọc được tệp UTF-8 này / cannot read this file as UTF-8 text`);
    return 1;
  }
  const id = values.id ?? packIdFromFileName(file);
  const title = values.title ?? packTitleFromFileName(file);
  const converted = csvToPackJson(text, {
    ...(id === undefined ? {} : { id }),
    ...(title === undefined ? {} : { title }),
  });
  if (!converted.ok) {
    for (const problem of converted.problems) console.error(problemLine(file, problem));
    return 1;
  }
  for (const warning of converted.warnings) console.error(problemLine(file, warning));
  process.stdout.write(`${JSON.stringify(converted.pack, null, 2)}\n`);
  return 0;
}

process.exitCode = main();
