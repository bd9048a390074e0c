import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  csvToPackJson,
  packIdFromFileName,
  packTitleFromFileName,
  recordsToPackJson,
  type CsvConversion,
} from '../src/content/csv';
import { csvReadAs, decodeCsvBytes, ENCODING_NAMES } from '../src/content/csv-encoding';
import { isXlsxName, readXlsxRecords } from '../src/content/xlsx';
import { harmless, problemLine } from './lib/pack-report';

/**
 * `npm run pack:csv -- questions.csv -o pack.json`: turns a question sheet (.csv or .xlsx) into
 * pack JSON, written to the file after `-o` (or to stdout without it: `npm run -s`, else npm's
 * own lines land in the file too). Problems, and the encoding a CSV was read in, go to stderr.
 * Check the result with `npm run pack:check` (it also reads .csv and .xlsx).
 */

const USAGE = `Cách dùng / Usage: npm run pack:csv -- <cau-hoi.csv|cau-hoi.xlsx> [--id <mã / id>] [--title <tên / title>] -o pack.json

Chuyển bảng câu hỏi (CSV hoặc Excel .xlsx) thành gói pack.json.
Turns a question sheet (CSV or Excel .xlsx) into pack.json.
Hướng dẫn / Guide: docs/packs.md`;

async function main(): Promise<number> {
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
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    console.error(`${harmless(file)}: không đọc được tệp này / cannot read this file`);
    return 1;
  }
  const id = values.id ?? packIdFromFileName(file);
  const title = values.title ?? packTitleFromFileName(file);
  const meta = { ...(id === undefined ? {} : { id }), ...(title === undefined ? {} : { title }) };
  let converted: CsvConversion;
  if (isXlsxName(file)) {
    const read = await readXlsxRecords(bytes);
    converted = read.ok ? recordsToPackJson(read.records, meta) : read;
  } else {
    const { text, encoding } = decodeCsvBytes(bytes);
    converted = csvToPackJson(text, meta);
    const name = ENCODING_NAMES[encoding];
    if (converted.ok && encoding !== 'utf-8') {
      console.error(problemLine(file, csvReadAs(encoding, converted.separator ?? ',')));
    } else if (converted.ok) {
      const sep = converted.separator === '\t' ? 'tab' : `"${converted.separator ?? ','}"`;
      console.error(`${harmless(file)}: đọc theo / read as ${name.en}, ${sep}`);
    }
  }
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

process.exitCode = await main();
