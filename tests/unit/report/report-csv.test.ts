import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvRecords, reportCsv } from '../../../src/report/report-csv';
import { reportDocument, reportTexts } from '../../../src/report/report-document';
import { parseCsvRecords } from '../../../src/content/csv-parse';
import type { MeetingReport } from '../../../src/core/meeting/report';
import { REPORT_PACK, ZONE, translator, wholeMeetingReport } from './report-fixture';

function csvOf(report: MeetingReport, lang: 'vi' | 'en' = 'vi'): string {
  return reportCsv(
    reportDocument(report, reportTexts(report, REPORT_PACK), {
      lang,
      t: translator(lang),
      timeZone: ZONE,
    }),
  );
}

const PROMPT = '"Lan nên làm gì, khi được mời ""việc nhẹ lương cao""?"';

describe('the CSV of the whole meeting in tests/scenario', () => {
  it('has exactly these rows, in Vietnamese, with CRLF line ends', () => {
    const csv = csvOf(wholeMeetingReport());
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Báo cáo buổi sinh hoạt,,,,',
      'Bắt đầu,2026-11-29 14:00,,,',
      'Thao tác cuối,2026-11-29 14:00,,,',
      'Tình trạng,Đã kết thúc,,,',
      'Gói nội dung,Gói thử nghiệm,,,',
      'Phiên bản,1.0.0,,,',
      'Số người tham dự,45,,,',
      'Số câu đã chơi,3,,,',
      'Số câu trả lời đúng,2,,,',
      ',,,,',
      'Các đội,,,,',
      'Hạng,Đội,Điểm,Câu đúng,Câu sai',
      '1,Đội Sen,390,1,1',
      '2,Đội Mai,100,1,0',
      '3,Đội Tre,-10,0,1',
      ',,,,',
      'Các câu đã chơi,,,,',
      'Câu,Đáp án,Đội trả lời đúng,Đội trả lời sai,Đúng / sai (lượt)',
      '1,lừa đảo,Đội Mai,Đội Sen,1 / 1',
      '2,đường dây nóng,Không đội nào,Đội Tre,0 / 1',
      '3,cảnh giác,Đội Sen,,1 / 0',
      ',,,,',
      'Hình chủ đề,,,,',
      // Solved with 2 of 6 tiles open (all six are shown once it is solved).
      'Đáp án,Số ô,Số ô đã mở khi đoán ra,Đội đoán ra,',
      'buôn bán người,6,2,Đội Sen,',
      ',,,,',
      'Các lần đoán hình chủ đề,,,,',
      'Lần,Đội,Số ô đã mở,Kết quả,',
      '1,Đội Sen,2,Đúng,',
      ',,,,',
      'Tiểu phẩm “Lời mời đi làm xa”: các lựa chọn,,,,',
      'Lượt diễn,Lựa chọn,Phương án,Số phiếu,Kết quả',
      `1,${PROMPT},Hỏi ý kiến mẹ,5,`,
      '1,,Đến Hội Phụ nữ phường,9,Được chọn',
      `2,${PROMPT},Hỏi ý kiến mẹ,,Người điều hành chọn`,
      '2,,Đến Hội Phụ nữ phường,,',
      '2,Lựa chọn 2,Tiếp,12,Được chọn',
      '2,,Lại,3,',
      ',,,,',
      'Tiểu phẩm “Lời mời đi làm xa”: kết thúc,,,,',
      'Lượt diễn,Kết thúc,Loại,,',
      '1,Lan hỏi người tin cậy,Kết thúc an toàn,,',
      '2,Lan hỏi người tin cậy,Kết thúc an toàn,,',
      '',
    ]);
  });

  it('heads its columns in English when the interface is in English', () => {
    const lines = csvOf(wholeMeetingReport(), 'en').slice(1).split('\r\n');
    expect(lines).toContain('Place,Team,Points,Right,Wrong');
    expect(lines).toContain('1,What should Lan do?,Ask her mother,5,');
    expect(lines).toContain("2,,Go to the ward's Women's Union,,");
    expect(lines).toContain('1,Lan asks someone she trusts,A safe ending,,');
  });

  it('is UTF-8 with a byte order mark once encoded, as Excel on Windows needs', () => {
    const bytes = new TextEncoder().encode(csvOf(wholeMeetingReport()));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8').decode(bytes)).toContain('buôn bán người');
  });
});

describe('quoting (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('Đội Sen')).toBe('Đội Sen');
    expect(csvField('Sen, tổ 3')).toBe('"Sen, tổ 3"');
    expect(csvField('Đội "Sen"')).toBe('"Đội ""Sen"""');
    expect(csvField('tổ 3\nphường 5')).toBe('"tổ 3\nphường 5"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(-10)).toBe('-10');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('keeps a text that looks like a formula from running in a spreadsheet', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+84 111')).toBe("'+84 111");
    expect(csvField('@Sen')).toBe("'@Sen");
    expect(csvField('-Tre')).toBe("'-Tre");
  });

  it('quotes a field holding ";" or a tab, and guards every cell a split would start', () => {
    // Excel with Vietnamese settings splits on ";": unquoted, this read "=1+2" as a formula.
    expect(csvField('a;=1+2;')).toBe(`"a;'=1+2;"`);
    expect(csvField('Sen; tổ 3')).toBe('"Sen; tổ 3"');
    expect(csvField('a\t@b')).toBe(`"a\t'@b"`);
    expect(csvField('a, =1+2')).toBe(`"a, '=1+2"`);
    expect(csvField('=a;-b')).toBe(`"'=a;'-b"`);
    // Whatever a spreadsheet splits on, with or without quotes, no cell starts a formula.
    for (const field of ['a;=1+2;', 'x,+1;@y\t-z\n=w', ';=1', '\t=1']) {
      const written = csvField(field);
      const bare = written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written;
      for (const cell of [...written.split(/[,;\t\r\n]/), ...bare.split(/[,;\t\r\n]/)])
        expect(cell.trimStart().replace(/^"/, ''), field).not.toMatch(/^[=+\-@]/);
    }
  });

  it('reads back, through an RFC 4180 parser, to the very team names the facilitator typed', () => {
    const names = ['Đội "Sen", tổ 3', 'Đội Mai\nphường 5', 'Tre, Trúc; "Trâm"\r\nvà bạn'];
    const report = wholeMeetingReport();
    const odd: MeetingReport = {
      ...report,
      teams: report.teams.map((team, i) => ({ ...team, name: names[i] ?? team.name })),
    };
    const parsed = parseCsvRecords(csvOf(odd).slice(1), ',');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const header = parsed.records.findIndex((r) => r[0] === 'Hạng');
    expect(parsed.records.slice(header + 1, header + 4).map((r) => r[1])).toEqual(names);
    // Every record has the same number of fields, as RFC 4180 asks.
    expect(new Set(parsed.records.slice(0, -1).map((r) => r.length))).toEqual(new Set([5]));
  });

  it('pads short records to the widest one', () => {
    expect(csvRecords([['a'], ['b', 1, 2]])).toBe('a,,\r\nb,1,2\r\n');
  });
});

describe('the file name', () => {
  it('names the day the meeting started, in the interface language', () => {
    const report = wholeMeetingReport();
    const texts = reportTexts(report, REPORT_PACK);
    const at = (lang: 'vi' | 'en'): string =>
      reportDocument(report, texts, { lang, t: translator(lang), timeZone: ZONE }).fileName;
    expect(at('vi')).toBe('bao-cao-sinh-hoat-2026-11-29');
    expect(at('en')).toBe('meeting-report-2026-11-29');
  });
});
