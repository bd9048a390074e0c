import { currentLang } from '../shared/i18n';
import { openDialog } from '../shared/ui/dom-dialog';
import type { Draft } from './draft';
import { el } from './editor-dom';
import { wordsOf } from './words';
import './pack-picker.css';

/**
 * "Copy a pack": the packs on this device to choose from (the built-in pack, the pack in play
 * and every kept pack), in a dialog of the game's own kind: keyboard focus stays in it, Escape
 * closes it, the arrow keys go from pack to pack. The chosen pack is loaded by the same rules
 * as when it is played, and its copy replaces the draft (Undo brings the draft back).
 */

/** The picker's words (its own chunk's, not the editor's). */
export const pw = wordsOf({
  pickTitle: ['Chép gói nào?', 'Which pack to copy?'],
  pickIntro: [
    'Chọn một gói có trên máy này. Bản sao thay bản đang soạn (bấm Hoàn tác để lấy lại); gói gốc giữ nguyên.',
    'Choose a pack on this device. The copy replaces the draft (Undo brings it back); the pack itself stays as it is.',
  ],
  pickBuiltIn: ['{title} (có sẵn trong trò chơi)', '{title} (built into the game)'],
  pickBuiltInDetails: ['Phiên bản {version}', 'Version {version}'],
  pickDetails: ['Phiên bản {version} · thêm ngày {date}', 'Version {version} · added {date}'],
  pickInPlay: ['đang chơi', 'in play'],
  pickCopying: ['Đang chép “{title}”…', 'Copying “{title}”…'],
  pickRefused: ['Không chép được “{title}”: {problem}', '“{title}” could not be copied: {problem}'],
  pickGone: ['Gói này không còn trên máy.', 'This pack is no longer on the device.'],
  pickUnavailable: [
    'Không đọc được các gói đã thêm trên máy này (bộ nhớ của trình duyệt bị tắt): chỉ chép được gói có sẵn.',
    'The packs added on this device cannot be read (the browser’s storage is off): only the built-in pack can be copied.',
  ],
  copied: [
    'Đã chép “{title}”. Sửa bản sao, rồi xuất tệp hoặc thêm vào gói của tôi.',
    'Copied “{title}”. Edit the copy, then export it or add it to your packs.',
  ],
  cancel: ['Huỷ', 'Cancel'],
});

export interface PackChoice {
  /** "built-in", "in-play" or the kept pack's key. */
  readonly key: string;
  readonly title: string;
  /** Its version and when it was added, as a line under the title. */
  readonly details: string;
  readonly inPlay: boolean;
  /** The pack as a draft, or why it cannot be opened (in the interface's language). */
  readonly copy: () => Promise<
    { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly why: string }
  >;
}

/** The packs to choose from, and whether the device's kept packs could not be read. */
export type PackChoices = () => Promise<{
  readonly choices: readonly PackChoice[];
  readonly storageUnavailable: boolean;
}>;

/** Up and Down (and Home, End) move between the packs' buttons. */
function moveFocus(buttons: readonly HTMLButtonElement[], e: KeyboardEvent): void {
  const at = buttons.findIndex((b) => b === document.activeElement);
  if (at < 0) return;
  const to =
    e.key === 'ArrowDown'
      ? (at + 1) % buttons.length
      : e.key === 'ArrowUp'
        ? (at - 1 + buttons.length) % buttons.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? buttons.length - 1
            : -1;
  if (to < 0) return;
  e.preventDefault();
  buttons[to]?.focus();
}

/** Opens the picker; `chosen` gets the copy; the focus goes back to `back()` on closing. */
export async function openPackPicker(o: {
  readonly choices: PackChoices;
  readonly chosen: (draft: Draft, title: string) => void;
  readonly back: () => HTMLElement | null;
}): Promise<void> {
  const { choices, storageUnavailable } = await o.choices();
  let busy = false;
  const status = el('p', { className: 'editor-pick-status' });
  status.setAttribute('role', 'status');
  const buttons = choices.map((choice) => {
    const button = el('button', { type: 'button', className: 'editor-pick' });
    button.dataset.key = choice.key;
    const details = choice.inPlay ? `${choice.details} · ${pw('pickInPlay')}` : choice.details;
    button.append(
      el('strong', { textContent: choice.title }),
      el('span', { textContent: details }),
    );
    // Read as one phrase: "title, version · date".
    button.setAttribute('aria-label', `${choice.title}, ${details}`);
    button.addEventListener('click', () => {
      if (busy) return;
      busy = true;
      status.textContent = pw('pickCopying', { title: choice.title });
      void choice
        .copy()
        .catch(() => ({ ok: false as const, why: '' }))
        .then((out) => {
          busy = false;
          // Closed meanwhile: the author went back to the draft.
          if (!panel.isConnected) return;
          if (out.ok) {
            panel.remove();
            o.chosen(out.draft, choice.title);
            o.back()?.focus();
            return;
          }
          status.textContent = pw('pickRefused', { title: choice.title, problem: out.why });
        });
    });
    return button;
  });
  const panel = openDialog(
    pw('pickTitle'),
    (body) => {
      const list = el('ul', { className: 'editor-pick-list' });
      list.setAttribute('aria-label', pw('pickTitle'));
      for (const b of buttons) list.append(el('li', {}, b));
      list.addEventListener('keydown', (e) => {
        moveFocus(buttons, e);
      });
      body.append(el('p', { textContent: pw('pickIntro') }), list, status);
      if (storageUnavailable) body.append(el('p', { textContent: pw('pickUnavailable') }));
    },
    pw('cancel'),
    () => {
      o.back()?.focus();
    },
    { className: 'editor-pack-picker' },
  );
  panel.lang = currentLang();
  buttons[0]?.focus();
}
