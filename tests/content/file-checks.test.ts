import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPackFile,
  fileExtension,
  sniffFileType,
  type SniffedType,
} from '../../src/content/file-checks';
import { checkSvg } from '../../src/content/svg-safety';
import {
  EXE,
  HEIC,
  HTML,
  JPEG,
  M4A,
  MP3_FRAMES,
  MP3_ID3,
  OGG,
  PACK_JSON,
  PNG,
  SVG,
  TEXT,
  WEBP,
} from './fixtures/zip/sample-files';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const svg = (body: string, prolog = ''): string =>
  `${prolog}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${body}</svg>`;

describe('sniffFileType tells a file by its bytes', () => {
  it.each<[string, Uint8Array, SniffedType]>([
    ['a PNG', PNG, 'png'],
    ['a JPEG', JPEG, 'jpeg'],
    ['a WebP', WEBP, 'webp'],
    ['an MP3 with an ID3 tag', MP3_ID3, 'mp3'],
    ['raw MP3 frames', MP3_FRAMES, 'mp3'],
    ['an OGG', OGG, 'ogg'],
    ['an M4A', M4A, 'm4a'],
    ['a HEIC picture in an MP4 box', HEIC, 'unknown'],
    ['an SVG with an XML declaration', SVG, 'svg'],
    [
      'an SVG after a BOM, comments and a DOCTYPE',
      text(
        `\uFEFF<!-- made by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${svg('')}`,
      ),
      'svg',
    ],
    [
      'an SVG after a DOCTYPE with an internal subset',
      text(`<!DOCTYPE svg [ <!ENTITY a "b"> ]>${svg('')}`),
      'svg',
    ],
    ['JSON', PACK_JSON, 'json'],
    ['a JSON array after a BOM', text('\uFEFF  [1, 2]'), 'json'],
    ['text', TEXT, 'text'],
    ['a web page', HTML, 'text'],
    ['a Windows program', EXE, 'unknown'],
    ['bytes that are not UTF-8', new Uint8Array([0x41, 0xc3, 0x28]), 'unknown'],
    ['text with a NUL', text('abc\0def'), 'unknown'],
    ['nothing', new Uint8Array(0), 'unknown'],
    ['"<svgx"', text('<svgx/>'), 'text'],
  ])('%s', (_label, bytes, expected) => {
    expect(sniffFileType(bytes)).toBe(expected);
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(typeof sniffFileType(bytes)).toBe('string');
      }),
    );
  });
});

describe('fileExtension', () => {
  it.each([
    ['pictures/A.PNG', 'png'],
    ['a.tar.gz', 'gz'],
    ['Makefile', ''],
    ['.hidden', ''],
    ['dir.d/file', ''],
  ])('%s → "%s"', (name, ext) => {
    expect(fileExtension(name)).toBe(ext);
  });
});

describe('checkPackFile: the extension is allowed and the content matches it', () => {
  it.each<[string, Uint8Array]>([
    ['pictures/a.png', PNG],
    ['pictures/a.PNG', PNG],
    ['pictures/a.jpg', JPEG],
    ['pictures/a.jpeg', JPEG],
    ['pictures/a.webp', WEBP],
    ['pictures/a.svg', SVG],
    ['sounds/a.mp3', MP3_ID3],
    ['sounds/a.ogg', OGG],
    ['sounds/a.m4a', M4A],
    ['pack.json', PACK_JSON],
    ['pack.json', text('{ "format": 1, oops')],
    ['README.txt', TEXT],
    ['notes.md', text('# Ghi chú\n\n<svg> là một định dạng ảnh.')],
  ])('accepts %s', (name, bytes) => {
    expect(checkPackFile(name, bytes)).toEqual([]);
  });

  it.each<[string, Uint8Array, string]>([
    ['pictures/a.png', HTML, 'it looks like text'],
    ['pictures/a.jpg', PNG, 'it looks like a PNG picture'],
    ['pictures/a.svg', PNG, 'it looks like a PNG picture'],
    ['sounds/a.m4a', HEIC, 'it looks like an unknown kind of file'],
    ['sounds/a.mp3', TEXT, 'it looks like text'],
    ['pack.json', EXE, 'is not UTF-8 text'],
    ['README.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'is not UTF-8 text'],
    [
      'pack.json',
      new Uint8Array([0x7b, 0xe0, 0x7d]),
      'Open it and save it again with the UTF-8 encoding.',
    ],
    ['notes.md', text('# a\0b'), 'it looks like an unknown kind of file'],
  ])('refuses %s holding something else', (name, bytes, looksLike) => {
    const problems = checkPackFile(name, bytes);
    expect(problems.map((p) => [p.code, p.place])).toEqual([['file-content-mismatch', name]]);
    expect(problems[0]?.en).toContain(looksLike);
  });

  it('explains a .png that is really a web page in Vietnamese and English', () => {
    const [problem] = checkPackFile('pictures/lua-dao.png', HTML);
    expect(problem?.vi).toBe(
      'Tệp "pictures/lua-dao.png" có đuôi .png nhưng bên trong không phải ảnh PNG (trông giống văn bản). Hãy mở tệp bằng chương trình phù hợp và lưu lại đúng loại, hoặc đổi đuôi cho đúng.',
    );
    expect(problem?.en).toBe(
      '"pictures/lua-dao.png" is named .png but does not hold a PNG picture (it looks like text). Open it in a suitable program and save it as the right type, or give it the right extension.',
    );
  });

  it('refuses an empty file', () => {
    expect(checkPackFile('pictures/a.png', new Uint8Array(0)).map((p) => p.code)).toEqual([
      'file-content-mismatch',
    ]);
  });

  it.each(['setup.exe', 'page.html', 'app.js', 'Makefile', 'a.png.exe'])(
    'refuses the type of %s',
    (name) => {
      const problems = checkPackFile(name, PNG);
      expect(problems.map((p) => [p.code, p.place])).toEqual([['file-type-not-allowed', name]]);
    },
  );

  it('refuses an unsafe SVG', () => {
    const problems = checkPackFile('pictures/a.svg', text(svg('<script>alert(1)</script>')));
    expect(problems.map((p) => [p.code, p.place])).toEqual([['svg-unsafe', 'pictures/a.svg']]);
  });
});

const INKSCAPE_SVG = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg width="100" height="100" viewBox="0 0 100 100" version="1.1" id="svg1"
   inkscape:version="1.3 (0e150ed6c4, 2023-07-21)" sodipodi:docname="lua-dao.svg"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns:xlink="http://www.w3.org/1999/xlink"
   xmlns="http://www.w3.org/2000/svg"
   xmlns:svg="http://www.w3.org/2000/svg">
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" inkscape:zoom="2.5" />
  <defs id="defs1">
    <linearGradient id="linearGradient1" inkscape:collect="always">
      <stop style="stop-color:#ff0000;stop-opacity:1" offset="0" id="stop1" />
    </linearGradient>
    <linearGradient xlink:href="#linearGradient1" id="linearGradient2" x1="0" y1="0" x2="1" y2="1" />
    <clipPath id="clip-1"><circle r="40" /></clipPath>
  </defs>
  <g inkscape:label="Lớp 1" inkscape:groupmode="layer" id="layer1" clip-path="url(#clip-1)">
    <rect style="fill:url(#linearGradient2);stroke:none" width="50" height="50" x="0" y="0" id="rect1" />
    <use href="#rect1" x="50" class="icon button" />
    <text x="5" y="90">Việc nhẹ lương cao? Hãy hỏi người thân &amp; gọi 111. Con ong on load= không sao.</text>
  </g>
</svg>
`;

describe('checkSvg accepts ordinary pictures', () => {
  it.each([
    ['an Inkscape drawing with gradients, clip paths and local links', INKSCAPE_SVG],
    [
      'a DOCTYPE without an internal subset',
      svg(
        '<circle r="1"/>',
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
      ),
    ],
    [
      'a style sheet with url(#id) in CDATA',
      svg('<style><![CDATA[ .a { fill: url( "#g" ); mask: url(\'#m\') } ]]></style>'),
    ],
    ['"on load=" in text, which is not an attribute', svg('<text>on load= and on click =</text>')],
    ['numeric character references for ordinary letters', svg('<text>&#272;&#x1EEB;ng</text>')],
  ])('%s', (_label, source) => {
    expect(checkSvg(source, 'pictures/a.svg')).toEqual([]);
  });
});

describe('checkSvg refuses (never cleans) what could run or fetch', () => {
  it.each([
    ['a <script>', svg('<script>alert(1)</script>'), /<script> element/],
    ['an upper-case <SCRIPT>', svg('<SCRIPT>alert(1)</SCRIPT>'), /<SCRIPT> element/],
    ['a prefixed <svg:script>', svg('<svg:script>alert(1)</svg:script>'), /<script> element/],
    ['"< script"', svg('< script>alert(1)</script>'), /<script> element/],
    ['an onload attribute', svg('<rect onload="alert(1)"/>'), /event attribute "onload"/],
    ['"onload =" with spaces', svg('<rect onload\n =\t"alert(1)"/>'), /event attribute "onload"/],
    ['ONCLICK in capitals', svg('<rect ONCLICK="alert(1)"/>'), /event attribute "ONCLICK"/],
    ['"/onload="', '<svg/onload=alert(1)>', /event attribute "onload"/],
    [
      'an attribute right after a quote',
      svg('<rect x="1"onmouseover="alert(1)"/>'),
      /"onmouseover"/,
    ],
    ['<foreignObject>', svg('<foreignObject><div>hi</div></foreignObject>'), /<foreignObject>/],
    ['<FOREIGNOBJECT>', svg('<FOREIGNOBJECT/>'), /<foreignObject>/],
    ['<iframe>', svg('<iframe src="https://example.org"/>'), /<iframe> element/],
    ['<embed>', svg('<embed src="a.swf"/>'), /<embed> element/],
    ['<object>', svg('<object data="a.pdf"/>'), /<object> element/],
    ['<!ENTITY>', svg('', '<!DOCTYPE svg [ <!ENTITY lol "lol"> ]>'), /<!ENTITY>/],
    ['a DOCTYPE with an internal subset', svg('', '<!DOCTYPE svg [ ]>'), /<!DOCTYPE \[\.\.\.\]>/],
    [
      'a link to a web site',
      svg('<a href="https://lam-giau.example"><text>Việc làm</text></a>'),
      /links to something outside the picture \("https:\/\/lam-giau\.example"\)/,
    ],
    ['an xlink:href to another file', svg('<image xlink:href="photo.png"/>'), /\("photo\.png"\)/],
    ['a <use> of another file', svg('<use href="other.svg#a"/>'), /\("other\.svg#a"\)/],
    [
      'a style sheet processing instruction',
      svg('', '<?xml-stylesheet href="evil.css"?>'),
      /\("evil\.css"\)/,
    ],
    ['an unquoted href', svg('<a href=//evil.example/x>x</a>'), /\("\/\/evil\.example\/x"\)/],
    [
      'url() to the web',
      svg('<rect style="fill:url(https://evil.example/x.svg#a)"/>'),
      /url\(https:\/\/evil\.example\/x\.svg#a\)/,
    ],
    [
      'url() written with a CSS escape',
      svg('<rect style="fill:\\75rl(https://evil.example/x)"/>'),
      /url\(https:\/\/evil\.example\/x\)/,
    ],
    ['image-set()', svg('<style>a { background: image-set("x.png" 1x) }</style>'), /image-set/],
    ['@import', svg('<style>@import "x.css";</style>'), /"@import"/],
    ['@import written with a CSS escape', svg('<style>@\\69mport "x.css";</style>'), /"@import"/],
    ['javascript:', svg('<a href="javascript:alert(1)">x</a>'), /"javascript:"/],
    ['JaVaScRiPt:', svg('<a href="JaVaScRiPt:alert(1)">x</a>'), /"javascript:"/],
    ['&#106;avascript:', svg('<a href="&#106;avascript:alert(1)">x</a>'), /"javascript:"/],
    ['&#x6A;avascript:', svg('<a href="&#x6A;avascript:alert(1)">x</a>'), /"javascript:"/],
    [
      '&#0000106avascript: without semicolons',
      svg('<a href="&#0000106avascript:alert(1)">x</a>'),
      /"javascript:"/,
    ],
    ['java&#x09;script:', svg('<a href="java&#x09;script:alert(1)">x</a>'), /"javascript:"/],
    ['javascript&colon;', svg('<a href="javascript&colon;alert(1)">x</a>'), /"javascript:"/],
    ['&amp;#106;avascript:', svg('<a href="&amp;#106;avascript:alert(1)">x</a>'), /"javascript:"/],
    ['vbscript:', svg('<a href="vbscript:msgbox(1)">x</a>'), /"javascript:"/],
    ['data: in an image', svg('<image href="data:image/png;base64,iVBORw0KGgo="/>'), /"data:"/],
    ['&#100;ata:', svg('<image href="&#100;ata:image/png;base64,iVBO="/>'), /"data:"/],
    [
      'an animation that sets an event attribute',
      svg('<set attributeName="onclick" to="alert(1)"/>'),
      /animation that changes the "onclick" attribute/,
    ],
    [
      'an animation that changes a link',
      svg('<animate attributeName="xlink:href" values="#a;#b"/>'),
      /animation that changes the "href" attribute/,
    ],
    ['an unknown named character', svg('<text>&custom;</text>'), /named character "&custom;"/],
  ])('%s', (_label, source, explained) => {
    const problems = checkSvg(source, 'pictures/a.svg');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'svg-unsafe' && p.place === 'pictures/a.svg')).toBe(
      true,
    );
    expect(problems.map((p) => p.en).join('\n')).toMatch(explained);
  });

  it('names the rule in Vietnamese and English, and says what to do', () => {
    const [problem] = checkSvg(svg('<script>alert(1)</script>'), 'portraits/chi-lan.svg');
    expect(problem?.vi).toBe(
      'Ảnh SVG "portraits/chi-lan.svg" không an toàn: có mã chạy được (thẻ <script>). Trò chơi không mở ảnh này. Hãy xuất lại ảnh ở dạng SVG thường (Plain SVG) hoặc PNG, hoặc xoá phần đó rồi lưu lại.',
    );
    expect(problem?.en).toBe(
      'The SVG picture "portraits/chi-lan.svg" is not safe: it contains code (a <script> element). The game does not open it. Export the picture again as plain SVG or as PNG, or remove that part and save it again.',
    );
  });

  it('reports each rule broken once, and every rule broken', () => {
    const source = svg(
      '<script>a()</script><script>b()</script><rect onload="c()"/><image href="data:x"/>',
    );
    const found = checkSvg(source, 'a.svg').map((p) => p.en);
    expect(found).toHaveLength(4);
    expect(found[0]).toContain('<script>');
    expect(found[1]).toContain('"onload"');
    expect(found[2]).toContain('("data:x")');
    expect(found[3]).toContain('"data:"');
  });
});

describe('checkSvg against tricks (property tests)', () => {
  const anyCase = (word: string): fc.Arbitrary<string> =>
    fc
      .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
      .map((upper) => Array.from(word, (c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
  const spaces = fc
    .array(fc.constantFrom(' ', '\t', '\n', '\r'), { maxLength: 3 })
    .map((s) => s.join(''));
  /**
   * A character written as itself or as a character reference. Only decimal ones go without the
   * ';' here: a hex one would run into a following letter a–f, as it does in a browser.
   */
  const spelled = (c: string): fc.Arbitrary<string> => {
    const code = c.codePointAt(0) ?? 0;
    const hex = code.toString(16);
    return fc.constantFrom(
      c,
      `&#${code};`,
      `&#${code}`,
      `&#00${code};`,
      `&#x${hex};`,
      `&#X${hex.toUpperCase()};`,
    );
  };
  const spelledWord = (word: string): fc.Arbitrary<string> =>
    anyCase(word).chain((w) => fc.tuple(...Array.from(w, spelled)).map((parts) => parts.join('')));

  it('refuses <script in any case, after any spaces, with any prefix', () => {
    fc.assert(
      fc.property(
        anyCase('script'),
        spaces,
        fc.constantFrom('', 'svg:', 'x:'),
        (name, gap, prefix) => {
          const problems = checkSvg(svg(`<${gap}${prefix}${name}>1</${name}>`), 'a.svg');
          expect(problems.map((p) => p.code)).toContain('svg-unsafe');
        },
      ),
    );
  });

  it('refuses on…= attributes in any case, with spaces before the "="', () => {
    const handler = fc.constantFrom(
      'onload',
      'onclick',
      'onerror',
      'onbegin',
      'onfocusin',
      'onanimationend',
    );
    fc.assert(
      fc.property(handler.chain(anyCase), spaces, spaces, (name, before, after) => {
        const problems = checkSvg(svg(`<rect x="1" ${name}${before}=${after}"go()"/>`), 'a.svg');
        expect(problems.map((p) => p.en).join()).toMatch(/event attribute/);
      }),
    );
  });

  it('refuses javascript: and data: however the letters are encoded', () => {
    const scheme = fc.constantFrom('javascript:', 'data:').chain(spelledWord);
    fc.assert(
      fc.property(scheme, (written) => {
        const problems = checkSvg(svg(`<a href="${written}x">x</a>`), 'a.svg');
        expect(problems.map((p) => p.en).join()).toMatch(/"javascript:"|"data:"/);
      }),
    );
  });

  it('never throws, whatever the text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 8 }),
      fc.constantFrom('<', '>', '"', "'", '&#', ';', '&amp;', 'on', '=', 'href', 'url(', '#', ':'),
      fc.constantFrom(
        '<!DOCTYPE',
        '[',
        ']',
        '<!ENTITY',
        '<!--',
        '-->',
        '<?',
        '?>',
        '\\',
        '\u{1F600}',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expect(Array.isArray(checkSvg(pieces.join(''), 'a.svg'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hostile text costs time in proportion to its length', () => {
  const SIZE = 1024 * 1024;
  it.each([
    '<!doctype',
    '<!DOCTYPE x ',
    '<?',
    '<!--',
    ' href="',
    ' href=',
    "url('",
    'url(',
    '&#',
    '&amp;',
    '\\',
    ' onx',
    '<a:',
    '<!',
    'attributename=',
    'j\t',
  ])(
    'a MiB of %j',
    (unit) => {
      const hostile = unit.repeat(Math.ceil(SIZE / unit.length));
      const start = performance.now();
      checkSvg(hostile, 'a.svg');
      sniffFileType(text(hostile));
      // Linear passes take milliseconds (seconds on a busy shared machine); one quadratic
      // pass over a MiB would take hours.
      expect(performance.now() - start).toBeLessThan(15_000);
    },
    60_000,
  );
});
