import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashBytes, hashBytesPaused, hashText, utf8Length } from '../../src/content/hash';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('hashing a text without encoding it', () => {
  it.each([
    ['empty', ''],
    ['ASCII', '{"id":"goi-mau"}'],
    ['Vietnamese', 'Đường dây nóng 111: gọi khi cần giúp đỡ'],
    ['emoji (surrogate pairs)', '🫏 + 🏝️ = 👨‍👩‍👧'],
    ['a lone high surrogate', 'a\ud83db'],
    ['a lone low surrogate', 'a\udc00b'],
    ['a high surrogate at the end', 'abc\ud83d'],
    ['two high surrogates then a low one', '\ud83d\ud83d\ude00'],
    // The text is encoded 65,536 code units at a time.
    ['a pair across a piece boundary', `${'a'.repeat(65535)}😀${'ả'.repeat(70000)}`],
    ['a lone high surrogate at a piece boundary', `${'a'.repeat(65535)}\ud83dbc`],
    ['a lone low surrogate after a piece boundary', `${'a'.repeat(65536)}\ude00`],
    ['three-byte letters over several pieces', 'ệ'.repeat(200_000)],
  ])('%s: the same hash and length as its UTF-8 bytes', (_label, text) => {
    expect(hashText(text)).toBe(hashBytes(encode(text)));
    expect(utf8Length(text)).toBe(encode(text).length);
  });

  it('agrees with the UTF-8 bytes for any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(hashText(text)).toBe(hashBytes(encode(text)));
        expect(utf8Length(text)).toBe(encode(text).length);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('tells different texts apart', () => {
    expect(hashText('gói 1')).not.toBe(hashText('gói 2'));
  });
});

describe('hashing bytes with pauses', () => {
  it('gives the same hash as at once, pausing between MiB', async () => {
    const bytes = new Uint8Array(2.5 * 1024 * 1024).map((_, i) => (i * 7919) & 0xff);
    let pauses = 0;
    const hash = await hashBytesPaused(bytes, () => {
      pauses++;
      return Promise.resolve();
    });
    expect(hash).toBe(hashBytes(bytes));
    expect(pauses).toBe(3);
  });
});
