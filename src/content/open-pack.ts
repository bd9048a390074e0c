import { isCsvName, loadCsvPack, packIdFromFileName, packTitleFromFileName } from './csv';
import { isZip, loadJsonPack, loadZipPack, type ReadPackFile } from './load';
import type { PackResult, ValidateEnv } from './validate';
import { isXlsxName, loadXlsxPack } from './xlsx';

/** The end-of-archive signature every zip ends with (a comment of up to 64 KiB may follow). */
function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6)
      return true;
  }
  return false;
}

/**
 * A zip by its first bytes, by its name (an empty or damaged .zip is told so, not blamed on
 * JSON), or by the end every zip has (a zip with something before it).
 */
function looksLikeZip(bytes: Uint8Array, fileName: string): boolean {
  return isZip(bytes) || /\.zip$/i.test(fileName) || hasZipEnd(bytes);
}

/**
 * Opens a pack file of any kind the game takes, by one rule wherever it comes from (the file
 * picker, a dropped file, the device's kept packs, the command line): an .xlsx question sheet by
 * its name, a zip by its first bytes whatever its name, a CSV question sheet by its name (its id and title taken from that
 * name), and anything else is read as pack JSON. `readFile` fetches a file a JSON or CSV pack refers to by
 * its path beside the pack, or answers null (a file picked alone has nothing beside it).
 */
export function openPackFile(
  bytes: Uint8Array,
  fileName: string,
  readFile: ReadPackFile,
  env: ValidateEnv,
): Promise<PackResult> {
  const id = packIdFromFileName(fileName);
  const title = packTitleFromFileName(fileName);
  const meta = { ...(id === undefined ? {} : { id }), ...(title === undefined ? {} : { title }) };
  // An .xlsx is a zip too: told by its name first, and read as a question sheet.
  if (isXlsxName(fileName)) return loadXlsxPack(bytes, readFile, env, meta);
  if (looksLikeZip(bytes, fileName)) return loadZipPack(bytes, env);
  if (isCsvName(fileName)) return loadCsvPack(bytes, readFile, env, meta);
  return loadJsonPack(bytes, readFile, env);
}
