import * as v from 'valibot';
import { hashBytes, hashBytesPaused, hashText } from './hash';
import { ALLOWED_FILE_TYPES, PACK_LIMITS, type AllowedExtension } from './limits';
import type { PackFile } from './pack-types';
import { checkPackFile } from './file-checks';
import { fileTooLarge, formatBytes, packError, type PackProblem } from './problems';
import { scanJson } from './json-scan';
import { PackSchema, type PackJson, type PictureJson } from './schema';
import { validatePackShape, validatePackText, type PackResult, type ValidateEnv } from './validate';
import { PACK_JSON_NAME, Turns, unzipPack } from './zip';

/**
 * The loaders every source shares: bytes of a .json or .zip in, a PackResult out. Where the
 * pack's files come from (a zip, the same web origin, a folder on disk) is the caller's
 * `readFile`; the rules are the same for all.
 */

/** A file a reader would not read: not a plain file (a folder, a device, a pipe), or too large. */
export interface UnreadFile {
  readonly unread: 'not-a-file' | 'too-large';
  readonly size: number;
}

/** Reads a file beside a pack by its path; null when it is not there. */
export type ReadPackFile = (path: string) => Promise<Uint8Array | UnreadFile | null>;

/**
 * The problem for a file beside a pack that is not read: not a plain file, or over the limit a
 * file inside a zip has (PACK_LIMITS.maxZipEntryBytes), whichever way the pack arrives.
 */
export function unreadFileProblem(path: string, unread: UnreadFile): PackProblem {
  if (unread.unread === 'not-a-file') {
    return packError(
      'file-not-regular',
      path,
      `"${path}" không phải một tệp bình thường (mà là thư mục, thiết bị, ống dẫn hoặc liên kết tới chúng). Hãy đặt đúng tệp ảnh hoặc âm thanh vào chỗ này.`,
      `"${path}" is not an ordinary file (it is a folder, a device, a pipe or a link to one). Put the right picture or sound file in its place.`,
    );
  }
  const max = formatBytes(PACK_LIMITS.maxZipEntryBytes);
  return packError(
    'file-too-large',
    path,
    `Tệp "${path}" lớn ${formatBytes(unread.size)}, tối đa cho mỗi tệp là ${max}. Hãy thu nhỏ tệp này (ảnh nhỏ hơn, âm thanh ngắn hơn).`,
    `"${path}" is ${formatBytes(unread.size)}, the limit for one file is ${max}. Make this file smaller (a smaller picture, a shorter sound).`,
  );
}

/** Every file a pack refers to: question and key pictures, portraits, backgrounds. */
export function referencedFiles(pack: PackJson): string[] {
  const out = new Set<string>();
  const picture = (p: PictureJson): void => {
    if ('file' in p) out.add(p.file);
  };
  pack.quiz?.questions.forEach((q) => {
    picture(q.picture);
  });
  if (pack.keyPicture) picture(pack.keyPicture.picture);
  for (const c of pack.skit?.characters ?? [])
    Object.values(c.portraits).forEach((f) => out.add(f));
  Object.values(pack.skit?.backgrounds ?? {}).forEach((f) => out.add(f));
  return [...out];
}

export function mimeOf(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return ext in ALLOWED_FILE_TYPES
    ? ALLOWED_FILE_TYPES[ext as AllowedExtension]
    : 'application/octet-stream';
}

function refused(problem: PackProblem): PackResult {
  return { ok: false, problems: [problem] };
}

function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const NOT_UTF8: PackProblem = packError(
  'not-utf8',
  '',
  'Tệp không phải văn bản UTF-8. Hãy lưu lại tệp với bảng mã UTF-8.',
  'The file is not UTF-8 text. Save it again with the UTF-8 encoding.',
);

/**
 * Loads a .zip pack: pack.json at its root, every file it refers to inside it. `unzipPack`
 * holds every rule about the zip and its files (sizes, names, types, contents, a pack.json at
 * the root); what it hands back is checked here only as a pack.
 */
export async function loadZipPack(bytes: Uint8Array, env: ValidateEnv): Promise<PackResult> {
  const unzipped = await unzipPack(bytes);
  if (!unzipped.ok) return { ok: false, problems: unzipped.problems };
  const files = new Map<string, PackFile>();
  for (const [name, data] of unzipped.files) {
    if (name !== PACK_JSON_NAME)
      files.set(name, { kind: 'bytes', bytes: data, mime: mimeOf(name) });
  }
  const jsonBytes = unzipped.files.get(PACK_JSON_NAME);
  if (!jsonBytes) throw new Error('unzipPack accepted a zip without pack.json');
  const text = decodeText(jsonBytes);
  if (text === null) return refused(NOT_UTF8);
  // A zip pack is told apart by the whole zip: its pictures are part of it. Tens of MiB take a
  // while to hash, so the page gets its turns meanwhile.
  const turns = new Turns();
  const hash = await hashBytesPaused(bytes, () => turns.maybeYield());
  return validatePackText(text, files, env, () => hash);
}

/**
 * Loads a .json pack whose files sit beside it (the same web origin, or a folder on disk):
 * `readFile` fetches one by its path relative to the pack, or answers null when it is missing.
 */
export async function loadJsonPack(
  bytes: Uint8Array,
  readFile: ReadPackFile,
  env: ValidateEnv,
): Promise<PackResult> {
  if (bytes.length > PACK_LIMITS.maxFileBytes) return refused(fileTooLarge(bytes.length));
  const text = decodeText(bytes);
  if (text === null) return refused(NOT_UTF8);
  if (bytes.length > PACK_LIMITS.maxJsonBytes) return validatePackText(text, new Map(), env);
  // Only a pack whose shape is right can say which files it needs.
  const scanned = scanJson(text);
  const shape = scanned.ok ? v.safeParse(PackSchema, scanned.value, { abortEarly: false }) : null;
  if (!scanned.ok || !shape?.success) return validatePackText(text, new Map(), env);
  const files = new Map<string, PackFile>();
  const fileProblems: PackProblem[] = [];
  let total = 0;
  for (const path of referencedFiles(shape.output)) {
    const read = await readFile(path);
    if (read === null) continue; // reported as missing-file by pass two
    if (!(read instanceof Uint8Array) || read.length > PACK_LIMITS.maxZipEntryBytes) {
      const unread: UnreadFile =
        read instanceof Uint8Array ? { unread: 'too-large', size: read.length } : read;
      // Kept as an empty file, so pass two does not call it missing as well.
      fileProblems.push(unreadFileProblem(path, unread));
      files.set(path, { kind: 'bytes', bytes: new Uint8Array(0), mime: mimeOf(path) });
      continue;
    }
    const data = read;
    total += data.length;
    if (total > PACK_LIMITS.maxZipTotalBytes) return refused(filesTooLarge());
    // Files beside a JSON pack pass the same checks as the files in a zip (see unzipPack).
    fileProblems.push(...checkPackFile(path, data));
    files.set(path, { kind: 'bytes', bytes: data, mime: mimeOf(path) });
  }
  const hash = hashText(
    text + [...files.values()].map((f) => (f.kind === 'bytes' ? hashBytes(f.bytes) : '')).join(''),
  );
  const result = validatePackShape(shape.output, files, env, hash);
  if (!fileProblems.some((p) => p.severity === 'error')) return result;
  return {
    ok: false,
    problems: [...fileProblems, ...(result.ok ? result.warnings : result.problems)],
  };
}

function filesTooLarge(): PackProblem {
  const max = formatBytes(PACK_LIMITS.maxZipTotalBytes);
  return packError(
    'file-too-large',
    '',
    `Các tệp ảnh và âm thanh của gói cộng lại lớn hơn ${max}, tối đa là ${max}. Hãy bỏ bớt hoặc thu nhỏ ảnh và âm thanh.`,
    `The pack's pictures and sounds add up to more than ${max}, the limit is ${max}. Take some out, or make them smaller.`,
  );
}

/** Tells a zip from JSON by its first bytes ("PK"), whatever the file is called. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}
