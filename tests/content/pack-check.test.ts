import { execFile, execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { problemLine, reportLines, summaryLine } from '../../scripts/lib/pack-report';
import { REPO_ROOT } from '../../scripts/lib/pack-disk';
import { packError, packWarning } from '../../src/content/problems';

const run = promisify(execFile);
const TSX = resolve(REPO_ROOT, 'node_modules/.bin/tsx');

async function packCheck(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/pack-check.ts', ...args], {
      cwd: REPO_ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('pack:check lines', () => {
  it('print the place, then Vietnamese / English, warnings marked', () => {
    const error = packError(
      'missing-target',
      'skit.nodes[3].next',
      'Không có cảnh "x".',
      'No node "x".',
    );
    expect(problemLine('a.json', error)).toBe(
      'a.json: skit.nodes[3].next: Không có cảnh "x". / No node "x".',
    );
    const warning = packWarning('no-explanation', 'quiz.questions[0]', 'Chưa có.', 'None yet.');
    expect(problemLine('a.json', warning)).toBe(
      'a.json: quiz.questions[0]: cảnh báo / warning: Chưa có. / None yet.',
    );
    expect(problemLine('a.json', packError('nothing-to-play', '', 'Trống.', 'Empty.'))).toBe(
      'a.json: Trống. / Empty.',
    );
  });

  it('end with a summary', () => {
    const warning = packWarning('w', '', 'c', 'w');
    expect(
      summaryLine('a.json', { ok: false, problems: [warning, packError('e', '', 'l', 'e')] }),
    ).toBe('a.json: 1 lỗi / errors');
    expect(
      reportLines('a.json', { ok: false, problems: [packError('e', 'id', 'l', 'e')] }),
    ).toEqual(['a.json: id: l / e', 'a.json: 1 lỗi / errors']);
  });
});

describe('npm run pack:check', () => {
  it('exits 0 for valid packs of every kind', async () => {
    const result = await packCheck('assets/packs/example/pack.json', 'docs/examples/cau-hoi.csv');
    expect(result.stdout.trim().split('\n')).toEqual([
      'assets/packs/example/pack.json: hợp lệ / valid (0 cảnh báo / warnings)',
      'docs/examples/cau-hoi.csv: hợp lệ / valid (0 cảnh báo / warnings)',
    ]);
    expect(result.code).toBe(0);
  });

  it('exits 1 when any pack is invalid, and still checks the others', async () => {
    const broken = 'tests/content/fixtures/invalid/json-syntax.json';
    const result = await packCheck(broken, 'assets/packs/example/pack.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${broken}: Lỗi cú pháp JSON ở dòng 7, cột 3`);
    expect(result.stdout).toContain(`${broken}: 1 lỗi / errors`);
    expect(result.stdout).toContain('assets/packs/example/pack.json: hợp lệ / valid');
  });

  it('exits 2 with the usage for no files or an unknown option', async () => {
    const none = await packCheck();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('npm run pack:check -- <tệp / file>');
    expect((await packCheck('--strict', 'a.json')).code).toBe(2);
  });

  it('prints no character from a pack that a terminal would act on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-check-'));
    const pack = JSON.parse(
      readFileSync(resolve(REPO_ROOT, 'tests/content/fixtures/valid/quiz-only.json'), 'utf8'),
    ) as Record<string, unknown>;
    const clear = '\u001b[2J\u001b[H\u001b[1;32mhợp lệ / valid\u001b[0m';
    const clipboard = '\u001b]52;c;cm0gLXJmIH4=\u0007';
    pack[`${clear}${clipboard}\u009b31m`] = 1;
    pack.format = `\u202etxt.exe\u2066${clear}`;
    const file = join(dir, `x\u001b[2J.json`);
    writeFileSync(file, JSON.stringify(pack));
    const result = await packCheck(file);
    expect(result.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e\u2066]/);
    expect(result.stdout).toContain('\\u{001b}[2J');
    expect(result.stdout).toContain('\\u{001b}]52;c;');
    expect(result.stdout).toContain('\\u{202e}');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/: 2 lỗi \/ errors$/);
  });

  /** A JSON pack in a fresh folder whose picture art/khong-co.svg `makePicture` puts there. */
  function packWithPicture(makePicture: (path: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'pack-check-'));
    mkdirSync(join(dir, 'art'));
    const file = join(dir, 'pack.json');
    copyFileSync(resolve(REPO_ROOT, 'tests/content/fixtures/invalid/missing-picture.json'), file);
    makePicture(join(dir, 'art', 'khong-co.svg'));
    return file;
  }

  it.each<[string, (path: string) => void, string]>([
    [
      'a link to /dev/zero',
      (path) => {
        symlinkSync('/dev/zero', path);
      },
      'file-not-regular',
    ],
    [
      'a pipe',
      (path) => {
        execFileSync('mkfifo', [path]);
      },
      'file-not-regular',
    ],
    [
      'a folder',
      (path) => {
        mkdirSync(path);
      },
      'file-not-regular',
    ],
    [
      'a 3 GB file',
      (path) => {
        writeFileSync(path, '');
        truncateSync(path, 3 * 2 ** 30);
      },
      '3072 MiB',
    ],
    [
      'a 7 MB file, as a zip would refuse it',
      (path) => {
        writeFileSync(path, Buffer.alloc(7e6, 32));
      },
      '6.7 MiB',
    ],
  ])('refuses a picture that is %s, naming it, without hanging', async (_what, make, word) => {
    const file = packWithPicture(make);
    const started = performance.now();
    const result = await packCheck(file);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.code).toBe(1);
    const line = result.stdout.split('\n').find((l) => l.includes(': art/khong-co.svg: '));
    expect(line).toContain(word === 'file-not-regular' ? 'không phải một tệp bình thường' : word);
    expect(line).toContain(
      word === 'file-not-regular' ? 'is not an ordinary file' : 'the limit for one file is 5 MiB',
    );
    expect(result.stdout).not.toContain('khong-co.svg: Không thấy tệp');
  });

  it('refuses a pack file that is a link to /dev/zero or a pipe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-check-'));
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    execFileSync('mkfifo', [join(dir, 'pipe.zip')]);
    const result = await packCheck(join(dir, 'zero.json'), join(dir, 'pipe.zip'));
    expect(result.code).toBe(1);
    expect(result.stdout.match(/is not an ordinary file/g)).toHaveLength(2);
  });
}, 30_000);

describe('npm run pack:csv', () => {
  it('writes the pack to the file after -o, and nothing of npm’s own into it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-csv-'));
    const out = join(dir, 'pack.json');
    await run(
      'npm',
      ['run', 'pack:csv', '--', 'tests/content/fixtures/csv/hai-cau.csv', '-o', out],
      {
        cwd: REPO_ROOT,
      },
    );
    const pack = JSON.parse(readFileSync(out, 'utf8')) as { id: string };
    expect(pack.id).toBe('hai-cau');
    const check = await packCheck(out);
    expect(check.stdout).toContain(`${out}: hợp lệ / valid`);
  });
}, 30_000);
