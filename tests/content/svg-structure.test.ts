import { describe, expect, it } from 'vitest';
import { checkSvgStructure } from '../../src/content/svg-structure';

const svg = (body: string, prolog = ''): string =>
  `${prolog}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${body}</svg>`;

describe('checkSvgStructure: a picture that cannot be shown or would freeze the page', () => {
  const nested = (levels: number, per: number): string => {
    let defs = '<rect id="l0" width="1" height="1"/>';
    for (let l = 1; l <= levels; l++)
      defs += `<g id="l${l}">${`<use href="#l${l - 1}"/>`.repeat(per)}</g>`;
    return svg(`<defs>${defs}</defs><use href="#l${levels}"/>`);
  };
  const codes = (text: string): string[] =>
    checkSvgStructure(text, 'art/a.svg').map((p) => `${p.code} ${p.place}`);

  it('passes honest pictures, a few <use> and url(#…) included', () => {
    expect(codes(svg('<rect width="10" height="10"/>'))).toEqual([]);
    expect(codes(nested(2, 10))).toEqual([]);
    expect(
      codes(
        svg(
          '<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect fill="url(#g)" width="1" height="1"/><![CDATA[ < ]]><!-- < -->',
          '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">',
        ),
      ),
    ).toEqual([]);
    expect(codes('<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:g/></svg:svg>')).toEqual([]);
  });

  it('refuses <use> that multiplies (six and eight levels of ten), naming the file', () => {
    for (const levels of [6, 8]) {
      const text = nested(levels, 10);
      expect(text.length).toBeLessThan(2300);
      const started = performance.now();
      const problems = checkSvgStructure(text, 'art/a.svg');
      expect(performance.now() - started).toBeLessThan(100);
      expect(problems.map((p) => p.code)).toEqual(['svg-too-complex']);
      expect(problems[0]?.vi).toContain('"art/a.svg"');
      expect(problems[0]?.en).toContain('"art/a.svg"');
    }
  });

  it('refuses <use> nested too deep, a loop, too many elements, too deep a tree', () => {
    const chain = Array.from(
      { length: 12 },
      (_, i) => `<g id="c${i + 1}"><use href="#c${i}"/></g>`,
    );
    expect(codes(svg(`<rect id="c0"/>${chain.join('')}`))).toEqual(['svg-too-complex art/a.svg']);
    expect(codes(svg('<g id="a"><use href="#a"/></g>'))).toEqual(['svg-too-complex art/a.svg']);
    expect(codes(svg('<rect/>'.repeat(10_001)))).toEqual(['svg-too-complex art/a.svg']);
    expect(codes(svg(`${'<g>'.repeat(101)}${'</g>'.repeat(101)}`))).toEqual([
      'svg-too-complex art/a.svg',
    ]);
  });

  it.each([
    ['an unclosed <g>', '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', '<g>'],
    ['no svg namespace', '<svg viewBox="0 0 1 1"><rect/></svg>', 'xmlns'],
    ['a root that is not <svg>', '<html xmlns="http://www.w3.org/2000/svg"/>', '<svg'],
    ['a stray "<"', svg('<rect/> a < b'), '<'],
    ['a tag never closed', '<svg xmlns="http://www.w3.org/2000/svg"><g>', '<g>'],
    ['content after the root', `${svg('')}<svg/>`, '</svg>'],
    ['a comment never closed', svg('<!-- x'), 'comment'],
  ])('refuses %s as broken', (_what, text, word) => {
    const problems = checkSvgStructure(text, 'art/a.svg');
    expect(problems.map((p) => p.code)).toEqual(['svg-malformed']);
    expect(`${problems[0]?.vi} ${problems[0]?.en}`).toContain(word);
  });

  it('reads megabytes of hostile text within a second', () => {
    for (const body of [
      '<'.repeat(5e6),
      '<g '.repeat(1e6),
      `<a id="x"${' b="c"'.repeat(4e5)}/>`,
      `<g>${'<!---->'.repeat(3e5)}</g>`,
      '<g/>'.repeat(1e6),
    ]) {
      // The faster of two runs: the time the check takes, not the time a busy machine lent it.
      const times = [0, 1].map(() => {
        const started = performance.now();
        checkSvgStructure(svg(body), 'art/a.svg');
        return performance.now() - started;
      });
      expect(Math.min(...times)).toBeLessThan(1000);
    }
  });
});
