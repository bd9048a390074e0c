import { isCsvName, loadCsvPack, packIdFromFileName, packTitleFromFileName } from './csv';
import { isZip, loadJsonPack, loadZipPack, type ReadPackFile } from './load';
import type { PackResult, ValidateEnv } from './validate';

/**
 * Opens a pack file of any kind the game takes, by one rule wherever it comes from (the file
 * picker, a dropped file, the device's kept packs, the command line): a zip is told by its first
 * bytes whatever its name, a CSV question sheet by its name (its id and title taken from that
 * name), and anything else is read as pack JSON. `readFile` fetches a file a JSON or CSV pack refers to by
 * its path beside the pack, or answers null (a file picked alone has nothing beside it).
 */
export function openPackFile(
  bytes: Uint8Array,
  fileName: string,
  readFile: ReadPackFile,
  env: ValidateEnv,
): Promise<PackResult> {
  if (isZip(bytes)) return loadZipPack(bytes, env);
  if (isCsvName(fileName)) {
    const id = packIdFromFileName(fileName);
    const title = packTitleFromFileName(fileName);
    return loadCsvPack(bytes, readFile, env, {
      ...(id === undefined ? {} : { id }),
      ...(title === undefined ? {} : { title }),
    });
  }
  return loadJsonPack(bytes, readFile, env);
}
