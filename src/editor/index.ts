import exampleCsv from '../../docs/examples/cau-hoi.csv?raw';
import { usePack } from '../shared/packs/pack-in-play';
import type { PackFile } from '../content/pack-types';
import { questionSheet, templateSheets } from '../content/sheet-out';
import { writeSheetsXlsx, XLSX_MIME } from '../content/xlsx-write';
import type { Services } from '../shared/services';
import { GLYPH_CODES } from '../shared/packs/bundled-assets';
import { packText } from '../shared/i18n';
import { DEFAULT_PACK_FILES } from '../shared/packs/default-pack';
import { newDraft, toBase64, type Draft, type DraftFile } from './draft';
import { looksOf, portraitPath } from './skit-json';
import { exportDraft, type ExportKind } from './draft-check';
import { EditorPage } from './editor-page';
import { w } from './words';
import { downloadBlob } from '../shared/ui/download';
import './editor.css';

/**
 * "Soạn gói": the pack editor, loaded only when the menu's button is pressed. The draft is kept
 * in the device's store under its own key after every change (a reload or a closed tab loses
 * nothing), never among the published packs; it becomes a pack only through export, or "Add to
 * my packs", which goes through the loader like any file opened in the game.
 */

export const DRAFT_KEY = 'dhbc.editor.draft';

function loadDraft(services: Services): Draft {
  const raw = services.store.get(DRAFT_KEY);
  if (raw === null) return newDraft();
  try {
    const parsed = JSON.parse(raw) as Partial<Draft>;
    if (!Array.isArray(parsed.questions) || typeof parsed.id !== 'string') return newDraft();
    return { ...newDraft(), ...parsed };
  } catch {
    return newDraft();
  }
}

function download(name: string, bytes: Uint8Array<ArrayBuffer>, type: string): void {
  downloadBlob(name, new Blob([bytes], { type }));
}

async function readPackFile(file: PackFile): Promise<Uint8Array | null> {
  if (file.kind === 'bytes') return file.bytes;
  try {
    const response = await fetch(file.url);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/** The built-in characters' looks: the default pack's portraits, by character and mood. */
const LOOKS = looksOf(DEFAULT_PACK_FILES.keys());

/** The game's own skit backgrounds: the default pack's, by id. */
const BACKGROUNDS = [...DEFAULT_PACK_FILES.keys()].flatMap((path) => {
  const id = /^backgrounds\/([a-z0-9-]+)\.svg$/.exec(path)?.[1];
  return id ? [id] : [];
});

/** One of the game's own files as a draft file (no network needed). */
async function builtInFile(path: string): Promise<DraftFile | null> {
  const file = DEFAULT_PACK_FILES.get(path);
  const bytes = file ? await readPackFile(file) : null;
  return file && bytes ? { mime: file.mime, data: toBase64(bytes) } : null;
}

/** A look's drawings as draft files, read from the game's own files. */
async function lookFiles(look: string): Promise<Record<string, DraftFile>> {
  const out: Record<string, DraftFile> = {};
  for (const mood of LOOKS.get(look) ?? []) {
    const path = portraitPath(look, mood);
    const file = await builtInFile(path);
    if (file) out[path] = file;
  }
  return out;
}

let open: EditorPage | null = null;

/** Opens the editor over the menu; `onClosed` runs when it closes. */
export function openEditor(services: Services, onClosed: () => void): void {
  if (open) return;
  const env = { glyphCodes: GLYPH_CODES };
  const say = (text: string): void => {
    page.say(text);
  };
  const close = (): void => {
    page.root.remove();
    open = null;
    onClosed();
  };
  /** The draft exported, or its problems said (a pack with errors is not exported). */
  const exported = async (draft: Draft, kind: ExportKind) => {
    const out = await exportDraft(draft, kind, env);
    if (!out.ok) say(w('hasErrors'));
    return out.ok ? out : null;
  };
  const save = (draft: Draft): void => {
    services.store.set(DRAFT_KEY, JSON.stringify(draft));
  };
  const page: EditorPage = new EditorPage(loadDraft(services), {
    env,
    save,
    close,
    announce: (text) => {
      services.announcer.say(text);
    },
    packChoices: async () => (await import('./pack-choices')).packChoices(services, readPackFile)(),
    looks: LOOKS,
    lookFiles,
    builtInBackgrounds: BACKGROUNDS,
    builtInFile,
    playSkitFrom: services.playSkitFrom
      ? (draft, nodeId) =>
          void exported(draft, 'zip').then((out) => {
            const play = services.playSkitFrom;
            if (!out || !play) return;
            page.root.hidden = true;
            play(out.result.pack, nodeId, () => {
              page.root.hidden = false;
              document.getElementById('editor-play-from-here')?.focus();
            });
          })
      : null,
    actions: [
      {
        id: 'export-zip',
        label: 'exportZip',
        run: (draft) =>
          void exported(draft, 'zip').then((out) => {
            if (!out) return;
            download(out.fileName, out.bytes, out.mime);
            say(w('downloaded', { name: out.fileName }));
          }),
      },
      {
        id: 'export-json',
        label: 'exportJson',
        run: (draft) =>
          void exported(draft, 'json').then((out) => {
            if (!out) return;
            download(out.fileName, out.bytes, out.mime);
            say(w('downloaded', { name: out.fileName }));
          }),
      },
      {
        id: 'export-xlsx',
        label: 'exportXlsx',
        run: (draft) =>
          void exported(draft, 'zip').then(async (out) => {
            if (!out) return;
            const name = out.fileName.replace(/\.zip$/, '.xlsx');
            download(name, await writeSheetsXlsx([questionSheet(out.result.pack)]), XLSX_MIME);
            say(w('downloaded', { name }));
          }),
      },
      {
        id: 'template',
        label: 'template',
        run: () =>
          void writeSheetsXlsx(templateSheets(exampleCsv)).then((bytes) => {
            download('mau-goi.xlsx', bytes, XLSX_MIME);
            say(w('downloaded', { name: 'mau-goi.xlsx' }));
          }),
      },
      ...(typeof navigator.share === 'function'
        ? [
            {
              id: 'share',
              label: 'share' as const,
              run: (draft: Draft) =>
                void exported(draft, 'zip').then(async (out) => {
                  if (!out) return;
                  const file = new File([out.bytes], out.fileName, { type: out.mime });
                  if ('canShare' in navigator && !navigator.canShare({ files: [file] })) {
                    download(out.fileName, out.bytes, out.mime);
                    return;
                  }
                  await navigator
                    .share({ files: [file], title: out.fileName })
                    .catch(() => undefined);
                }),
            },
          ]
        : []),
      {
        id: 'keep',
        label: 'keep',
        run: (draft) =>
          void exported(draft, 'zip').then(async (out) => {
            if (!out) return;
            const outcome = await services.library.keep(
              out.result.pack,
              out.bytes,
              out.fileName,
              Date.now(),
            );
            const title = packText(out.result.pack.title);
            const kept = outcome !== 'not-kept';
            if (kept) usePack(services, out.result.pack);
            say(kept ? w('kept', { title }) : w('notKept'));
          }),
      },
    ],
  });
  open = page;
  (document.getElementById('ui-layer') ?? document.body).append(page.root);
  page.root.querySelector<HTMLInputElement>('#editor-answer')?.focus();
}
