import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackText, Skit } from '../../../src/core/types';
import {
  stageLayout,
  TAP_MIN,
  type Measure,
  type StageContent,
  type StageLayout,
} from '../../../src/skit/skit-stage-layout';
import { inside, overlap, type Box } from '../box-checks';

/**
 * Where the phone's skit puts its portrait, box, text and buttons (issues 14 and 16), checked
 * on every line, narration, consequence and choice of the default pack, in both languages, on
 * phones held either way and on larger screens: what a player would see go wrong.
 */

const SKIT = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../assets/packs/default/pack.json'), 'utf8'),
  ) as { skit: Skit }
).skit;

/** The portraits' shape: 400 × 500. */
const PORTRAIT = 0.8;

/**
 * A text's height, wrapped word by word as the game's text does, with glyphs a little wider
 * than the game's font on average (so the layout is checked with some margin).
 */
const measure: Measure = (text, size, wrap, bold) => {
  const glyph = size * (bold ? 0.6 : 0.56);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/u)) {
    const w = (word.length + 1) * glyph;
    if (used > 0 && used + w > wrap) {
      lines += 1;
      used = 0;
    }
    used += w;
  }
  return lines * Math.ceil(size * 1.25) + (lines - 1) * 4;
};

type Lang = 'vi' | 'en';
const say = (text: PackText | undefined, lang: Lang): string =>
  text === undefined
    ? ''
    : typeof text === 'string'
      ? text
      : ((lang === 'en' ? (text.en ?? text.vi) : (text.vi ?? text.en)) ?? '');

/** What the stage shows at every resting node of the pack (and each option's consequence). */
function everyContent(lang: Lang): { id: string; content: StageContent }[] {
  const all: { id: string; content: StageContent }[] = [];
  for (const node of SKIT.nodes) {
    if (node.type === 'line') {
      const who = SKIT.characters.find((c) => c.id === node.character);
      all.push({
        id: node.id,
        content: {
          kind: 'line',
          portrait: PORTRAIT,
          name: say(who?.name, lang),
          text: say(node.text, lang),
          options: [],
        },
      });
    } else if (node.type === 'narration') {
      const text = say(node.text, lang);
      all.push({
        id: node.id,
        content: { kind: 'narration', portrait: null, name: null, text, options: [] },
      });
    } else if (node.type === 'choice') {
      all.push({
        id: node.id,
        content: {
          kind: 'choice',
          portrait: node.character === undefined ? null : PORTRAIT,
          name: null,
          text: say(node.prompt, lang) || 'What will you do?',
          options: node.options.map((o) => say(o.text, lang)),
        },
      });
      for (const [i, o] of node.options.entries())
        if (o.consequence)
          all.push({
            id: `${node.id}/${String(i)}`,
            content: {
              kind: 'consequence',
              portrait: null,
              name: null,
              text: say(o.consequence, lang),
              options: [],
            },
          });
    }
  }
  return all;
}

/** Phones both ways, and larger screens in world units (a 1920 × 1080 screen is 1208 × 680). */
const SCREENS = [
  [360, 640],
  [640, 360],
  [412, 915],
  [915, 412],
  [1208, 680],
  [1024, 768],
  [768, 1024],
] as const;

const taps = (l: StageLayout): Box[] => [
  l.back,
  l.history,
  l.auto,
  l.menu,
  ...(l.next ? [l.next] : []),
  ...l.options,
];

describe('the skit stage, for every text of the default pack', () => {
  for (const lang of ['vi', 'en'] as const)
    for (const [vw, vh] of SCREENS)
      it(`${lang}, ${String(vw)}×${String(vh)}: all in view, thumb-sized, nothing covered`, () => {
        const screen = { x: 0, y: 0, w: vw, h: vh };
        const contents = everyContent(lang);
        expect(contents.length).toBeGreaterThan(80);
        for (const { id, content } of contents) {
          const l = stageLayout(vw, vh, content, measure);
          const where = `${id} (${content.kind})`;
          const parts = [l.box, ...taps(l), ...(l.portrait ? [l.portrait] : [])];
          for (const b of parts) expect(inside(b, screen), where).toBe(true);
          for (const b of taps(l)) expect(b.h, where).toBeGreaterThanOrEqual(TAP_MIN);
          // The row of buttons at the top stays clear of the box, the portrait and each other.
          const top = [l.back, l.history, l.auto, l.menu];
          for (const b of top) {
            expect(overlap(b, l.box), where).toBe(false);
            if (l.portrait) expect(overlap(b, l.portrait), where).toBe(false);
            for (const other of top) if (other !== b) expect(overlap(b, other)).toBe(false);
          }
          // The text (or the prompt) lies whole inside the box.
          expect(inside(l.text, l.box), where).toBe(true);
          // The options: in the box, under the prompt, apart from each other.
          expect(l.options).toHaveLength(content.options.length);
          l.options.forEach((o, i) => {
            expect(inside(o, l.box), where).toBe(true);
            expect(o.y, where).toBeGreaterThanOrEqual(l.text.y + l.text.h);
            const after = l.options[i + 1];
            if (after) expect(overlap(o, after), where).toBe(false);
          });
          // "Next" never covers the text; the portrait never covers the text or an option.
          if (l.next) expect(overlap(l.next, l.text), where).toBe(false);
          if (l.portrait)
            for (const b of [l.text, ...l.options])
              expect(overlap(l.portrait, b), where).toBe(false);
          if (l.tag) {
            expect(inside(l.tag, screen), where).toBe(true);
            for (const b of top) expect(overlap(b, l.tag), where).toBe(false);
          }
        }
      });
});

describe('the portrait', () => {
  const tense = SKIT.nodes.find((n) => n.id === 'chon-6');
  if (tense?.type !== 'choice') throw new Error('no choice chon-6 in the default pack');
  /** The night before the bus: four options, Lan worried beside them. */
  const choice = (lang: Lang): StageContent => ({
    kind: 'choice',
    portrait: PORTRAIT,
    name: null,
    text: say(tense.prompt, lang),
    options: tense.options.map((o) => say(o.text, lang)),
  });

  for (const [vw, vh] of [
    [640, 360],
    [915, 412],
    [844, 390],
  ] as const)
    for (const lang of ['vi', 'en'] as const)
      it(`stands beside the choice, of a size to see, on a ${String(vw)}×${String(vh)} phone (${lang})`, () => {
        const l = stageLayout(vw, vh, choice(lang), measure);
        expect(l.side).toBe(true);
        const p = l.portrait;
        expect(p).not.toBeNull();
        if (!p) return;
        expect(p.h).toBeGreaterThanOrEqual(vh * 0.6);
        expect(p.w / p.h).toBeCloseTo(PORTRAIT);
        // Left of the box and its options, never above them.
        expect(p.x + p.w).toBeLessThanOrEqual(l.box.x);
        for (const o of l.options) expect(p.x + p.w).toBeLessThanOrEqual(o.x);
        expect(inside(p, { x: 0, y: 0, w: vw, h: vh })).toBe(true);
      });

  it('stays where it is from a line to a choice on a landscape phone', () => {
    const line: StageContent = {
      kind: 'line',
      portrait: PORTRAIT,
      name: 'Lan',
      text: 'Dạ.',
      options: [],
    };
    const a = stageLayout(640, 360, line, measure);
    const b = stageLayout(640, 360, choice('vi'), measure);
    expect(a.portrait).toEqual(b.portrait);
    expect(a.box.x).toBe(b.box.x);
  });

  it('stands on the box, centred, in portrait and on a large screen', () => {
    for (const [vw, vh] of [
      [360, 640],
      [412, 915],
      [1208, 680],
    ] as const) {
      const l = stageLayout(vw, vh, choice('en'), measure);
      expect(l.side).toBe(false);
      const p = l.portrait;
      expect(p).not.toBeNull();
      if (!p) return;
      expect(p.x + p.w / 2).toBeCloseTo(vw / 2);
      expect(p.y + p.h).toBe(l.box.y + 8);
      expect(p.h).toBeGreaterThanOrEqual(150);
    }
  });

  it('is left out, not drawn squeezed, when a choice leaves no room above the box', () => {
    const crowded: StageContent = {
      ...choice('en'),
      options: Array(8).fill('Call 111.') as string[],
    };
    const l = stageLayout(600, 540, crowded, measure);
    expect(l.side).toBe(false);
    expect(l.portrait).toBeNull();
  });
});

describe('the box', () => {
  it('grows with a long line so that its last words end above "Next"', () => {
    const long = 'Lan ơi, '.repeat(30);
    const short: StageContent = {
      kind: 'line',
      portrait: PORTRAIT,
      name: 'Mẹ',
      text: 'Ừ.',
      options: [],
    };
    const a = stageLayout(360, 640, short, measure);
    const b = stageLayout(360, 640, { ...short, text: long }, measure);
    expect(b.box.h).toBeGreaterThan(a.box.h);
    expect(b.next && b.text.y + b.text.h).toBeLessThanOrEqual(b.next?.y ?? 0);
  });

  it('is at most 900 wide, centred, on a large screen', () => {
    const l = stageLayout(1208, 680, everyContent('vi')[0]!.content, measure);
    expect(l.box.w).toBe(900);
    expect(l.box.x + l.box.w / 2).toBeCloseTo(604);
  });
});
