import { zipSync } from 'fflate';
import { loadJsonPack, loadZipPack } from '../content/load';
import { packError, type PackProblem } from '../content/problems';
import type { PackResult, ValidateEnv } from '../content/validate';
import { draftToPackJson, slug, usedFiles, type Draft } from './draft';

/**
 * Checks and exports a draft with the loader itself: the draft becomes pack JSON (and a zip with
 * its pictures), and that is loaded exactly as a file opened in the game is. One validator, so a
 * problem shown in the editor is the problem the game would refuse the pack for, and an export
 * the editor allows is a pack the game opens.
 */

export type ExportKind = 'zip' | 'json';

export type DraftExport =
  | {
      readonly ok: true;
      readonly result: Extract<PackResult, { ok: true }>;
      readonly bytes: Uint8Array<ArrayBuffer>;
      readonly fileName: string;
      readonly mime: string;
    }
  | { readonly ok: false; readonly problems: readonly PackProblem[] };

function packJsonBytes(draft: Draft): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${JSON.stringify(draftToPackJson(draft), null, 2)}\n`);
}

/** The draft's problems, as the loader finds them (pictures read from the draft). */
export async function checkDraft(draft: Draft, env: ValidateEnv): Promise<PackResult> {
  const files = usedFiles(draft);
  return loadJsonPack(
    packJsonBytes(draft),
    (path) => Promise.resolve(files.get(path) ?? null),
    env,
  );
}

/** The draft as a .zip (pack.json and its pictures) or a .json, once the loader accepts it. */
export async function exportDraft(
  draft: Draft,
  kind: ExportKind,
  env: ValidateEnv,
): Promise<DraftExport> {
  const files = usedFiles(draft);
  const json = packJsonBytes(draft);
  const base = slug(draft.id, 64) || 'goi';
  if (kind === 'json') {
    if (files.size > 0) {
      return {
        ok: false,
        problems: [
          packError(
            'editor-json-with-pictures',
            '',
            'Gói có hình tải lên: hãy xuất tệp .zip để mang hình theo (tệp .json không chứa hình).',
            'The pack has uploaded pictures: export a .zip to carry them (a .json file holds no pictures).',
          ),
        ],
      };
    }
    const result = await loadJsonPack(json, () => Promise.resolve(null), env);
    return result.ok
      ? { ok: true, result, bytes: json, fileName: `${base}.json`, mime: 'application/json' }
      : { ok: false, problems: result.problems };
  }
  const entries: Record<string, Uint8Array> = { 'pack.json': json };
  for (const [path, bytes] of files) entries[path] = bytes;
  // Pictures are packed already; deflating them again gains nothing.
  const zip = zipSync(entries, { level: 6 });
  const bytes = new Uint8Array(zip.length);
  bytes.set(zip);
  const result = await loadZipPack(bytes, env);
  return result.ok
    ? { ok: true, result, bytes, fileName: `${base}.zip`, mime: 'application/zip' }
    : { ok: false, problems: result.problems };
}

const QUESTION_PLACE = /^quiz\.questions\[(\d+)\](?:\.(.+))?$/;

/** Which question (index) and field a problem's place points at, if any. */
export function problemTarget(place: string): { question: number; field: string } | null {
  const match = QUESTION_PLACE.exec(place);
  if (!match) return null;
  return { question: Number(match[1]), field: match[2] ?? '' };
}
