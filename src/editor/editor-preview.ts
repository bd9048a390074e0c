import catalog from '../../assets/emoji/catalog.json';
import { answerWords, makeTilePuzzle } from '../core/answer';
import { seedRng } from '../core/rng';
import { normalizeHeader } from '../content/csv';
import { parseRebus, REBUS_SIGNS } from '../content/rebus';
import { GLYPH_CODES, GLYPH_URLS } from '../shared/packs/bundled-assets';
import { fromBase64, type DraftFile, type DraftQuestion } from './draft';
import { w } from './words';

/**
 * What the phone will show for a question, beside the form: the picture (the rebus's glyphs as
 * the game draws them, or the uploaded picture), the answer's slots grouped by word and the
 * bank of letter tiles, built by the game's own tile puzzle; and the glyph search.
 */

interface CatalogEntry {
  readonly emoji: string;
  readonly code: string;
  readonly vi: string;
  readonly en: string;
}

const CATALOG: readonly CatalogEntry[] = catalog;

/** Lower case, without marks: "Nhà" and "nha" find the same glyphs. */
const plain = (text: string): string => normalizeHeader(text).replace(/_/g, ' ');

/** Glyphs whose Vietnamese or English keywords hold the query (at most `limit`). */
export function findGlyphs(query: string, limit = 24): CatalogEntry[] {
  const q = plain(query);
  if (q === '') return [];
  return CATALOG.filter(
    (g) => GLYPH_CODES.has(g.code) && (plain(g.vi).includes(q) || plain(g.en).includes(q)),
  ).slice(0, limit);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The keyword search: a search field and the glyphs found, each a button adding it. */
export function glyphSearch(onPick: (emoji: string) => void): HTMLElement {
  const input = el('input', { type: 'search', id: 'editor-glyph-search' });
  const results = el('ul', { className: 'editor-glyphs', id: 'editor-glyph-results' });
  results.setAttribute('aria-label', w('glyphResults'));
  const signs = el('div', { className: 'editor-signs' });
  for (const sign of [...REBUS_SIGNS, '/']) {
    const b = el('button', { type: 'button', textContent: sign });
    b.dataset.sign = sign;
    b.addEventListener('click', () => {
      onPick(sign);
    });
    signs.append(b);
  }
  input.addEventListener('input', () => {
    results.replaceChildren(
      ...findGlyphs(input.value).map((g) => {
        const label = `${g.vi} / ${g.en}`;
        const b = el('button', { type: 'button', title: label });
        b.setAttribute('aria-label', label);
        b.dataset.glyph = g.code;
        const url = GLYPH_URLS.get(g.code);
        b.append(url ? el('img', { src: url, alt: '', width: 32, height: 32 }) : g.emoji);
        b.addEventListener('click', () => {
          onPick(g.emoji);
        });
        return el('li', {}, b);
      }),
    );
  });
  return el(
    'div',
    { className: 'editor-field editor-glyph-search' },
    el('label', { htmlFor: input.id, textContent: w('glyphSearch') }),
    input,
    signs,
    results,
  );
}

export function pictureNode(
  q: DraftQuestion,
  files: Readonly<Record<string, DraftFile>>,
): HTMLElement {
  const box = el('div', { className: 'editor-preview-picture' });
  const file = q.file === '' ? undefined : files[q.file];
  if (file) {
    const blob = new Blob([fromBase64(file.data).slice()], { type: file.mime });
    const img = el('img', { src: URL.createObjectURL(blob), alt: q.altVi });
    img.addEventListener('load', () => {
      URL.revokeObjectURL(img.src);
    });
    box.append(img);
    return box;
  }
  const rows = q.rebus
    .split(/\s+\/\s+/u)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  const parsed = rows.length > 0 ? parseRebus(rows, GLYPH_CODES) : null;
  if (!parsed?.ok) return box;
  for (const row of parsed.rows) {
    const line = el('div', { className: 'editor-rebus-row' });
    for (const token of row) {
      if (token.kind === 'glyph') {
        const url = GLYPH_URLS.get(token.code);
        line.append(url ? el('img', { src: url, alt: token.emoji }) : token.emoji);
      } else
        line.append(el('span', { textContent: token.kind === 'sign' ? token.sign : token.text }));
    }
    box.append(line);
  }
  return box;
}

/** The preview of one question, as the phone shows it. */
export function renderPreview(
  q: DraftQuestion,
  files: Readonly<Record<string, DraftFile>>,
): HTMLElement {
  const phone = el('div', { className: 'editor-phone' });
  phone.setAttribute('aria-hidden', 'true');
  phone.append(pictureNode(q, files));
  const answer = q.answer.trim();
  const letters = answer === '' ? 0 : answerWords(answer).flat().length;
  if (letters > 0) {
    const { puzzle } = makeTilePuzzle(answer, seedRng(1));
    const slots = el('div', { className: 'editor-slots' });
    for (const word of puzzle.words) {
      slots.append(
        el(
          'div',
          { className: 'editor-word' },
          ...word.map(() => el('span', { className: 'editor-slot' })),
        ),
      );
    }
    const bank = el(
      'div',
      { className: 'editor-bank' },
      ...puzzle.bank.map((t) => el('span', { className: 'editor-tile', textContent: t.letter })),
    );
    phone.append(slots, bank);
  }
  const count = el('p', {
    className: 'editor-tile-count',
    textContent: w('tiles', { n: letters }),
  });
  count.id = 'editor-tile-count';
  return el(
    'section',
    { className: 'editor-preview' },
    el('h2', { textContent: w('preview') }),
    phone,
    count,
  );
}
