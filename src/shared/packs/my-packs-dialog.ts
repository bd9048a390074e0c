import { loadPackBytes, loadStoredPack, type StartNotice } from './pack-source';
import { DEFAULT_PACK_SUMMARY } from './default-pack';
import { useDefaultPack, usePack } from './pack-in-play';
import type { PackSummary } from './pack-summary';
import type { Services } from '../services';
import { PACK_LIMITS } from '../../content/limits';
import type { Pack } from '../../content/pack-types';
import type { StoredPackInfo } from '../storage/pack-store';
import { besideKey } from './pack-library';
import { currentLang, packText, t } from '../i18n';
import { dialogButton, openDialog } from '../ui/dom-dialog';
import { showProblems } from '../ui/problem-panel';

/**
 * The menu's pack handling, kept out of the menu scene: opening a pack file (and keeping it on
 * the device), the list of kept packs (choose one, remove one after asking), and the notices
 * about them. The menu passes `onPackChanged`, which redraws it for the new pack.
 */

type Announce = (key: string, options?: Record<string, unknown>) => void;

export interface PackMenuContext {
  readonly services: Services;
  readonly announce: Announce;
  /** The pack in play changed: the menu redraws. */
  readonly onPackChanged: () => void;
}

function showRefused(problems: Parameters<typeof showProblems>[1]): void {
  showProblems(t('menu.packRefused'), problems, currentLang(), t('common.close'), () => undefined);
}

/** A short message in a dialog (about packs, unless titled otherwise), to read before going on. */
export function showPackNotice(
  message: string,
  onClose: () => void = () => undefined,
  title = t('packs.noticeTitle'),
): void {
  openDialog(
    title,
    (body) => {
      const p = document.createElement('p');
      p.className = 'pack-notice';
      p.textContent = message;
      body.append(p);
    },
    t('common.close'),
    onClose,
    { short: true },
  );
}

export function startNoticeText(notice: StartNotice): string {
  if (notice === 'picture-froze') return t('packs.pictureFroze');
  return notice === 'chosen-pack-gone'
    ? t('packs.chosenGone', { button: t('menu.openPack') })
    : t('packs.storageUnavailable');
}

/**
 * Opens a pack file the facilitator picked or dropped; a pack that loads is played and kept on
 * the device (and chosen for the next start), a refused one shows what to fix.
 */
export async function openPackFromFile(file: File, ctx: PackMenuContext): Promise<void> {
  ctx.announce('menu.packLoading');
  // Past the limit the loader refuses the file anyway: never read more of it than that.
  const bytes = new Uint8Array(await file.slice(0, PACK_LIMITS.maxFileBytes + 1).arrayBuffer());
  const result = await loadPackBytes(bytes, file.name);
  if (!result.ok) {
    ctx.announce('menu.packRefused');
    showRefused(result.problems);
    return;
  }
  const { library } = ctx.services;
  const title = packText(result.pack.title);
  // Another pack with the same id and version but other content: keeping this one would
  // replace it, so ask first.
  const clash = await library.clash(result.pack);
  const answer = clash === null ? 'replace' : await askClash(clash, title);
  if (answer === 'cancel') {
    ctx.announce('packs.clashCancelled', { title });
    return;
  }
  usePack(ctx.services, result.pack);
  const key = answer === 'both' ? besideKey(result.pack) : clash?.key;
  const outcome = await library.keep(result.pack, bytes, file.name, Date.now(), key);
  const message = {
    kept: 'menu.packKept',
    'kept-not-chosen': 'menu.packKeptNotChosen',
    'not-kept': 'menu.packNotKept',
  }[outcome];
  // The notice names the menu's "Saved packs" button, where the pack can be chosen again.
  const words = { title, list: t('menu.myPacks') };
  ctx.announce(message, words);
  ctx.onPackChanged();
  if (outcome !== 'kept') showPackNotice(t(message, words));
}

/** Asks what to do with a pack whose id and version a kept pack with other content has. */
function askClash(kept: StoredPackInfo, title: string): Promise<'both' | 'replace' | 'cancel'> {
  return new Promise((resolve) => {
    const answer = (choice: 'both' | 'replace' | 'cancel') => (): void => {
      resolve(choice);
      panel.remove();
    };
    const panel = openDialog(
      t('packs.clashTitle'),
      (body) => {
        const p = document.createElement('p');
        p.className = 'pack-clash';
        p.textContent = t('packs.clash', {
          title,
          version: kept.version,
          keptTitle: packText(kept.title),
          date: formatDate(kept.loadedAt),
        });
        body.append(p);
      },
      t('packs.clashCancel'),
      () => {
        resolve('cancel');
      },
      {
        role: 'alertdialog',
        className: 'pack-clash-dialog',
        actions: [
          { id: 'keep-both', label: t('packs.clashBoth'), run: answer('both') },
          { id: 'replace', label: t('packs.clashReplace'), run: answer('replace') },
        ],
      },
    );
  });
}

function formatDate(ms: number): string {
  return new Intl.DateTimeFormat(currentLang() === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(ms));
}

function isInPlay(info: StoredPackInfo, pack: PackSummary | null): boolean {
  return (
    pack !== null && pack.id === info.id && pack.version === info.version && pack.hash === info.hash
  );
}

interface Row {
  readonly item: HTMLLIElement;
  readonly actions: HTMLDivElement;
}

function packRow(key: string, title: string, details: string, inPlay: boolean): Row {
  const item = document.createElement('li');
  item.dataset.key = key;
  Object.assign(item.style, {
    padding: '12px 0',
    borderBottom: '1px solid #d0d7e2',
  } satisfies Partial<CSSStyleDeclaration>);
  const name = document.createElement('strong');
  name.className = 'pack-title';
  name.textContent = title;
  const meta = document.createElement('div');
  meta.className = 'pack-details';
  meta.textContent = inPlay ? `${details} · ${t('packs.inPlay')}` : details;
  const actions = document.createElement('div');
  Object.assign(actions.style, {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '8px',
    marginTop: '8px',
    alignItems: 'center',
  } satisfies Partial<CSSStyleDeclaration>);
  item.append(name, meta, actions);
  return { item, actions };
}

/** The packs kept on this device: choose one to play, or remove one (after asking). */
export async function openPackList(ctx: PackMenuContext): Promise<void> {
  const { library } = ctx.services;
  const kept = await library.list();
  let dialog: HTMLElement | null = null;
  let changed = false;
  const close = (): void => {
    dialog?.remove();
    dialog = null;
    if (changed) ctx.onPackChanged();
  };
  const play = (pack: Pack, key: string | null): void => {
    library.choose(key);
    usePack(ctx.services, pack);
    ctx.announce('menu.packLoaded', { title: packText(pack.title) });
    changed = true;
    close();
  };

  const build = (body: HTMLElement): void => {
    const list = document.createElement('ul');
    list.className = 'pack-list';
    Object.assign(list.style, { listStyle: 'none', padding: '0', margin: '0' });
    const note = document.createElement('p');
    note.className = 'pack-list-note';
    const showNote = (text: string): void => {
      note.textContent = text;
      body.append(note);
    };

    {
      const builtIn = DEFAULT_PACK_SUMMARY;
      const inPlay = ctx.services.packSummary?.hash === builtIn.hash;
      const row = packRow(
        'built-in',
        t('packs.builtIn', { title: packText(builtIn.title) }),
        t('packs.builtInDetails', { version: builtIn.version }),
        inPlay,
      );
      row.actions.append(
        dialogButton(t('packs.play'), () => {
          library.choose(null);
          useDefaultPack(ctx.services);
          ctx.announce('menu.packLoaded', { title: packText(builtIn.title) });
          changed = true;
          close();
        }),
      );
      list.append(row.item);
    }

    for (const info of kept ?? []) {
      const title = packText(info.title);
      const details = t('packs.details', {
        version: info.version,
        date: formatDate(info.loadedAt),
      });
      const row = packRow(info.key, title, details, isInPlay(info, ctx.services.packSummary));
      const choose = dialogButton(t('packs.play'), () => {
        void library.get(info.key).then(async (stored) => {
          if (!stored) {
            showPackNotice(t('packs.chosenGone', { button: t('menu.openPack') }));
            return;
          }
          const result = await loadStoredPack(stored);
          if (result.ok) play(result.pack, info.key);
          else showRefused(result.problems);
        });
      });
      const showActions = (): void => {
        row.actions.replaceChildren(choose, remove);
        remove.focus();
      };
      const askRemove = (): void => {
        const question = document.createElement('p');
        question.style.margin = '0';
        question.style.flexBasis = '100%';
        question.textContent = t('packs.confirmRemove', { title });
        const keep = dialogButton(t('packs.keep'), showActions, 'secondary');
        const confirm = dialogButton(
          t('packs.confirmYes'),
          () => {
            void library.remove(info.key).then((removed) => {
              if (!removed) {
                ctx.announce('packs.removeFailed');
                showPackNotice(t('packs.removeFailed'));
                return;
              }
              row.item.remove();
              if (list.querySelectorAll('li').length <= 1)
                showNote(t('packs.empty', { button: t('menu.openPack') }));
              ctx.announce('packs.removed', { title });
              if (isInPlay(info, ctx.services.packSummary)) {
                useDefaultPack(ctx.services);
                changed = true;
              }
              dialog?.querySelector<HTMLElement>('.dialog-close')?.focus();
            });
          },
          'danger',
        );
        confirm.dataset.action = 'confirm-remove';
        row.actions.replaceChildren(question, confirm, keep);
        keep.focus();
      };
      const remove = dialogButton(t('packs.remove'), askRemove, 'secondary');
      choose.dataset.action = 'choose';
      remove.dataset.action = 'remove';
      row.actions.append(choose, remove);
      list.append(row.item);
    }
    body.append(list);

    if (kept === null) showNote(t('packs.unavailable'));
    else if (kept.length === 0) showNote(t('packs.empty', { button: t('menu.openPack') }));
  };

  dialog = openDialog(t('packs.title'), build, t('common.close'), close, {
    className: 'pack-list-dialog',
    closeInHeader: true,
  });
}
