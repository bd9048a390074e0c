import { constants, readdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPackFile } from '../../src/content/open-pack';
import type { PackResult, ValidateEnv } from '../../src/content/validate';
import type { ReadPackFile, UnreadFile } from '../../src/content/load';
import { PACK_LIMITS } from '../../src/content/limits';
import { fileTooLarge, packError } from '../../src/content/problems';

/**
 * Loading packs from disk with the game's own loaders, for the command line and the tests:
 * a .json pack reads its pictures from beside it, a .zip carries them, a .csv is converted.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bundled emoji glyphs a rebus may use: the file names in assets/emoji/svg, without ".svg". */
export function readGlyphCodes(root: string = REPO_ROOT): Set<string> {
  const dir = resolve(root, 'assets', 'emoji', 'svg');
  return new Set(
    readdirSync(dir)
      .filter((name) => name.endsWith('.svg'))
      .map((name) => name.slice(0, -'.svg'.length)),
  );
}

export function diskEnv(root: string = REPO_ROOT): ValidateEnv {
  return { glyphCodes: readGlyphCodes(root) };
}

/**
 * Reads a plain file of at most `limit` bytes. Opened without waiting (a pipe does not hang
 * it), then looked at through the open handle (what is read is what was looked at): a folder, a
 * device such as /dev/zero, a pipe or a socket is `not-a-file`; a larger file is `too-large`
 * and none of it is read. Null when there is nothing to open.
 */
export async function readPlainFile(
  path: string,
  limit: number,
): Promise<Uint8Array | UnreadFile | null> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { unread: 'not-a-file', size: 0 };
    if (stat.size > limit) return { unread: 'too-large', size: stat.size };
    const bytes = new Uint8Array(stat.size);
    let at = 0;
    while (at < bytes.length) {
      const { bytesRead } = await handle.read(bytes, at, bytes.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * Reads a pack's files from the folder it sits in, by the limits a zip's files have. A path
 * that would leave the folder is answered as missing (the schema already refuses such paths;
 * this is the second lock).
 */
export function folderReader(folder: string): ReadPackFile {
  const root = resolve(folder);
  return async (path) => {
    const target = resolve(root, path);
    const inside = relative(root, target);
    if (inside === '' || inside.startsWith('..') || inside.startsWith(sep)) return null;
    return readPlainFile(target, PACK_LIMITS.maxZipEntryBytes);
  };
}

/** Loads one pack file (.json, .zip, .csv or .xlsx) by the game's rules. */
export async function loadPackFile(file: string, env: ValidateEnv): Promise<PackResult> {
  const read = await readPlainFile(file, PACK_LIMITS.maxFileBytes);
  if (read === null) {
    return {
      ok: false,
      problems: [
        packError('file-missing', '', 'Không đọc được tệp này.', 'This file cannot be read.'),
      ],
    };
  }
  if (!(read instanceof Uint8Array)) {
    const problem =
      read.unread === 'too-large'
        ? fileTooLarge(read.size)
        : packError(
            'file-not-regular',
            '',
            'Đây không phải một tệp bình thường (mà là thư mục, thiết bị, ống dẫn hoặc liên kết tới chúng).',
            'This is not an ordinary file (it is a folder, a device, a pipe or a link to one).',
          );
    return { ok: false, problems: [problem] };
  }
  return openPackFile(read, file, folderReader(dirname(resolve(file))), env);
}
