import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvProblemPlace,
  csvToPackJson,
  loadCsvPack,
  normalizeHeader,
  packIdFromFileName,
  packTitleFromFileName,
  type CsvConversion,
} from '../../src/content/csv';
import { parseCsvRecords } from '../../src/content/csv-parse';
import { openPackFile } from '../../src/content/open-pack';
import { diskEnv, folderReader, REPO_ROOT } from '../../scripts/lib/pack-disk';

const env = diskEnv();
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const noFiles = (): Promise<Uint8Array | null> => Promise.resolve(null);

const HEADER = 'dap_an,hinh,do_kho,chu_de';

interface QuestionOut {
  id: string;
  answer: string;
  alternatives?: string[];
  picture: unknown;
  hint?: unknown;
  explanation?: unknown;
  difficulty: number;
  category: string;
  points?: number;
  timeLimitSec?: number;
}

function questionsOf(conversion: CsvConversion): QuestionOut[] {
  if (!conversion.ok) throw new Error(JSON.stringify(conversion.problems));
  return (conversion.pack as { quiz: { questions: QuestionOut[] } }).quiz.questions;
}

function problemsOf(conversion: CsvConversion): { code: string; place: string }[] {
  if (conversion.ok) throw new Error('expected problems');
  return conversion.problems.map(({ code, place }) => ({ code, place }));
}

describe('parseCsvRecords (RFC 4180)', () => {
  it('splits plain fields and records', () => {
    expect(parseCsvRecords('a,b\nc,d', ',')).toEqual({
      ok: true,
      records: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
  });

  it('reads quoted fields with separators, line breaks and "" escapes', () => {
    const text = '"a, b","line 1\nline 2","say ""no"""\r\nx,,z\r\n';
    expect(parseCsvRecords(text, ',')).toEqual({
      ok: true,
      records: [
        ['a, b', 'line 1\nline 2', 'say "no"'],
        ['x', '', 'z'],
      ],
    });
  });

  it('accepts CRLF, LF and CR line ends, and no final line end', () => {
    expect(parseCsvRecords('a\r\nb\nc\rd', ',')).toEqual({
      ok: true,
      records: [['a'], ['b'], ['c'], ['d']],
    });
  });

  it('keeps a quote inside an unquoted field as it is', () => {
    expect(parseCsvRecords('lời mời "việc nhẹ",x', ',')).toEqual({
      ok: true,
      records: [['lời mời "việc nhẹ"', 'x']],
    });
  });

  it('reports an unclosed quote with the row it opens in', () => {
    const parsed = parseCsvRecords('a,b\n"open,c\nd', ',');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problem).toMatchObject({ code: 'csv-unclosed-quote', place: 'row 2' });
  });

  it('refuses a row with too many columns, and a sheet with too many cells, quickly', () => {
    const started = performance.now();
    const wide = parseCsvRecords(`a,b\n${','.repeat(2e6)}`, ',');
    const tall = parseCsvRecords('a,b,c,d,e\n'.repeat(4e5), ',');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(!wide.ok && wide.problem).toMatchObject({
      code: 'csv-too-many-columns',
      place: 'row 2',
    });
    expect(!tall.ok && tall.problem).toMatchObject({
      code: 'csv-sheet-too-large',
      place: 'row 20001',
    });
    expect(parseCsvRecords(`${'a,'.repeat(99)}a`, ',').ok).toBe(true);
  });

  it('reports text after a closing quote', () => {
    const parsed = parseCsvRecords('a,b\nc,"d"e', ',');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatchObject({ code: 'csv-bad-quote', place: 'row 2' });
  });
});

describe('headers', () => {
  it('ignore case, tone marks and spacing', () => {
    expect(normalizeHeader(' Đáp án ')).toBe('dap_an');
    expect(normalizeHeader('Gợi ý (EN)')).toBe('goi_y_en');
    expect(normalizeHeader('DIFFICULTY')).toBe('difficulty');
  });

  it('may be Vietnamese or English, mixed', () => {
    const text = 'Answer,Hình,Độ khó,Category\nlừa đảo,🫏 + 🏝️,1,Chiêu dụ dỗ\n';
    expect(questionsOf(csvToPackJson(text))[0]).toMatchObject({ answer: 'lừa đảo', difficulty: 1 });
  });

  it('lists every missing required column', () => {
    expect(problemsOf(csvToPackJson('dap_an,goi_y\nx,y\n'))).toEqual([
      { code: 'csv-missing-column', place: 'row 1' },
      { code: 'csv-missing-column', place: 'row 1' },
      { code: 'csv-missing-column', place: 'row 1' },
    ]);
  });

  it('refuse a column given twice, and warn about an unknown one', () => {
    expect(problemsOf(csvToPackJson(`${HEADER},answer\nx,🫏,1,c,y\n`))).toEqual([
      { code: 'csv-duplicate-column', place: 'row 1 › answer' },
    ]);
    const conversion = csvToPackJson(`${HEADER},ghi_chu\nlừa đảo,🫏,1,c,nháp\n`);
    expect(conversion.ok && conversion.warnings.map((w) => w.place)).toEqual(['row 1 › ghi_chu']);
  });
});

describe('csvToPackJson', () => {
  it('strips the BOM Excel adds and reads ";" as the separator when the header uses it', () => {
    const text =
      '\uFEFFdap_an;hinh;do_kho;chu_de;giai_thich\r\nlừa đảo;🫏 + 🏝️;1;Chiêu dụ dỗ;"Hỏi kỹ; rồi hãy tin."\r\n';
    const [question] = questionsOf(csvToPackJson(text));
    expect(question).toMatchObject({ answer: 'lừa đảo', explanation: 'Hỏi kỹ; rồi hãy tin.' });
  });

  it('builds every field of a question from its columns', () => {
    const text = [
      'dap_an,dap_an_khac,hinh,mo_ta_hinh,mo_ta_hinh_en,goi_y,goi_y_en,giai_thich,do_kho,chu_de,diem,thoi_gian',
      'gọi về nhà,gọi điện về nhà | gọi cho mẹ,📞 → 🏠,"Ống nghe, mũi tên, ngôi nhà","A receiver, an arrow, a house",Đi đâu?,Where to?,Hẹn giờ gọi về nhà.,2,Tìm trợ giúp,150,45',
    ].join('\n');
    const conversion = csvToPackJson(text, { id: 'to-3', title: 'Tổ 3' });
    expect(conversion.ok && conversion.pack).toEqual({
      format: 1,
      id: 'to-3',
      version: '1',
      title: 'Tổ 3',
      language: 'both',
      categories: { 'tim-tro-giup': 'Tìm trợ giúp' },
      quiz: {
        questions: [
          {
            id: 'goi-ve-nha',
            picture: {
              rebus: '📞 → 🏠',
              alt: { vi: 'Ống nghe, mũi tên, ngôi nhà', en: 'A receiver, an arrow, a house' },
            },
            answer: 'gọi về nhà',
            alternatives: ['gọi điện về nhà', 'gọi cho mẹ'],
            hint: { vi: 'Đi đâu?', en: 'Where to?' },
            explanation: 'Hẹn giờ gọi về nhà.',
            difficulty: 2,
            category: 'tim-tro-giup',
            points: 150,
            timeLimitSec: 45,
          },
        ],
      },
    });
  });

  it('reads a picture cell as a file name, a one-row rebus or rows separated by " / "', () => {
    const text = [
      HEADER,
      'a,pictures/lua-dao.png,1,c',
      'b,🫏 + 🏝️,1,c',
      'c,💼 🪶 / 💰 🦒,1,c',
      'd,https://evil.example/x.png,1,c',
      'e,24/7,1,c',
    ].join('\n');
    expect(questionsOf(csvToPackJson(text)).map((q) => q.picture)).toEqual([
      { file: 'pictures/lua-dao.png' },
      { rebus: '🫏 + 🏝️' },
      { rebus: ['💼 🪶', '💰 🦒'] },
      { file: 'https://evil.example/x.png' },
      { rebus: '24/7' },
    ]);
  });

  it('skips blank rows and keeps the row numbers of the others', () => {
    const conversion = csvToPackJson(`${HEADER}\n\n,,,\nlừa đảo,🫏,1,c\n`);
    expect(conversion.ok && conversion.source.rows).toEqual([4]);
  });

  it('gives each question an id from its answer, unique even when answers repeat', () => {
    const text = `${HEADER}\nlừa đảo,🫏,1,c\nLừa đảo,🏝️,2,c\n!!!,🫏,1,c\n`;
    expect(questionsOf(csvToPackJson(text)).map((q) => q.id)).toEqual([
      'lua-dao',
      'lua-dao-3',
      'cau-4',
    ]);
  });

  it('names an empty required cell and a cell that is not a number by row and column', () => {
    const text = `dap_an,hinh,do_kho,chu_de,diem\n,🫏,ba,c,\nx,🫏,1,c,nhiều\n`;
    const conversion = csvToPackJson(text);
    expect(problemsOf(conversion)).toEqual([
      { code: 'csv-empty-cell', place: 'row 2 › dap_an' },
      { code: 'csv-not-a-number', place: 'row 2 › do_kho' },
      { code: 'csv-not-a-number', place: 'row 3 › diem' },
    ]);
    if (!conversion.ok) {
      expect(conversion.problems[1]?.vi).toContain('dòng 2, cột "do_kho"');
      expect(conversion.problems[1]?.en).toContain('row 2, column "do_kho"');
    }
  });

  it('refuses a row with more cells than the header (an unquoted comma)', () => {
    expect(problemsOf(csvToPackJson(`${HEADER}\nlừa đảo,🫏,1,c,thừa\n`))).toEqual([
      { code: 'csv-too-many-cells', place: 'row 2' },
    ]);
  });

  it('refuses an empty file and a file with no questions', () => {
    expect(problemsOf(csvToPackJson('\uFEFF\r\n'))).toEqual([{ code: 'csv-empty', place: '' }]);
    expect(problemsOf(csvToPackJson(`${HEADER}\n`))).toEqual([
      { code: 'csv-no-questions', place: '' },
    ]);
  });
});

describe('packIdFromFileName', () => {
  it('makes a pack id from a sheet name', () => {
    expect(packIdFromFileName('C:\\Tài liệu\\Câu hỏi tổ 3.csv')).toBe('cau-hoi-to-3');
    expect(packIdFromFileName('docs/examples/cau-hoi.csv')).toBe('cau-hoi');
    expect(packIdFromFileName('!!!.csv')).toBeUndefined();
  });
});

describe('packTitleFromFileName', () => {
  it('takes the title from the sheet name as written', () => {
    expect(packTitleFromFileName('C:\\Tài liệu\\Câu_hỏi  tổ 3.csv')).toBe('Câu hỏi tổ 3');
    expect(packTitleFromFileName('docs/examples/cau-hoi.csv')).toBe('cau-hoi');
    // Typed on a Mac (decomposed accents), shown as typed anywhere else.
    expect(packTitleFromFileName('Phu\u031Bo\u031B\u0300ng 5.csv')).toBe('Phường 5');
    expect(packTitleFromFileName(' _ .csv')).toBeUndefined();
    expect(packTitleFromFileName(`${'a'.repeat(300)}.csv`)).toHaveLength(120);
  });

  it('gives a sheet opened in the game its title', async () => {
    const bytes = readFileSync(resolve(REPO_ROOT, 'tests/content/fixtures/csv/hai-cau.csv'));
    const result = await openPackFile(bytes, 'Câu hỏi tổ 3.csv', noFiles, env);
    expect(result.ok && result.pack.title).toBe('Câu hỏi tổ 3');
    expect(result.ok && result.pack.id).toBe('cau-hoi-to-3');
  });
});

describe('csvProblemPlace', () => {
  const source = {
    rows: [2, 5],
    headers: {
      answer: 'Đáp án',
      hint: 'goi_y',
      hintEn: 'goi_y_en',
      picture: 'hinh',
      time: 'thoi_gian',
    },
  };
  it('names a question field by its row and column as written', () => {
    expect(csvProblemPlace('quiz.questions[1].answer', source)).toBe('row 5 › Đáp án');
    expect(csvProblemPlace('quiz.questions[0].hint.en', source)).toBe('row 2 › goi_y_en');
    expect(csvProblemPlace('quiz.questions[0].hint', source)).toBe('row 2 › goi_y');
    expect(csvProblemPlace('quiz.questions[1].picture.rebus[1]', source)).toBe('row 5 › hinh');
    expect(csvProblemPlace('quiz.questions[1].timeLimitSec', source)).toBe('row 5 › thoi_gian');
    expect(csvProblemPlace('quiz.questions[1]', source)).toBe('row 5');
    expect(csvProblemPlace('id', source)).toBe('id');
  });
});

describe('loadCsvPack: the whole pack rules apply', () => {
  it('loads the example sheet in docs/examples', async () => {
    const file = resolve(REPO_ROOT, 'docs/examples/cau-hoi.csv');
    const result = await loadCsvPack(
      new Uint8Array(readFileSync(file)),
      folderReader(resolve(file, '..')),
      env,
      {
        id: 'cau-hoi',
      },
    );
    expect(result.ok && result.warnings).toEqual([]);
    if (result.ok) {
      expect(result.pack.quiz?.questions).toHaveLength(5);
      expect(new Set(result.pack.quiz?.questions.map((q) => q.difficulty))).toEqual(
        new Set([1, 2, 3, 4, 5]),
      );
    }
  });

  it('reports pack rules by spreadsheet row and column', async () => {
    const text = [
      'dap_an,hinh,do_kho,chu_de,giai_thich',
      'lừa đảo,🫏 + 🏝️,7,c,Gọi 111.',
      'gọi về nhà,🦖,2,c,Gọi 1800 1567.',
      'x,../x.png,1,c,',
    ].join('\n');
    const result = await loadCsvPack(encode(text), noFiles, env);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map(({ code, place }) => ({ code, place }))).toEqual(
        expect.arrayContaining([
          { code: 'value-not-allowed', place: 'row 2 › do_kho' },
          { code: 'bad-format', place: 'row 4 › hinh' },
        ]),
      );
    }
    const second = await loadCsvPack(
      encode(text.replace(',7,', ',1,').replace('../x.png', '🫏')),
      noFiles,
      env,
    );
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.problems.map(({ code, place }) => ({ code, place }))).toEqual(
        expect.arrayContaining([
          { code: 'rebus-unknown-glyph', place: 'row 3 › hinh' },
          { code: 'retired-number', place: 'row 3 › giai_thich' },
          { code: 'no-explanation', place: 'row 4' },
        ]),
      );
    }
  });

  it('reads a file in an old code page, and says which', async () => {
    const latin = new Uint8Array([
      ...encode(`${HEADER}\n`),
      0x6c,
      0xe0,
      0x2c,
      0x41,
      0x2c,
      0x31,
      0x2c,
      0x63,
    ]);
    const result = await loadCsvPack(latin, noFiles, env);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.pack.quiz?.questions[0]?.answer).toBe('là');
    expect(result.warnings.map((p) => p.code)).toContain('csv-encoding');
  });

  it('refuses a sheet larger than the pack JSON limit', async () => {
    const result = await loadCsvPack(new Uint8Array(2 * 1024 * 1024 + 1), noFiles, env);
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['csv-too-large']);
  });
});
