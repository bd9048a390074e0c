import { describe, expect, it } from 'vitest';
import {
  CARD_H,
  CARD_W,
  layoutShareCard,
  wrapText,
  type CardOp,
  type ShareCardText,
} from '../../../src/solo/share-card-layout';
import { learnedMessage } from '../../../src/solo/share-card-text';
import type { SoloQuestionResult } from '../../../src/core/quiz/solo';
import type { PackQuestion } from '../../../src/content/pack-types';

/** A stand-in for the canvas's measure: every letter 0.55 of the type size, bold 0.6. */
const measure = (s: string, size: number, bold: boolean): number =>
  Array.from(s).length * size * (bold ? 0.6 : 0.55);

const TEXT: ShareCardText = {
  title: 'Đuổi hình bắt chữ',
  pack: 'Chung tay phòng, chống mua bán người',
  score: '1240 điểm',
  stars: '21/30 sao',
  right: 'Đúng 8/10 câu',
  learnedHeading: 'Điều mình đã học',
  learned:
    'Kẻ lừa đảo thường rất thân thiện và hứa hẹn nhiều. Lời hứa càng dễ dàng thì càng cần hỏi kỹ. Bị lừa không phải lỗi của bạn: hãy kể với người bạn tin hoặc gọi 111.',
  help: 'Cần giúp đỡ? Gọi 111 · miễn phí · 24/7',
};

type Text = Extract<CardOp, { kind: 'text' }>;
const texts = (ops: CardOp[]): Text[] => ops.filter((o): o is Text => o.kind === 'text');
const left = (o: Text): number => (o.align === 'center' ? o.x - o.w / 2 : o.x);
const top = (o: Text): number => o.y - (o.size * 1.35) / 2;
const bottom = (o: Text): number => o.y + (o.size * 1.35) / 2;

describe('wrapping a text', () => {
  const fits = (line: string): boolean => line.length <= 10;
  it('breaks between words, none longer than the width but a word that cannot break', () => {
    expect(wrapText('một hai ba bốn năm', fits)).toEqual(['một hai ba', 'bốn năm']);
    expect(wrapText('đường-dây-nóng 111', fits)).toEqual(['đường-dây-nóng', '111']);
  });
  it('ends the last line kept with "…" past the most lines allowed', () => {
    expect(wrapText('một hai ba bốn năm sáu bảy tám', fits, 2)).toEqual(['một hai ba', 'bốn năm…']);
  });
});

describe('the result card', () => {
  it('keeps every text inside the card, one line under the other, the help at the foot', () => {
    const ops = layoutShareCard(TEXT, measure);
    const lines = texts(ops);
    for (const o of lines) {
      expect(left(o)).toBeGreaterThanOrEqual(64);
      expect(left(o) + o.w).toBeLessThanOrEqual(CARD_W - 64);
      expect(bottom(o)).toBeLessThanOrEqual(CARD_H - 64);
    }
    for (let i = 1; i < lines.length; i++)
      expect(top(lines[i]!)).toBeGreaterThanOrEqual(bottom(lines[i - 1]!) - 1e-9);
    const help = lines.filter((o) => o.color === 'dark').map((o) => o.text);
    expect(help.join(' ')).toBe(TEXT.help);
    expect(lines.map((o) => o.text)).toEqual(
      expect.arrayContaining(['ĐUỔI HÌNH', TEXT.score, `★ ${TEXT.stars}`, TEXT.right]),
    );
    // The whole message, in its panel, above the help strip.
    const said = lines.filter((o) => o.align === 'left' && !o.bold);
    expect(said.map((o) => o.text).join(' ')).toBe(TEXT.learned);
    // Its panel holds it, clear of the figures above and of the help strip below.
    const [panel, strip] = ops.filter((o) => o.kind === 'panel');
    const figures = lines.find((o) => o.text === TEXT.right);
    expect(panel && strip && figures).toBeTruthy();
    if (panel?.kind !== 'panel' || strip?.kind !== 'panel' || !figures) return;
    expect(panel.y).toBeGreaterThanOrEqual(bottom(figures));
    expect(panel.y + panel.h).toBeLessThan(strip.y);
    for (const o of said) expect(bottom(o)).toBeLessThanOrEqual(panel.y + panel.h);
  });

  it("shows the name's last words as one tile a capital letter, in the card", () => {
    const tiles = layoutShareCard(TEXT, measure).filter((o) => o.kind === 'tile');
    expect(tiles.map((o) => o.letter).join('')).toBe('BẮTCHỮ');
    for (const tile of tiles) {
      expect(tile.x - tile.w / 2).toBeGreaterThanOrEqual(64);
      expect(tile.x + tile.w / 2).toBeLessThanOrEqual(CARD_W - 64);
    }
  });

  it('makes the tiles smaller for a long name, and cuts a long message short with "…"', () => {
    const ops = layoutShareCard(
      {
        ...TEXT,
        title: 'Một trò chơi có cái tên dài dằng dặc không thể tưởng tượng nổi',
        learned: `${TEXT.learned} `.repeat(6),
      },
      measure,
    );
    const tiles = ops.filter((o) => o.kind === 'tile');
    expect(Math.max(...tiles.map((o) => o.x + o.w / 2))).toBeLessThanOrEqual(CARD_W - 64);
    const said = texts(ops).filter((o) => o.align === 'left' && !o.bold);
    expect(said.at(-1)?.text.endsWith('…')).toBe(true);
    const panel = ops.find((o) => o.kind === 'panel' && o.fill === 'panel');
    expect(panel).toBeDefined();
    if (panel?.kind === 'panel')
      for (const o of said) expect(bottom(o)).toBeLessThanOrEqual(panel.y + panel.h);
  });

  it('leaves the panel out when the round taught nothing the pack explains', () => {
    const ops = layoutShareCard({ ...TEXT, learned: '' }, measure);
    expect(ops.filter((o) => o.kind === 'panel')).toHaveLength(1);
    expect(texts(ops).map((o) => o.text)).not.toContain(TEXT.learnedHeading);
  });
});

describe('the message the card carries', () => {
  const q = (id: string, explanation?: string): PackQuestion => ({
    id,
    answer: id,
    alternatives: [],
    difficulty: 1,
    category: 'c',
    points: 100,
    timeLimitSec: 30,
    picture: { kind: 'rebus', rows: [] },
    ...(explanation ? { explanation: { vi: explanation } } : {}),
  });
  const r = (
    questionId: string,
    outcome: SoloQuestionResult['outcome'],
    stars: SoloQuestionResult['stars'],
  ): SoloQuestionResult => ({
    questionId,
    outcome,
    stars,
    points: 0,
    wrongAttempts: 0,
    hintCost: 0,
    elapsedMs: 0,
    breakdown: null,
  });
  const questions = [q('a', 'A'), q('b', 'B'), q('c'), q('d', 'D')];

  it('is the explanation of the answer with the most stars, the earlier on a tie', () => {
    expect(
      learnedMessage([r('a', 'right', 1), r('b', 'right', 3), r('d', 'right', 3)], questions),
    ).toEqual({ vi: 'B' });
  });
  it('passes over a question without one, and takes a skipped one when none was right', () => {
    expect(learnedMessage([r('c', 'right', 3), r('a', 'right', 1)], questions)).toEqual({
      vi: 'A',
    });
    expect(learnedMessage([r('c', 'skipped', 0), r('d', 'skipped', 0)], questions)).toEqual({
      vi: 'D',
    });
    expect(learnedMessage([r('c', 'skipped', 0)], questions)).toBeUndefined();
  });
});
