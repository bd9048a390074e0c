import { toBase64, type DraftFile } from './draft';
import { el } from './editor-dom';
import { currentLang } from '../shared/i18n';
import { conditionField, firstCondition } from './skit-conditions';
import { actionButton, helpText, selectField } from './skit-fields';
import { updateNode, type DraftBranch, type DraftNode, type DraftSkit } from './skit-model';
import type { SkitFormHost } from './skit-choices';
import { w } from './words';
import './skit-scene.css';

/**
 * The scenes of a skit (backgrounds: the game's own or uploaded pictures) and the jump node's
 * branches: a jump shows nothing, and goes to the first branch whose condition holds.
 */

export interface SceneHost {
  readonly skitNow: () => DraftSkit;
  readonly setAndRender: (skit: DraftSkit) => void;
  /** The game's own backgrounds, by id ("home", "cafe"). */
  readonly builtInBackgrounds: readonly string[];
  readonly builtInFile: (path: string) => Promise<DraftFile | null>;
  /** Adds pictures to the draft together with a change of the skit (one undo step). */
  readonly addFiles: (files: Record<string, DraftFile>, skit: DraftSkit) => void;
  /** The draft's file paths (an upload is given a free one). */
  readonly filePaths: () => readonly string[];
  readonly say: (text: string) => void;
}

export const builtInBackgroundPath = (id: string): string => `backgrounds/${id}.svg`;

/** Adds the game's background `id` to the skit (its picture copied in); `then` changes more. */
async function addBuiltIn(
  host: SceneHost,
  id: string,
  then: (skit: DraftSkit) => DraftSkit = (s) => s,
): Promise<void> {
  const path = builtInBackgroundPath(id);
  const file = await host.builtInFile(path);
  if (!file) return;
  const skit = host.skitNow();
  host.addFiles(
    { [path]: file },
    then({ ...skit, backgrounds: { ...(skit.backgrounds ?? {}), [id]: path } }),
  );
}

/** The scene a line, narration or choice changes to. */
export function backgroundField(node: DraftNode, host: SceneHost): HTMLElement {
  const skit = host.skitNow();
  const own = Object.keys(skit.backgrounds ?? {});
  const options: (readonly [string, string])[] = [
    ['', w('backgroundKeep')],
    ...own.map((b) => [b, b] as const),
    ...host.builtInBackgrounds
      .filter((b) => !own.includes(b))
      .map((b) => [`+${b}`, w('newBackground', { name: b })] as const),
  ];
  return selectField('node-background', w('background'), options, node.background ?? '', (v) => {
    if (v.startsWith('+'))
      void addBuiltIn(host, v.slice(1), (s) => updateNode(s, node.id, { background: v.slice(1) }));
    else host.setAndRender(updateNode(host.skitNow(), node.id, { background: v }));
  });
}

/** The skit's backgrounds: each removable, more from the game's own or uploaded. */
export function backgroundsForm(host: SceneHost): HTMLElement {
  const skit = host.skitNow();
  const backgrounds = skit.backgrounds ?? {};
  const box = el(
    'fieldset',
    { className: 'editor-question', id: 'editor-backgrounds' },
    el('legend', { textContent: w('backgrounds') }),
    helpText(w('backgroundsHelp')),
    el('ul', { className: 'editor-field-problems', id: 'editor-backgrounds-problems' }),
  );
  const list = el('ul', { className: 'editor-background-list' });
  for (const [id, path] of Object.entries(backgrounds)) {
    list.append(
      el(
        'li',
        {},
        el('span', { textContent: `${id} (${path})` }),
        actionButton(`background-${id}-remove`, w('removeBackground', { name: id }), () => {
          const rest = Object.entries(backgrounds).filter(([b]) => b !== id);
          host.setAndRender({ ...host.skitNow(), backgrounds: Object.fromEntries(rest) });
        }),
      ),
    );
  }
  box.append(list);
  const free = host.builtInBackgrounds.filter((b) => !(b in backgrounds));
  box.append(
    selectField(
      'add-background',
      w('addBackground'),
      [['', w('none')], ...free.map((b) => [b, b] as const)],
      '',
      (v) => {
        if (v !== '') void addBuiltIn(host, v);
      },
    ),
  );
  const upload = el('input', { type: 'file', id: 'editor-upload-background' });
  upload.accept = '.svg,.png,.jpg,.jpeg,.webp';
  upload.addEventListener('change', () => {
    const file = upload.files?.[0];
    upload.value = '';
    if (file) void uploadBackground(file, host);
  });
  box.append(
    el(
      'div',
      { className: 'editor-field' },
      el('label', { htmlFor: upload.id, textContent: w('uploadBackground') }),
      upload,
    ),
  );
  return box;
}

async function uploadBackground(file: File, host: SceneHost): Promise<void> {
  const { preparePicture } = await import('./picture-upload');
  const up = await preparePicture(file, new Set(host.filePaths()));
  if (!up.ok) {
    const first = up.problems[0];
    host.say(
      w('pictureRefused', { why: first ? (currentLang() === 'en' ? first.en : first.vi) : '' }),
    );
    return;
  }
  const skit = host.skitNow();
  const taken = skit.backgrounds ?? {};
  const base = /([^/]+)\.[a-z]+$/.exec(up.path)?.[1] ?? 'canh-nen';
  let id = base;
  for (let n = 2; id in taken; n++) id = `${base}-${n}`;
  host.addFiles(
    { [up.path]: { mime: up.mime, data: toBase64(up.bytes) } },
    { ...skit, backgrounds: { ...taken, [id]: up.path } },
  );
}

/** A jump's branches, in order, and where it goes when none holds. */
export function jumpBox(node: DraftNode, host: SkitFormHost): HTMLElement {
  const id = node.id;
  const skit = host.skitNow();
  const branchesNow = (): readonly DraftBranch[] =>
    host.skitNow().nodes.find((n) => n.id === id)?.branches ?? [];
  const withBranches = (s: DraftSkit, branches: readonly DraftBranch[]) =>
    updateNode(s, id, { branches });
  const box = el(
    'fieldset',
    { className: 'editor-choices' },
    el('legend', { textContent: w('branches') }),
    helpText(w('jumpHelp')),
  );
  (node.branches ?? []).forEach((b, j) => {
    const p = `branch-${j}`;
    const put = (patch: Partial<DraftBranch>) =>
      withBranches(
        host.skitNow(),
        branchesNow().map((x, k) => (k === j ? { ...x, ...patch } : x)),
      );
    box.append(
      el(
        'fieldset',
        { className: 'editor-choice' },
        el('legend', { textContent: w('branch', { n: j + 1 }) }),
        conditionField(
          p,
          w('branchWhen'),
          () => branchesNow()[j]?.condition ?? null,
          true,
          skit,
          (condition, typed) => {
            if (!condition) return;
            if (typed) host.set(put({ condition }), `${id}.${typed}`);
            else host.setAndRender(put({ condition }));
          },
        ),
        host.targetField(`${p}-next`, w('branchNext'), b.next, (target, s) =>
          withBranches(
            s,
            (s.nodes.find((n) => n.id === id)?.branches ?? []).map((x, k) =>
              k === j ? { ...x, next: target } : x,
            ),
          ),
        ),
        actionButton(`${p}-remove`, w('removeBranch', { n: j + 1 }), () => {
          host.setAndRender(
            withBranches(
              host.skitNow(),
              branchesNow().filter((_, k) => k !== j),
            ),
          );
        }),
      ),
    );
  });
  box.append(
    actionButton('add-branch', w('addBranch'), () => {
      host.setAndRender(
        withBranches(host.skitNow(), [
          ...branchesNow(),
          { condition: firstCondition(skit), next: '' },
        ]),
      );
    }),
    host.targetField('node-next', w('elseNext'), node.next, (target, s) =>
      updateNode(s, id, { next: target }),
    ),
  );
  return box;
}
