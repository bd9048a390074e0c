import type { Pack } from '../content/pack-types';
import { whenIdle } from '../shared/engine/when-idle';
import type { KeyValueStore } from '../shared/storage/safe-storage';
import { titleWords } from '../shared/ui/title-words';

/**
 * The top of the menu, a game's title screen: the game's name as a heading in letter tiles,
 * and a row of cards that show "?" until the pack's pictures arrive (src/menu/title-art.ts,
 * fetched after the menu is on screen).
 */

const CARDS = 3;

/** The game's name: a real heading whose text is the name, drawn as a title with tiles. */
export function titleHeading(title: string): HTMLHeadingElement {
  const h1 = document.createElement('h1');
  h1.id = 'menu-title';
  h1.className = 'menu-logo';
  // Its name for screen readers, whole: the tiles are one element a letter.
  h1.setAttribute('aria-label', title);
  const { top, tiles } = titleWords(title);
  if (top) {
    const line = document.createElement('span');
    line.className = 'menu-logo-top';
    line.textContent = top;
    h1.append(line, ' ');
  }
  const row = document.createElement('span');
  row.className = 'menu-logo-tiles';
  let n = 0;
  tiles.forEach((letters, i) => {
    const word = document.createElement('span');
    word.className = 'menu-logo-word';
    for (const letter of letters) {
      const tile = document.createElement('span');
      tile.className = 'menu-tile';
      tile.style.setProperty('--i', String(n++));
      tile.textContent = letter;
      word.append(tile);
    }
    row.append(...(i > 0 ? [' ', word] : [word]));
  });
  h1.append(row);
  return h1;
}

/** The row of cards under the title: the pack's pictures once they are in, "?" until then. */
export function artRow(cards: readonly HTMLElement[] | null): HTMLElement {
  const row = document.createElement('div');
  row.className = 'menu-art';
  row.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < CARDS; i++) {
    const card = document.createElement('span');
    card.className = 'menu-card';
    const inside = cards?.[i];
    if (inside) {
      card.classList.add('menu-card-shown');
      card.append(inside);
    } else {
      card.textContent = '?';
    }
    row.append(card);
  }
  return row;
}

/**
 * The pack's pictures for the title cards, fetched once per pack when the page is idle after
 * the menu shows; `onReady` is called when the pictures of the pack in play are in.
 */
export class TitleArtLoader {
  private cards: { hash: string; cards: HTMLElement[] } | null = null;
  private loading: string | null = null;

  constructor(
    private readonly store: KeyValueStore,
    private readonly onReady: () => void,
  ) {}

  /** The cards' insides for `pack`, if they have arrived. */
  cardsFor(pack: Pack | null): HTMLElement[] | null {
    return pack && this.cards?.hash === pack.hash ? this.cards.cards : null;
  }

  /**
   * Fetches the pictures of the pack `loaded` brings, unless they are in or on their way, when
   * the page is idle and `wanted` still says so: a player who pressed "play" at once waits for
   * the game's files, which the art would share the line with.
   */
  load(loaded: Promise<void>, pack: () => Pack | null, wanted: () => boolean): void {
    void loaded.then(() => {
      const p = pack();
      if (!p || this.cardsFor(p) || this.loading === p.hash) return;
      this.loading = p.hash;
      whenIdle(() => {
        if (!wanted() || pack()?.hash !== p.hash) {
          this.loading = null;
          return;
        }
        void import('./title-art')
          .then((m) => m.titleCards(p, this.store))
          .then((cards) => {
            if (this.loading !== p.hash) return;
            this.loading = null;
            this.cards = { hash: p.hash, cards };
            if (pack()?.hash === p.hash) this.onReady();
          })
          .catch(() => {
            // Offline before the art was ever fetched: the cards keep their "?".
            if (this.loading === p.hash) this.loading = null;
          });
      });
    });
  }
}
