import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { csvToPackJson, packIdFromFileName, packTitleFromFileName } from '../src/content/csv';
import { harmless, problemLine } from './lib/pack-report';

/**
 * `npm run pack:csv -- questions.csv -o pack.json`: turns a question sheet into pack JSON,
 * written to the file after `-o` (or to stdout without it: `npm run -s`, else npm's own lines
 * land in the file too). Problems go to stderr. Check the result with `npm run pack:check`.
 */

const USAGE = `Cách dùng / Usage: npm run pack:csv -- <cau-hoi.csv> [--id <mã / id>] [--title <tên / title>] -o pack.json

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
        output: { type: 'string', short: 'o' },
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
    console.error(
      `${harmless(file)}: không đọc được tệp UTF-8 này / cannot read this file as UTF-8 text`,
    );
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
  const json = `${JSON.stringify(converted.pack, null, 2)}\n`;
  if (values.output === undefined) {
    process.stdout.write(json);
    return 0;
  }
  try {
    writeFileSync(values.output, json);
  } catch {
    console.error(`${harmless(values.output)}: không ghi được tệp này / cannot write this file`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
