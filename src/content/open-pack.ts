import { isCsvName, loadCsvPack, packIdFromFileName, packTitleFromFileName } from './csv';
import { isZip, loadJsonPack, loadZipPack } from './load';
import type { PackResult, ValidateEnv } from './validate';
import { isXlsxName, loadXlsxPack } from './xlsx';

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
  readFile: (path: string) => Promise<Uint8Array | null>,
  env: ValidateEnv,
): Promise<PackResult> {
  const id = packIdFromFileName(fileName);
  const title = packTitleFromFileName(fileName);
  const meta = { ...(id === undefined ? {} : { id }), ...(title === undefined ? {} : { title }) };
  // An .xlsx is a zip too: told by its name first, and read as a question sheet.
  if (isXlsxName(fileName)) return loadXlsxPack(bytes, readFile, env, meta);
  if (isZip(bytes)) return loadZipPack(bytes, env);
  if (isCsvName(fileName)) return loadCsvPack(bytes, readFile, env, meta);
  return loadJsonPack(bytes, readFile, env);
}
