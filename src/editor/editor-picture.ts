import { currentLang } from '../shared/i18n';
import { toBase64, type Draft, type DraftQuestion } from './draft';
import { el } from './editor-dom';
import { glyphSearch } from './editor-preview';
import { w } from './words';

/** A question's picture in the form: the rebus and its glyph search, or an uploaded picture. */

export interface PicturePage {
  readonly draft: () => Draft;
  readonly selected: number;
  readonly textInput: (
    id: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
  ) => HTMLElement;
  readonly updateQuestion: (patch: Partial<DraftQuestion>, field: string) => void;
  readonly change: (next: Draft) => void;
  readonly render: () => void;
  readonly say: (text: string) => void;
}

export function pictureFields(q: DraftQuestion, page: PicturePage): HTMLElement {
  const box = el(
    'fieldset',
    { className: 'editor-picture' },
    el('legend', { textContent: w('picture') }),
  );
  const rebus = page.textInput('rebus', w('rebus'), q.rebus, (v) => {
    page.updateQuestion({ rebus: v, file: '' }, 'rebus');
  });
  box.append(rebus);
  box.append(
    glyphSearch((emoji) => {
      const current = page.draft().questions[page.selected]?.rebus ?? '';
      const next = current.trim() === '' ? emoji : `${current.trim()} ${emoji}`;
      page.updateQuestion({ rebus: next, file: '' }, '');
      const field = document.getElementById('editor-rebus');
      if (field instanceof HTMLInputElement) field.value = next;
    }),
  );
  const upload = el('input', {
    type: 'file',
    id: 'editor-upload',
    accept: '.svg,.png,.jpg,.jpeg,.webp,image/*',
  });
  upload.addEventListener('change', () => {
    const file = upload.files?.[0];
    upload.value = '';
    if (file) void uploadPicture(file, page);
  });
  box.append(
    el(
      'div',
      { className: 'editor-field' },
      el('label', { htmlFor: upload.id, textContent: w('upload') }),
      upload,
    ),
  );
  if (q.file !== '') {
    const remove = el('button', {
      type: 'button',
      textContent: `${w('removePicture')} (${q.file})`,
    });
    remove.dataset.id = 'remove-picture';
    remove.addEventListener('click', () => {
      page.updateQuestion({ file: '' }, '');
      page.render();
    });
    box.append(remove);
  }
  box.append(
    page.textInput('altVi', w('altVi'), q.altVi, (v) => {
      page.updateQuestion({ altVi: v }, 'altVi');
    }),
    page.textInput('altEn', w('altEn'), q.altEn, (v) => {
      page.updateQuestion({ altEn: v }, 'altEn');
    }),
  );
  return box;
}

async function uploadPicture(file: File, page: PicturePage): Promise<void> {
  const { preparePicture } = await import('./picture-upload');
  const upload = await preparePicture(file, new Set(Object.keys(page.draft().files)));
  if (!upload.ok) {
    const first = upload.problems[0];
    page.say(
      w('pictureRefused', { why: first ? (currentLang() === 'en' ? first.en : first.vi) : '' }),
    );
    return;
  }
  const files = {
    ...page.draft().files,
    [upload.path]: { mime: upload.mime, data: toBase64(upload.bytes) },
  };
  const questions = page
    .draft()
    .questions.map((q, i) => (i === page.selected ? { ...q, file: upload.path, rebus: '' } : q));
  page.change({ ...page.draft(), files, questions });
  page.render();
  if (upload.scaledTo)
    page.say(w('pictureScaled', { w: upload.scaledTo.width, h: upload.scaledTo.height }));
}
