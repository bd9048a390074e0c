import type { Pack } from '../content/pack-types';
import type { RebusToken } from '../content/rebus';
import { packFileUrl } from '../shared/packs/pack-file-url';
import { markDrawing } from '../shared/packs/pack-library';
import type { KeyValueStore } from '../shared/storage/safe-storage';

/**
 * The pack's art on the title screen: a few of its question pictures on cards, fetched once the
 * menu shows (this module is a chunk of its own, so the menu's first paint never waits for it).
 */

/** What one title card shows: a file of the pack, or the first row of a rebus. */
export type TitleArt =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'rebus'; readonly row: readonly RebusToken[] };

/** How many cards the title screen holds. */
export const TITLE_CARDS = 3;

/**
 * The art of the title cards, in the pack's order: its drawn question pictures first, then its
 * rebuses, then the faces of its skit's characters; never the meeting's hidden key picture.
 */
export function pickTitleArt(pack: Pack, count = TITLE_CARDS): TitleArt[] {
  const questions = pack.quiz?.questions ?? [];
  const files: TitleArt[] = [];
  const rebuses: TitleArt[] = [];
  for (const { picture } of questions) {
    if (picture.kind === 'file') files.push({ kind: 'file', path: picture.path });
    else if (picture.rows[0]) rebuses.push({ kind: 'rebus', row: picture.rows[0] });
  }
  const faces: TitleArt[] = (pack.skit?.characters ?? []).flatMap((c) => {
    const path = c.portraits.happy ?? Object.values(c.portraits)[0];
    return path ? [{ kind: 'file' as const, path }] : [];
  });
  return [...files, ...rebuses, ...faces].slice(0, count);
}

function picture(src: string): HTMLImageElement {
  const img = document.createElement('img');
  img.alt = '';
  img.decoding = 'async';
  // Below the game's own files, should "play" be pressed while these load.
  img.fetchPriority = 'low';
  img.src = src;
  return img;
}

/** A rebus row drawn with the game's own emoji files, its signs and words as text. */
async function rebusRow(row: readonly RebusToken[]): Promise<HTMLElement> {
  const { GLYPH_URLS } = await import('../shared/packs/bundled-assets');
  const box = document.createElement('span');
  box.className = 'menu-card-rebus';
  for (const token of row) {
    const url = token.kind === 'glyph' ? GLYPH_URLS.get(token.code) : undefined;
    if (url) {
      box.append(picture(url));
    } else {
      const text = document.createElement('span');
      text.textContent =
        token.kind === 'sign' ? token.sign : token.kind === 'text' ? token.text : token.emoji;
      box.append(text);
    }
  }
  return box;
}

/**
 * The insides of the title cards for `pack`, each ready to go into a card. A picture the pack
 * brought as bytes is marked while it is first drawn, as in the game: should it freeze the
 * page, the next start sets the pack aside (PackLibrary.stoppedWhileDrawing) rather than
 * showing it on the menu again.
 */
export async function titleCards(pack: Pack, store: KeyValueStore): Promise<HTMLElement[]> {
  const art = pickTitleArt(pack);
  const own = art.some((a) => a.kind === 'file' && pack.files.get(a.path)?.kind === 'bytes');
  const drawn = own ? markDrawing(store, pack.hash) : null;
  const cards = await Promise.all(
    art.map(async (a) => {
      if (a.kind === 'rebus') return rebusRow(a.row);
      const url = packFileUrl(pack, a.path);
      return url ? picture(url) : null;
    }),
  );
  const shown = cards.filter((c): c is HTMLElement => c !== null);
  const images = shown.flatMap((c) => (c instanceof HTMLImageElement ? [c] : []));
  await Promise.allSettled(images.map((img) => img.decode()));
  if (drawn) requestAnimationFrame(() => requestAnimationFrame(drawn));
  return shown;
}
