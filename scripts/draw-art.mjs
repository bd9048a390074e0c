#!/usr/bin/env node
/**
 * Draws the default pack's art as small hand-written SVG and writes it to
 * assets/packs/default/{backgrounds,portraits,pictures}/. Run with `node scripts/draw-art.mjs`
 * (optionally with a folder name, e.g. `node scripts/draw-art.mjs portraits`, to redraw one kind).
 *
 * Deterministic: no randomness, so running it again produces the same bytes.
 *
 * The pack validator refuses SVG with <text>, <script>, <image>, <foreignObject>, on* attributes
 * or references outside the file, so everything here is plain shapes; local gradients and clip
 * paths are referenced as url(#id) only. Coordinates are rounded to one decimal to keep the
 * files small, and each file is checked against its size budget before it is written.
 *
 * Style: flat colours with a dark outline (stroke set once on the root group), so the pictures
 * survive a washed-out projector and a small phone screen.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  INK,
  NO_STROKE,
  num,
  d,
  el,
  rect,
  circle,
  ellipse,
  path,
  line,
  lines,
  poly,
  polyline,
  group,
  rotate,
  stroke,
  svgDoc,
  blob,
  heartPath,
  plusSign,
  star4,
  cloud,
} from './art/kit.mjs';
import {
  dormitoryBackground,
  harbourBackground,
  workplaceBackground,
} from './art/backgrounds-more.mjs';
import { CHARACTERS_MORE } from './art/characters-more.mjs';
import {
  canCuocPicture,
  chiaSePicture,
  hoiRoPicture,
  thuyenVienPicture,
} from './art/pictures-more.mjs';
import { PHONE_SENDERS, drawPhonePortrait } from './art/phone-portraits.mjs';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'packs', 'default');
/** Size budgets in bytes, per folder. */
const BUDGET = { backgrounds: 25 * 1024, portraits: 12 * 1024, pictures: 20 * 1024 };

// ---------------------------------------------------------------------------------------------
// Shared props

/** A plastic street stool standing on (cx, by). */
const stool = (cx, by, fill, shade) => [
  poly([cx - 34, by - 66, cx + 34, by - 66, cx + 46, by, cx - 46, by], fill),
  path(
    d`M${cx - 27} ${by}L${cx - 22} ${by - 30}Q${cx} ${by - 46} ${cx + 22} ${by - 30}L${cx + 27} ${by}Z`,
    shade,
    { 'stroke-width': 4 },
  ),
  rect(cx - 42, by - 80, 84, 16, fill, { rx: 6 }),
  rect(cx - 12, by - 77, 24, 8, shade, { rx: 4, 'stroke-width': 3 }),
];

/** A glass of iced tea standing on (x, by). */
const icedTea = (x, by) => [
  path(d`M${x - 14} ${by - 40}L${x + 14} ${by - 40}L${x + 11} ${by}L${x - 11} ${by}Z`, '#e0892b', {
    'stroke-width': 4,
  }),
  rect(x - 8, by - 34, 9, 9, '#fff4d6', { ...NO_STROKE, transform: rotate(15, x - 4, by - 30) }),
  rect(x + 1, by - 24, 8, 8, '#fff4d6', { ...NO_STROKE, transform: rotate(-10, x + 5, by - 20) }),
  rect(x - 14, by - 44, 28, 6, '#f7d9a6', { 'stroke-width': 3 }),
];

/** A side-view underbone motorbike facing right, 270 long, wheels on y = 0 in local units. */
const motorbike = (x, y, s, body, flip = false) =>
  group(
    { transform: `translate(${num(x)} ${num(y)}) scale(${flip ? -s : s} ${s})` },
    circle(50, -40, 40, '#2e2e33'),
    circle(50, -40, 16, '#c9ccd1', { 'stroke-width': 4 }),
    circle(232, -40, 40, '#2e2e33'),
    circle(232, -40, 16, '#c9ccd1', { 'stroke-width': 4 }),
    path('M38 -22L140 -34L142 -20L40 -10Z', '#c9ccd1', { 'stroke-width': 4 }),
    line(232, -40, 206, -150, stroke('#8a8f99', 10)),
    path('M14 -74C26 -114 124 -124 156 -94L190 -58L110 -48C70 -46 36 -52 14 -74Z', body),
    path('M176 -64L202 -150L234 -150L214 -70Z', body),
    path('M190 -60L120 -46L112 -70L170 -80Z', '#3a3a40', { 'stroke-width': 4 }),
    path('M26 -100C40 -122 130 -124 146 -106L140 -92L30 -88Z', '#2e2e33'),
    ellipse(236, -136, 12, 16, '#fff6b0', { 'stroke-width': 4 }),
    line(196, -160, 232, -162, { 'stroke-width': 8 }),
    line(214, -160, 222, -190, { 'stroke-width': 4 }),
    ellipse(224, -194, 10, 7, '#c9ccd1', { 'stroke-width': 4 }),
  );

// ---------------------------------------------------------------------------------------------
// Skit backgrounds, 1600 x 1000. What matters sits in the centre band x 350..1250; the lower
// third stays quiet because the dialogue box covers it.

function homeBackground() {
  const b = [];
  b.push(rect(-10, -10, 1620, 720, '#f6dcaa', NO_STROKE));
  b.push(rect(-10, -10, 1620, 80, '#eac487'));
  // Floor tiles, converging a little towards the middle.
  b.push(rect(-10, 700, 1620, 320, '#ebb98c'));
  const tile = stroke('#d39a68', 4);
  for (let i = -7; i <= 7; i += 1) b.push(line(800 + i * 115, 700, 800 + i * 200, 1000, tile));
  for (const y of [752, 818, 900]) b.push(line(0, y, 1600, y, tile));
  b.push(rect(-10, 684, 1620, 22, '#8a4b2a'));
  // Fluorescent tube above the window.
  b.push(
    rect(400, 118, 200, 22, '#e3e3e3', { rx: 6 }),
    rect(412, 122, 176, 12, '#ffffff', { rx: 6 }),
  );
  // Window with bars, greenery outside and red curtains.
  b.push(rect(370, 196, 260, 334, '#a0602f', { rx: 6 }));
  b.push(rect(392, 218, 216, 290, '#9edcf5'));
  b.push(
    group(
      { 'clip-path': 'url(#home-win)' },
      blob(
        [
          [410, 500, 70],
          [500, 480, 60],
          [600, 490, 72],
          [450, 420, 40],
        ],
        '#6cc067',
        4,
      ),
      circle(560, 270, 26, '#fff3a0', NO_STROKE),
    ),
  );
  for (let x = 422; x < 600; x += 31) b.push(line(x, 218, x, 508, stroke('#2f7d4f', 5)));
  b.push(line(392, 362, 608, 362, stroke('#2f7d4f', 6)));
  b.push(rect(352, 524, 296, 20, '#8a4b2a'));
  b.push(line(326, 188, 674, 188, { 'stroke-width': 10 }));
  b.push(path('M336 188L432 188C416 300 404 430 440 566L336 566Z', '#d9534f'));
  b.push(path('M664 188L568 188C584 300 596 430 560 566L664 566Z', '#d9534f'));
  const fold = stroke('#a83a36', 4);
  b.push(path('M372 200C366 320 370 440 376 560', 'none', fold));
  b.push(path('M628 200C634 320 630 440 624 560', 'none', fold));
  // Stand fan in front of the curtain.
  b.push(ellipse(270, 905, 82, 22, '#3a6fb0'));
  b.push(rect(262, 560, 16, 340, '#dedede'));
  b.push(ellipse(270, 548, 34, 24, '#3a6fb0'));
  b.push(circle(270, 470, 98, '#e8f4fb'));
  for (const a of [0, 120, 240]) {
    b.push(ellipse(270, 418, 28, 48, '#3a8ed6', { transform: rotate(a + 20, 270, 470) }));
  }
  b.push(circle(270, 470, 62, 'none', { 'stroke-width': 3 }));
  for (let a = 0; a < 360; a += 30) {
    const r = (a * Math.PI) / 180;
    b.push(
      line(
        270 + 20 * Math.cos(r),
        470 + 20 * Math.sin(r),
        270 + 97 * Math.cos(r),
        470 + 97 * Math.sin(r),
        { 'stroke-width': 3 },
      ),
    );
  }
  b.push(circle(270, 470, 20, '#3a6fb0'));
  // Family altar shelf: red panel with a plain gold medallion, no writing.
  b.push(rect(656, 150, 288, 204, '#b8322a'));
  b.push(rect(672, 166, 256, 172, 'none', stroke('#f2c14e', 6)));
  b.push(circle(800, 238, 48, '#f2c14e'), circle(800, 238, 30, '#d2452f', { 'stroke-width': 4 }));
  for (const a of [0, 90, 180, 270]) {
    b.push(
      ellipse(800, 222, 8, 14, '#f2c14e', { 'stroke-width': 3, transform: rotate(a, 800, 238) }),
    );
  }
  b.push(rect(624, 350, 352, 28, '#7a3b1f'));
  b.push(
    poly([648, 378, 690, 378, 648, 424], '#7a3b1f'),
    poly([952, 378, 910, 378, 952, 424], '#7a3b1f'),
  );
  // On the shelf: incense bowl, vases of flowers, fruit, an oil lamp.
  for (const [x1, x2] of [
    [792, 786],
    [800, 800],
    [808, 814],
  ]) {
    b.push(line(x1, 320, x2, 268, stroke('#8a3a1f', 4)));
    b.push(circle(x2, 268, 3, '#ff6a2a', NO_STROKE));
  }
  b.push(path('M766 350L834 350L844 316L756 316Z', '#f2c14e'));
  b.push(rect(760, 326, 80, 10, '#2f6fb8', { 'stroke-width': 3 }));
  for (const x of [690, 910]) {
    b.push(
      line(x, 300, x - 14, 258, stroke('#3f8f4a', 4)),
      line(x, 300, x + 12, 254, stroke('#3f8f4a', 4)),
    );
    b.push(line(x, 300, x, 244, stroke('#3f8f4a', 4)));
    b.push(
      circle(x - 14, 258, 12, '#ffb020', { 'stroke-width': 4 }),
      circle(x + 12, 254, 12, '#ff7a1a', { 'stroke-width': 4 }),
    );
    b.push(circle(x, 242, 13, '#ffd23f', { 'stroke-width': 4 }));
    b.push(
      path(
        d`M${x - 10} 350C${x - 26} 330 ${x - 18} 306 ${x - 8} 298L${x + 8} 298C${x + 18} 306 ${x + 26} 330 ${x + 10} 350Z`,
        '#2f7fd1',
      ),
    );
  }
  b.push(ellipse(744, 348, 26, 7, '#e6e6e6', { 'stroke-width': 4 }));
  b.push(
    circle(734, 334, 11, '#ff8c2b', { 'stroke-width': 4 }),
    circle(754, 334, 11, '#ffd23f', { 'stroke-width': 4 }),
    circle(744, 318, 10, '#7cc242', { 'stroke-width': 4 }),
  );
  b.push(
    rect(846, 320, 22, 30, '#e0453a', { 'stroke-width': 4 }),
    ellipse(857, 310, 6, 10, '#ffd23f', { 'stroke-width': 3 }),
  );
  // Calendar with a picture and a blank grid of days.
  b.push(
    polyline([1056, 214, 1110, 184, 1164, 214], { 'stroke-width': 3 }),
    circle(1110, 184, 5, INK),
  );
  b.push(rect(1050, 210, 120, 196, '#ffffff'));
  b.push(rect(1060, 222, 100, 70, '#9edcf5', { 'stroke-width': 4 }));
  b.push(circle(1140, 240, 10, '#ffd23f', NO_STROKE));
  b.push(
    poly([1062, 290, 1094, 248, 1118, 276, 1138, 256, 1158, 290], '#5bb35a', { 'stroke-width': 4 }),
  );
  for (let r = 0; r < 4; r += 1) {
    for (let c = 0; c < 5; c += 1) {
      b.push(
        rect(1062 + c * 19.5, 302 + r * 24, 15, 17, c === 0 ? '#f6b3ad' : '#eeeeee', {
          'stroke-width': 2,
        }),
      );
    }
  }
  // Landscape painting above the sofa.
  b.push(rect(1230, 230, 260, 170, '#c98f55'));
  b.push(rect(1246, 246, 228, 138, '#bfe8f7', { 'stroke-width': 4 }));
  b.push(
    poly([1248, 340, 1300, 280, 1340, 320, 1390, 262, 1472, 340], '#4c9a5a', { 'stroke-width': 4 }),
  );
  b.push(rect(1248, 340, 224, 42, '#4fa3d9', { 'stroke-width': 4 }));
  b.push(path('M1360 356L1410 356L1400 368L1370 368Z', '#8a4b2a', { 'stroke-width': 3 }));
  // Wooden sofa against the wall.
  b.push(rect(1170, 470, 340, 140, '#8a4b2a', { rx: 14 }));
  for (const x of [1196, 1306, 1416])
    b.push(rect(x, 490, 76, 90, '#a8643a', { rx: 8, 'stroke-width': 4 }));
  b.push(
    rect(1140, 548, 44, 96, '#7a3b1f', { rx: 8 }),
    rect(1496, 548, 44, 96, '#7a3b1f', { rx: 8 }),
  );
  b.push(rect(1170, 596, 340, 36, '#7a3b1f'));
  b.push(rect(1210, 560, 120, 44, '#f2c14e', { rx: 16 }));
  b.push(rect(1180, 632, 24, 96, '#6a3219'), rect(1476, 632, 24, 96, '#6a3219'));
  // Low tea table with a tea set.
  b.push(rect(580, 748, 30, 120, '#6a3219'), rect(990, 748, 30, 120, '#6a3219'));
  b.push(poly([566, 682, 1034, 682, 1064, 724, 536, 724], '#a8643a'));
  b.push(rect(536, 724, 528, 26, '#7a3b1f'));
  b.push(path('M714 660C686 656 684 700 716 696', 'none', { 'stroke-width': 10 }));
  b.push(path('M800 676Q828 668 840 628L852 632Q842 684 806 694Z', '#ffffff'));
  b.push(ellipse(760, 668, 50, 38, '#ffffff'));
  b.push(path('M714 676Q760 690 806 676', 'none', stroke('#2f6fb8', 6)));
  b.push(
    ellipse(760, 632, 26, 8, '#ffffff', { 'stroke-width': 4 }),
    circle(760, 620, 7, '#2f6fb8', { 'stroke-width': 4 }),
  );
  for (const x of [660, 872, 914, 956]) {
    b.push(
      path(d`M${x - 15} 684L${x + 15} 684L${x + 11} 706L${x - 11} 706Z`, '#ffffff', {
        'stroke-width': 4,
      }),
    );
    b.push(line(x - 12, 692, x + 12, 692, stroke('#2f6fb8', 3)));
  }
  const defs = el('clipPath', { id: 'home-win' }, rect(392, 218, 216, 290, '#000'));
  return svgDoc(1600, 1000, 6, b, defs);
}

function cafeBackground() {
  const b = [];
  b.push(rect(-10, -10, 1620, 700, '#a8defa', NO_STROKE));
  b.push(cloud(700, 40, 0.8), cloud(1180, 30, 0.7));
  // A row of narrow shophouses (nhà ống).
  const houses = [
    { x: -10, w: 330, top: 110, c: '#f2b84b' },
    { x: 320, w: 300, top: 64, c: '#e8765a' },
    { x: 620, w: 360, top: 130, c: '#f6e27a' },
    { x: 980, w: 300, top: 84, c: '#8cc9a6' },
    { x: 1280, w: 330, top: 140, c: '#f09a6c' },
  ];
  for (const h of houses) {
    b.push(rect(h.x, h.top, h.w, 610 - h.top, h.c));
    b.push(rect(h.x - 6, h.top - 18, h.w + 12, 22, '#fdf3e0'));
    for (let y = h.top + 40; y < 330; y += 130) {
      const wx = h.x + h.w / 2;
      b.push(
        rect(wx - 70, y, 60, 80, '#3f8f6a', { 'stroke-width': 5 }),
        rect(wx + 10, y, 60, 80, '#3f8f6a', { 'stroke-width': 5 }),
      );
      const rail = [
        [wx - 40, y, wx - 40, y + 80],
        [wx + 40, y, wx + 40, y + 80],
        [h.x + 10, y + 126, h.x + h.w - 10, y + 126],
      ];
      for (let x = h.x + 24; x < h.x + h.w - 14; x += 26) rail.push([x, y + 98, x, y + 126]);
      b.push(lines(rail, { 'stroke-width': 3 }));
      b.push(rect(h.x + 10, y + 88, h.w - 20, 10, '#fdf3e0', { 'stroke-width': 4 }));
    }
    if (h.x !== 620) {
      b.push(rect(h.x + 24, 430, h.w - 48, 180, '#b9bec6'));
      const slats = [];
      for (let y = 448; y < 610; y += 22) slats.push([h.x + 24, y, h.x + h.w - 24, y]);
      b.push(lines(slats, stroke('#8b919b', 4)));
    }
  }
  // The café: open front, counter, drinks fridge, striped awning and a sign with a cup.
  b.push(rect(640, 430, 320, 180, '#6b3b2a'));
  b.push(rect(860, 450, 84, 160, '#e8f4fb'));
  for (const [y, cs] of [
    [474, ['#e0453a', '#2f9e6a', '#f2c14e']],
    [530, ['#2f7fd1', '#ff8c2b', '#e0453a']],
  ]) {
    cs.forEach((c, i) => b.push(rect(872 + i * 22, y, 14, 40, c, { rx: 4, 'stroke-width': 3 })));
  }
  b.push(rect(660, 530, 170, 80, '#c98f55'));
  b.push(rect(676, 500, 40, 30, '#f2c14e', { 'stroke-width': 4 }));
  b.push(rect(660, 330, 280, 62, '#d9534f', { rx: 8 }));
  b.push(path('M770 346L814 346L810 378L774 378Z', '#ffffff', { 'stroke-width': 4 }));
  b.push(path('M814 352C830 352 830 370 812 370', 'none', { 'stroke-width': 5 }));
  for (let i = 0; i < 10; i += 1) {
    const x0 = 610 + i * 38;
    b.push(
      poly(
        [x0, 404, x0 + 38, 404, x0 + 42, 456, x0 - 4, 456],
        i % 2 ? '#ffffff' : '#e0453a',
        NO_STROKE,
      ),
    );
  }
  b.push(poly([610, 404, 990, 404, 994, 456, 606, 456], 'none'));
  // Overhead wires and a pole, typical of the street.
  b.push(rect(1528, 30, 22, 600, '#9aa0a8'));
  for (const [y1, sag] of [
    [60, 110],
    [80, 140],
  ]) {
    b.push(path(d`M-10 ${y1 + 40}Q780 ${y1 + sag} 1540 ${y1}`, 'none', stroke('#333333', 4)));
  }
  // Pavement and road.
  b.push(rect(-10, 610, 1620, 330, '#e2cda6'));
  const tiles = [680, 770, 870].map((y) => [0, y, 1600, y]);
  for (let x = 80; x < 1600; x += 160) tiles.push([x, 610, x - 40, 940]);
  b.push(lines(tiles, stroke('#cfb68c', 4)));
  b.push(rect(-10, 930, 1620, 18, '#b9b2a6'), rect(-10, 948, 1620, 70, '#6d727a'));
  // Tree with a brick guard.
  b.push(path('M402 790C412 620 396 450 412 250L452 250C446 450 462 620 474 790Z', '#8a5a35'));
  b.push(rect(370, 780, 136, 26, '#b5563a'));
  b.push(
    blob(
      [
        [300, 210, 110],
        [450, 150, 130],
        [580, 220, 96],
        [400, 300, 100],
        [220, 310, 80],
        [160, 180, 90],
      ],
      '#4caf50',
    ),
  );
  for (const [x, y, r] of [
    [430, 120, 50],
    [290, 180, 40],
    [560, 200, 36],
  ]) {
    b.push(circle(x, y, r, '#6cc56a', NO_STROKE));
  }
  // Motorbikes parked on the pavement.
  b.push(motorbike(1090, 700, 1.1, '#e0453a'), motorbike(1300, 740, 1.1, '#2f7fd1'));
  b.push(motorbike(110, 760, 1.05, '#f2c14e'));
  // Two low tables, plastic stools, glasses of iced tea (drawn at table scale, floor at y = 0).
  for (const t of [
    { x: 680, glasses: [-40, 2, 44] },
    { x: 1000, glasses: [-36, 30] },
  ]) {
    b.push(
      group(
        { transform: `translate(${t.x} 730) scale(1.3)` },
        stool(-66, -40, '#e0453a', '#a8302a'),
        stool(66, -40, '#2f7fd1', '#245f9c'),
        rect(-74, -96, 12, 96, '#9aa0a8'),
        rect(62, -96, 12, 96, '#9aa0a8'),
        poly([-72, -126, 72, -126, 88, -106, -88, -106], '#eef1f4'),
        rect(-88, -106, 176, 14, '#c4cad2'),
        t.glasses.map((g) => icedTea(g, -112)),
        stool(-74, 70, '#2f7fd1', '#245f9c'),
        stool(78, 76, '#e0453a', '#a8302a'),
      ),
    );
  }
  return svgDoc(1600, 1000, 6, b);
}

function bedroomNightBackground() {
  const b = [];
  const glow = el(
    'radialGradient',
    { id: 'phone-glow', cx: 900, cy: 520, r: 620, gradientUnits: 'userSpaceOnUse' },
    el('stop', { offset: 0, 'stop-color': '#ffe9a8', 'stop-opacity': 0.85 }),
    el('stop', { offset: 0.4, 'stop-color': '#ffc978', 'stop-opacity': 0.35 }),
    el('stop', { offset: 1, 'stop-color': '#ffc978', 'stop-opacity': 0 }),
  );
  const screenGlow = el(
    'radialGradient',
    { id: 'screen-glow' },
    el('stop', { offset: 0.3, 'stop-color': '#fffbe6', 'stop-opacity': 0.8 }),
    el('stop', { offset: 1, 'stop-color': '#fffbe6', 'stop-opacity': 0 }),
  );
  b.push(rect(-10, -10, 1620, 1020, '#454d91', NO_STROKE));
  b.push(rect(-10, -10, 1620, 1020, 'url(#phone-glow)', NO_STROKE));
  // Fairy lights along the top of the wall.
  b.push(path('M-10 90Q400 170 800 100Q1200 170 1610 90', 'none', stroke('#2a2e5c', 4)));
  for (let x = 40; x < 1600; x += 80) {
    const t = (x % 800) / 800;
    const y = 96 + Math.sin(t * Math.PI) * 36;
    b.push(circle(x, y + 14, 22, '#ffd45a', { ...NO_STROKE, opacity: 0.3 }));
    b.push(circle(x, y + 14, 10, '#ffd45a', { 'stroke-width': 3 }));
  }
  // Window with a night sky.
  b.push(rect(1000, 180, 300, 300, '#c9b8e8', { rx: 6 }));
  b.push(rect(1020, 200, 260, 260, '#1b2150', { 'stroke-width': 4 }));
  b.push(
    path('M1210 230A44 44 0 1 0 1236 310A36 36 0 1 1 1210 230Z', '#ffe27a', { 'stroke-width': 4 }),
  );
  for (const [x, y, r] of [
    [1070, 250, 12],
    [1120, 330, 9],
    [1060, 400, 10],
    [1170, 420, 12],
    [1250, 390, 8],
  ]) {
    b.push(star4(x, y, r, '#fff6c8'));
  }
  b.push(
    line(1150, 200, 1150, 460, stroke('#c9b8e8', 10)),
    line(1020, 330, 1280, 330, stroke('#c9b8e8', 10)),
  );
  b.push(path('M980 168L1060 168C1044 300 1040 420 1070 500L980 500Z', '#8a6cc9'));
  b.push(path('M1320 168L1240 168C1256 300 1260 420 1230 500L1320 500Z', '#8a6cc9'));
  b.push(line(960, 166, 1340, 166, { 'stroke-width': 10 }));
  // Poster and a shelf of books.
  b.push(rect(420, 190, 170, 220, '#ff8fab', { transform: rotate(-3, 505, 300) }));
  b.push(circle(505, 270, 44, '#ffe27a', { 'stroke-width': 5 }));
  b.push(
    poly([440, 390, 490, 320, 520, 360, 550, 330, 580, 390], '#5bc0a0', { 'stroke-width': 5 }),
  );
  b.push(rect(150, 330, 220, 18, '#a8643a'));
  [
    ['#e0453a', 60],
    ['#f2c14e', 74],
    ['#2f9e6a', 66],
    ['#ffffff', 54],
    ['#2f7fd1', 70],
  ].forEach(([c, h], i) => b.push(rect(166 + i * 26, 330 - h, 22, h, c, { 'stroke-width': 4 })));
  b.push(
    rect(310, 298, 40, 32, '#e6904a', { 'stroke-width': 4 }),
    blob([[330, 286, 18]], '#5bb35a', 3),
  );
  // Bed seen from its foot: headboard, pillows, blanket.
  b.push(rect(330, 380, 840, 220, '#7a5cae', { rx: 40 }));
  b.push(rect(360, 410, 780, 150, '#9479c9', { rx: 28, 'stroke-width': 4 }));
  b.push(path('M300 560L1200 560L1320 1010L180 1010Z', '#5b8bd6'));
  b.push(
    path('M290 600Q750 640 1210 600L1260 800Q750 850 240 800Z', '#78a6ea', { 'stroke-width': 4 }),
  );
  for (const [x, y] of [
    [420, 700],
    [600, 760],
    [800, 700],
    [1000, 760],
    [1150, 700],
    [520, 900],
    [900, 910],
  ]) {
    b.push(star4(x, y, 14, '#dbe8ff'));
  }
  b.push(
    rect(400, 480, 260, 110, '#eef1ff', { rx: 40 }),
    rect(840, 480, 260, 110, '#eef1ff', { rx: 40 }),
  );
  // The phone propped on the pillow: a bright screen with chat bubbles and a heart.
  b.push(circle(900, 470, 150, 'url(#screen-glow)', NO_STROKE));
  b.push(
    group(
      { transform: `translate(-140 0) ${rotate(-6, 1040, 470)}` },
      rect(990, 380, 100, 180, '#23233a', { rx: 16 }),
      rect(1000, 396, 80, 148, '#f4fbff', { rx: 6, 'stroke-width': 3 }),
      rect(1006, 406, 46, 18, '#cdd8ea', { rx: 8, ...NO_STROKE }),
      rect(1028, 432, 46, 18, '#4da3ff', { rx: 8, ...NO_STROKE }),
      rect(1006, 458, 54, 18, '#cdd8ea', { rx: 8, ...NO_STROKE }),
      path(heartPath(1058, 500, 14), '#ff4f7b', { 'stroke-width': 3 }),
    ),
  );
  // Nightstand with a lamp (switched off).
  b.push(rect(170, 540, 150, 160, '#a8643a'), line(170, 610, 320, 610, { 'stroke-width': 4 }));
  b.push(circle(245, 650, 7, '#f2c14e', { 'stroke-width': 3 }));
  b.push(rect(236, 470, 18, 70, '#c9b8e8'), path('M200 470L290 470L270 410L220 410Z', '#f0d9a0'));
  return svgDoc(1600, 1000, 6, b, glow + screenGlow);
}

/** A coach facing right, 600 x 270, in local units with its top-left at (0, 0). */
const coach = (x, y, facingLeft, stripe) =>
  group(
    {
      transform: facingLeft
        ? `translate(${num(x + 600)} ${num(y)}) scale(-1 1)`
        : `translate(${num(x)} ${num(y)})`,
    },
    rect(0, 0, 600, 246, '#f7f4ee', { rx: 34 }),
    path('M0 150L430 150Q500 150 530 190L600 190L600 214L0 214Z', stripe, { 'stroke-width': 5 }),
    rect(30, 34, 420, 92, '#2d4f7c', { rx: 10 }),
    [120, 210, 300, 390].map((wx) => line(wx, 34, wx, 126, stroke('#f7f4ee', 8))),
    path('M476 30L560 30Q592 30 596 80L598 130L476 130Z', '#3d6a9e'),
    rect(480, 8, 80, 18, '#ffcc5c', { rx: 4, 'stroke-width': 4 }),
    rect(404, 140, 46, 104, '#cfd6de', { 'stroke-width': 5 }),
    rect(566, 160, 30, 20, '#fff6b0', { rx: 6, 'stroke-width': 4 }),
    circle(120, 246, 44, '#2e2e33'),
    circle(120, 246, 18, '#c9ccd1', { 'stroke-width': 4 }),
    circle(510, 246, 44, '#2e2e33'),
    circle(510, 246, 18, '#c9ccd1', { 'stroke-width': 4 }),
  );

function busStationBackground() {
  const b = [];
  b.push(rect(-10, -10, 1620, 700, '#9fdcf8', NO_STROKE));
  b.push(cloud(160, 60, 0.8), cloud(1300, 50, 0.9), cloud(720, 30, 0.6));
  // Station building under a long blue canopy.
  b.push(rect(-10, 230, 1620, 350, '#f1e3c2'));
  for (let x = 40; x < 1600; x += 220) {
    b.push(
      rect(x, 290, 150, 100, '#bfe6f5', { 'stroke-width': 5 }),
      line(x + 75, 290, x + 75, 390, { 'stroke-width': 4 }),
    );
  }
  b.push(rect(-10, 150, 1620, 84, '#2f78c4'));
  for (let x = 20; x < 1600; x += 40) b.push(line(x, 154, x, 230, stroke('#5b98d6', 4)));
  b.push(rect(-10, 230, 1620, 22, '#245d99'));
  for (const x of [190, 560, 1040, 1410]) b.push(rect(x - 14, 252, 28, 330, '#c9ccd1'));
  // Ticket booth with a blank sign showing a coach pictogram.
  b.push(rect(650, 300, 300, 290, '#f2b84b'));
  b.push(rect(690, 340, 220, 130, '#bfe6f5'));
  b.push(path('M700 470L700 420Q760 400 800 430Q850 400 900 420L900 470Z', '#9fcfe3', NO_STROKE));
  b.push(rect(690, 340, 220, 130, 'none'));
  for (const [x, y] of [
    [790, 396],
    [800, 396],
    [810, 396],
    [795, 406],
    [805, 406],
  ]) {
    b.push(circle(x, y, 2.5, INK, NO_STROKE));
  }
  b.push(rect(670, 466, 260, 22, '#8a4b2a'));
  b.push(rect(656, 250, 288, 56, '#d9534f', { rx: 8 }));
  b.push(rect(760, 262, 80, 30, '#ffffff', { rx: 8, 'stroke-width': 4 }));
  b.push(rect(768, 268, 46, 10, '#2d4f7c', { ...NO_STROKE }));
  b.push(circle(776, 294, 6, INK, NO_STROKE), circle(826, 294, 6, INK, NO_STROKE));
  // Platform, kerb and the yard.
  b.push(rect(-10, 580, 1620, 64, '#d8cfc0'));
  b.push(rect(-10, 636, 1620, 14, '#f2c14e'));
  b.push(rect(-10, 650, 1620, 370, '#8d929b'));
  for (let x = -100; x < 1700; x += 240) b.push(line(x, 700, x + 120, 1000, stroke('#e8e8e8', 8)));
  // Luggage on the platform.
  b.push(path('M636 560Q658 534 680 560', 'none', { 'stroke-width': 6 }));
  b.push(rect(618, 556, 80, 48, '#7a5cae', { rx: 16 }));
  b.push(path('M716 512L716 494Q736 480 756 494L756 512', 'none', { 'stroke-width': 7 }));
  b.push(rect(700, 510, 72, 94, '#e0453a', { rx: 10 }));
  b.push(
    line(720, 520, 720, 594, stroke('#a8302a', 5)),
    line(752, 520, 752, 594, stroke('#a8302a', 5)),
  );
  b.push(circle(712, 610, 7, INK), circle(760, 610, 7, INK));
  b.push(path('M806 560Q840 520 874 560', 'none', { 'stroke-width': 7 }));
  b.push(rect(786, 546, 110, 64, '#ffffff', { rx: 6 }));
  for (const [x, c] of [
    [798, '#e0453a'],
    [826, '#2f7fd1'],
    [854, '#e0453a'],
    [876, '#2f7fd1'],
  ]) {
    b.push(rect(x, 548, 12, 60, c, NO_STROKE));
  }
  b.push(rect(786, 546, 110, 64, 'none', { rx: 6 }));
  b.push(path('M914 610L910 540Q912 510 944 508Q976 510 978 540L974 610Z', '#3fa34d'));
  b.push(rect(922, 560, 44, 30, '#2f8a3e', { rx: 6, 'stroke-width': 4 }));
  // Coaches parked on both sides.
  b.push(coach(-50, 420, false, '#e0453a'), coach(1050, 430, true, '#2f9e6a'));
  return svgDoc(1600, 1000, 6, b);
}

function wardOfficeBackground() {
  const b = [];
  b.push(rect(-10, -10, 1620, 740, '#d4ecd0', NO_STROKE));
  b.push(rect(-10, 560, 1620, 170, '#9ccc98'));
  b.push(rect(-10, 720, 1620, 300, '#dccaa8'));
  const tile = stroke('#c8b28a', 4);
  for (const y of [790, 880]) b.push(line(0, y, 1600, y, tile));
  for (let i = -7; i <= 7; i += 1) b.push(line(800 + i * 120, 720, 800 + i * 190, 1000, tile));
  // Ceiling fan.
  b.push(line(800, -10, 800, 50, { 'stroke-width': 8 }));
  b.push(ellipse(620, 62, 170, 14, '#8a4b2a'), ellipse(980, 62, 170, 14, '#8a4b2a'));
  b.push(ellipse(800, 60, 40, 20, '#dedede'));
  // Window with blinds.
  b.push(rect(140, 170, 260, 350, '#ffffff'));
  b.push(rect(156, 186, 228, 318, '#bfe6f5', { 'stroke-width': 4 }));
  for (let y = 200; y < 330; y += 18)
    b.push(rect(156, y, 228, 10, '#f4efe2', { 'stroke-width': 3 }));
  b.push(line(270, 186, 270, 504, { 'stroke-width': 4 }));
  // Wall clock without numbers.
  b.push(circle(480, 130, 42, '#ffffff', { 'stroke-width': 7 }));
  for (const a of [0, 90, 180, 270]) {
    const r = (a * Math.PI) / 180;
    b.push(
      line(
        480 + 28 * Math.cos(r),
        130 + 28 * Math.sin(r),
        480 + 36 * Math.cos(r),
        130 + 36 * Math.sin(r),
        { 'stroke-width': 4 },
      ),
    );
  }
  b.push(
    line(480, 130, 480, 104, { 'stroke-width': 5 }),
    line(480, 130, 500, 140, { 'stroke-width': 5 }),
  );
  // Noticeboard with blank posters: a phone, a house with a heart, people together, a shield.
  b.push(rect(560, 156, 480, 320, '#8a4b2a', { rx: 8 }));
  b.push(rect(576, 172, 448, 288, '#d9a066', { 'stroke-width': 4 }));
  const textLines = (x, y, w, n) =>
    Array.from({ length: n }, (_, i) =>
      rect(x, y + i * 14, i === n - 1 ? w * 0.6 : w, 6, '#b9b9b9', NO_STROKE),
    );
  b.push(
    rect(592, 186, 130, 176, '#ffffff', { 'stroke-width': 4 }),
    rect(592, 186, 130, 26, '#e0453a', { 'stroke-width': 4 }),
  );
  b.push(
    path('M628 232Q618 262 640 286L652 278L642 262L632 262L636 244L648 240L642 224Z', '#2f9e6a', {
      'stroke-width': 4,
    }),
  );
  b.push(path('M662 244Q674 252 672 266M670 232Q690 246 686 272', 'none', stroke('#2f9e6a', 5)));
  b.push(textLines(606, 304, 100, 3));
  b.push(rect(740, 184, 150, 126, '#ffe27a', { 'stroke-width': 4 }));
  b.push(
    poly([770, 250, 815, 208, 860, 250], '#e0453a', { 'stroke-width': 4 }),
    rect(778, 250, 74, 46, '#ffffff', { 'stroke-width': 4 }),
  );
  b.push(path(heartPath(815, 272, 14), '#e0453a', { 'stroke-width': 3 }));
  b.push(rect(906, 192, 104, 170, '#bfe0ff', { 'stroke-width': 4 }));
  for (const [x, c] of [
    [930, '#2f7fd1'],
    [958, '#e0453a'],
    [986, '#2f9e6a'],
  ]) {
    b.push(
      circle(x, 232, 11, '#f1c08f', { 'stroke-width': 3 }),
      path(d`M${x - 14} 272Q${x - 14} 248 ${x} 248Q${x + 14} 248 ${x + 14} 272Z`, c, {
        'stroke-width': 3,
      }),
    );
  }
  b.push(textLines(920, 292, 76, 4));
  b.push(rect(740, 326, 150, 120, '#ffc2d1', { 'stroke-width': 4 }));
  b.push(
    path('M815 340L850 352Q850 400 815 430Q780 400 780 352Z', '#2f7fd1', { 'stroke-width': 4 }),
  );
  b.push(polyline([800, 386, 812, 400, 834, 372], stroke('#ffffff', 6)));
  b.push(rect(596, 376, 120, 72, '#fff6c8', { 'stroke-width': 4 }), textLines(608, 392, 96, 3));
  b.push(rect(908, 378, 100, 70, '#ffffff', { 'stroke-width': 4 }), textLines(918, 392, 80, 3));
  for (const [x, y, c] of [
    [657, 190, '#2f7fd1'],
    [815, 188, '#e0453a'],
    [958, 196, '#2f9e6a'],
    [815, 330, '#2f7fd1'],
    [656, 380, '#e0453a'],
    [958, 382, '#f2c14e'],
  ]) {
    b.push(circle(x, y, 7, c, { 'stroke-width': 3 }));
  }
  // Potted plant.
  b.push(
    [
      [-40, 10],
      [-20, 0],
      [0, -4],
      [20, 2],
      [40, 12],
      [-60, 24],
      [60, 26],
    ].map(([a, dy]) =>
      ellipse(470, 520 + dy, 20, 110, a % 40 === 0 ? '#3f9a4a' : '#5bb35a', {
        transform: rotate(a, 470, 640),
        'stroke-width': 5,
      }),
    ),
  );
  b.push(
    path('M420 620L520 620L506 720L434 720Z', '#c0623a'),
    rect(412, 610, 116, 20, '#d97a4a', { rx: 6 }),
  );
  // Desk with a landline phone, papers and a pen cup.
  b.push(rect(1060, 560, 310, 160, '#8a4b2a'), line(1215, 580, 1215, 720, { 'stroke-width': 4 }));
  b.push(
    circle(1190, 640, 6, '#f2c14e', { 'stroke-width': 3 }),
    circle(1240, 640, 6, '#f2c14e', { 'stroke-width': 3 }),
  );
  b.push(rect(1040, 540, 350, 26, '#a8643a'));
  b.push(path('M1086 540L1098 496L1182 496L1194 540Z', '#d9534f'));
  b.push(
    path(
      'M1084 496Q1084 470 1104 472L1176 472Q1196 470 1196 496L1176 498Q1140 486 1104 498Z',
      '#fff2d8',
    ),
  );
  for (let r = 0; r < 2; r += 1)
    for (let c = 0; c < 3; c += 1)
      b.push(rect(1118 + c * 16, 508 + r * 14, 10, 8, '#fff2d8', { 'stroke-width': 2 }));
  b.push(
    rect(1230, 524, 90, 16, '#ffffff', { 'stroke-width': 4 }),
    rect(1236, 510, 86, 14, '#f4f4f4', { 'stroke-width': 4, transform: rotate(-4, 1280, 516) }),
  );
  b.push(
    rect(1336, 500, 30, 40, '#2f7fd1', { 'stroke-width': 4 }),
    line(1344, 500, 1338, 474, stroke(INK, 5)),
    line(1356, 500, 1364, 478, stroke('#e0453a', 5)),
  );
  // A row of chairs seen from the back (kept plain: the dialogue box covers this part).
  for (const x of [260, 480, 700, 920, 1140, 1360]) {
    b.push(
      line(x - 56, 860, x - 60, 960, { 'stroke-width': 8 }),
      line(x + 56, 860, x + 60, 960, { 'stroke-width': 8 }),
    );
    b.push(rect(x - 72, 846, 144, 18, '#245f9c'));
    b.push(rect(x - 66, 740, 132, 110, '#2f7fd1', { rx: 18 }));
    b.push(rect(x - 30, 760, 60, 14, '#245f9c', { rx: 7, 'stroke-width': 4 }));
  }
  return svgDoc(1600, 1000, 6, b);
}

// ---------------------------------------------------------------------------------------------
// Character portraits, 400 x 500, transparent, head and shoulders facing the viewer. Every
// character shares one face layout (eyes at y 228, mouth at y 280) so expressions are drawn by
// the same code; silhouette, hair and clothes tell the characters apart.

const EYE_Y = 228;
const EYE_DX = 38;

const facePath = (w, jaw) =>
  d`M200 112C${200 + w * 0.72} 112 ${200 + w} 150 ${200 + w} 205C${200 + w} 262 ${200 + w * jaw} 310 200 322C${200 - w * jaw} 310 ${200 - w} 262 ${200 - w} 205C${200 - w} 150 ${200 - w * 0.72} 112 200 112Z`;

const torsoPath = (half) =>
  d`M${200 - half} 520C${204 - half} 440 ${245 - half} 396 165 380L235 380C${half + 155} 396 ${half + 196} 440 ${200 + half} 520Z`;

/** Eyes, brows and mouth for one expression; `c` holds the character's face colours. */
function expressionParts(expr, c) {
  const parts = [];
  const brow = stroke(c.brow, c.browWidth);
  const mouthLine = stroke(INK, 6);
  const eye = (x, rx, ry) => [
    ellipse(x, EYE_Y, rx, ry, INK, NO_STROKE),
    circle(x + rx * 0.35, EYE_Y - ry * 0.4, rx * 0.38, '#ffffff', NO_STROKE),
  ];
  const eyes = (rx, ry) => [eye(200 - EYE_DX, rx, ry), eye(200 + EYE_DX, rx, ry)];
  const brows = (outerY, innerY, arch) => [
    path(
      d`M${200 - EYE_DX - 22} ${outerY}Q${200 - EYE_DX} ${Math.min(outerY, innerY) - arch} ${200 - EYE_DX + 20} ${innerY}`,
      'none',
      brow,
    ),
    path(
      d`M${200 + EYE_DX + 22} ${outerY}Q${200 + EYE_DX} ${Math.min(outerY, innerY) - arch} ${200 + EYE_DX - 20} ${innerY}`,
      'none',
      brow,
    ),
  ];
  switch (expr) {
    case 'neutral':
      parts.push(brows(196, 194, 8), eyes(11, 14));
      parts.push(path(c.smile ?? 'M182 281Q200 291 218 281', 'none', mouthLine));
      break;
    case 'happy':
      parts.push(brows(190, 188, 12));
      for (const x of [200 - EYE_DX, 200 + EYE_DX]) {
        parts.push(
          path(
            d`M${x - 14} ${EYE_Y + 5}Q${x} ${EYE_Y - 14} ${x + 14} ${EYE_Y + 5}`,
            'none',
            stroke(INK, 7),
          ),
        );
      }
      parts.push(
        path('M174 274L226 274Q224 306 200 308Q176 306 174 274Z', '#9c2f2f', { 'stroke-width': 5 }),
      );
      parts.push(path('M178 277L222 277L220 285L180 285Z', '#ffffff', NO_STROKE));
      parts.push(ellipse(200, 299, 12, 6, '#ff8a8a', NO_STROKE));
      break;
    case 'worried':
      parts.push(brows(202, 180, 2), eyes(10, 13));
      parts.push(path('M183 288Q200 278 217 288', 'none', mouthLine));
      break;
    case 'surprised':
      parts.push(brows(184, 182, 14), eyes(13, 18));
      parts.push(ellipse(200, 288, 11, 14, '#9c2f2f', { 'stroke-width': 5 }));
      break;
    default:
      throw new Error(`unknown expression ${expr}`);
  }
  return parts;
}

/** One portrait: the character's layers around the shared face and expression. */
function drawPortrait(ch, expr) {
  const skinShade = ch.skinShade;
  const happy = expr === 'happy';
  const headShift = { transform: 'translate(0 14)' };
  return svgDoc(400, 500, 6, [
    ch.back ? group(headShift, ch.back) : '',
    path(torsoPath(ch.shoulders), ch.shirt),
    path(ch.neck ?? 'M172 270L172 380Q200 412 228 380L228 270Z', ch.skin),
    ch.collar ?? '',
    group(
      headShift,
      ellipse(200 - ch.faceW - 2, 226, 15, 24, ch.skin),
      ellipse(200 + ch.faceW + 2, 226, 15, 24, ch.skin),
      path(facePath(ch.faceW, ch.jaw), ch.skin),
      ellipse(200 - 52, 268, 18, 10, '#ff7f7f', { ...NO_STROKE, opacity: happy ? 0.5 : 0.28 }),
      ellipse(200 + 52, 268, 18, 10, '#ff7f7f', { ...NO_STROKE, opacity: happy ? 0.5 : 0.28 }),
      path('M199 240Q191 258 203 262', 'none', stroke(skinShade, 5)),
      ch.lines ?? '',
      ch.front ?? '',
      expressionParts(expr, ch),
      ch.extra ?? '',
    ),
  ]);
}

const shirtCollar = (fill) => [
  path('M166 360L200 434L152 420L136 386Z', fill),
  path('M234 360L200 434L248 420L264 386Z', fill),
];
const shirtNeck = 'M172 270L172 380L200 432L228 380L228 270Z';
const buttons = [
  line(200, 434, 200, 520, { 'stroke-width': 4 }),
  circle(200, 462, 5, '#ffffff', { 'stroke-width': 3 }),
  circle(200, 494, 5, '#ffffff', { 'stroke-width': 3 }),
];

const CHARACTERS = {
  lan: {
    skin: '#f3c393',
    skinShade: '#d8976a',
    shirt: '#ffc629',
    shoulders: 168,
    faceW: 78,
    jaw: 0.58,
    brow: '#1f1a1a',
    browWidth: 8,
    back: path(
      'M200 84C294 84 324 160 318 240C314 300 324 342 340 378C304 398 262 390 246 370L154 370C138 390 96 398 60 378C76 342 86 300 82 240C76 160 106 84 200 84Z',
      '#1f1a1a',
    ),
    collar: path('M160 378Q200 426 240 378', 'none', stroke('#d99a00', 12)),
    front: [
      path(
        'M116 224C106 140 150 94 210 94C264 94 296 136 286 224C282 184 268 152 246 132C220 162 172 180 124 188Z',
        '#1f1a1a',
      ),
      path('M208 106C236 110 262 124 274 150', 'none', stroke('#4a3f3f', 5)),
    ],
    extra: group(
      { transform: rotate(28, 262, 140) },
      rect(236, 130, 52, 18, '#ff5d73', { rx: 8 }),
      circle(250, 139, 4, '#ffffff', NO_STROKE),
      circle(274, 139, 4, '#ffffff', NO_STROKE),
    ),
  },
  hoa: {
    skin: '#f6d0a6',
    skinShade: '#dda57a',
    shirt: '#14a394',
    shoulders: 164,
    faceW: 76,
    jaw: 0.6,
    brow: '#3b2416',
    browWidth: 8,
    back: path(
      'M200 86C304 86 316 170 310 250C307 292 314 316 304 332C272 344 240 336 228 324L172 324C160 336 128 344 96 332C86 316 93 292 90 250C84 170 96 86 200 86Z',
      '#3b2416',
    ),
    neck: shirtNeck,
    collar: [shirtCollar('#7fd8cc'), buttons],
    front: path(
      'M118 206C110 130 150 94 200 94C250 94 290 130 282 206C282 186 280 174 276 164C230 172 170 172 124 164C120 174 118 186 118 206Z',
      '#3b2416',
    ),
    extra: [
      rect(128, 202, 68, 52, 'none', { rx: 18, ...stroke('#1e2a3a', 7) }),
      rect(204, 202, 68, 52, 'none', { rx: 18, ...stroke('#1e2a3a', 7) }),
      path('M196 222Q200 216 204 222', 'none', stroke('#1e2a3a', 6)),
      line(128, 222, 118, 218, stroke('#1e2a3a', 6)),
      line(272, 222, 282, 218, stroke('#1e2a3a', 6)),
    ],
  },
  me: {
    skin: '#e2a878',
    skinShade: '#c0845a',
    shirt: '#a8376a',
    shoulders: 172,
    faceW: 80,
    jaw: 0.62,
    brow: '#2a2222',
    browWidth: 7,
    back: [
      circle(200, 96, 44, '#2a2222'),
      path('M172 74Q200 62 226 76', 'none', stroke('#7d7474', 4)),
    ],
    neck: 'M172 270L172 380Q200 424 228 380L228 270Z',
    collar: [
      path('M160 378Q200 436 240 378', 'none', stroke('#f2c0d6', 10)),
      [
        [96, 450],
        [150, 436],
        [116, 496],
        [256, 452],
        [310, 462],
        [270, 500],
        [200, 480],
        [60, 500],
        [340, 506],
      ].map(([x, y]) => [
        [0, 72, 144, 216, 288].map((a) =>
          circle(
            x + 8 * Math.cos((a * Math.PI) / 180),
            y + 8 * Math.sin((a * Math.PI) / 180),
            6,
            '#ffe3ef',
            NO_STROKE,
          ),
        ),
        circle(x, y, 4, '#ffd23f', NO_STROKE),
      ]),
    ],
    lines: [
      path('M142 256Q140 272 150 284', 'none', stroke('#c0845a', 3)),
      path('M258 256Q260 272 250 284', 'none', stroke('#c0845a', 3)),
    ],
    front: [
      path(
        'M116 222C104 128 150 100 200 100C250 100 296 128 284 222C278 170 252 144 200 140C148 144 122 170 116 222Z',
        '#2a2222',
      ),
      path('M200 104L200 140', 'none', stroke('#4d4444', 3)),
      path('M186 112C160 118 140 140 128 176', 'none', stroke('#8a8181', 4)),
    ],
    extra: [
      circle(118, 256, 6, '#f2c14e', { 'stroke-width': 3 }),
      circle(282, 256, 6, '#f2c14e', { 'stroke-width': 3 }),
    ],
  },
  'chi-thu': {
    skin: '#e8b486',
    skinShade: '#c68d5e',
    shirt: '#8cc8f0',
    shoulders: 170,
    faceW: 78,
    jaw: 0.62,
    brow: '#2b1d1a',
    browWidth: 8,
    back: [
      path(
        'M246 118C330 104 356 196 338 288C328 340 340 374 318 410C302 362 292 330 292 284C294 222 286 174 250 160Z',
        '#2b1d1a',
      ),
      rect(266, 116, 26, 34, '#e0453a', { rx: 8, transform: rotate(30, 279, 133) }),
    ],
    neck: shirtNeck,
    collar: [
      shirtCollar('#d6ecfb'),
      buttons,
      rect(248, 446, 58, 52, 'none', stroke('#5f9ccc', 4)),
      circle(276, 430, 14, '#ffffff', stroke('#2f6fb8', 5)),
      path(heartPath(276, 430, 8), '#e0453a', NO_STROKE),
    ],
    front: [
      path(
        'M116 226C102 126 150 94 200 94C250 94 298 126 284 226C280 180 262 146 228 134C204 146 164 144 146 138C128 156 118 186 116 226Z',
        '#2b1d1a',
      ),
      path('M150 114C176 100 232 98 264 118', 'none', stroke('#55403a', 4)),
    ],
  },
};

const EXPRESSIONS = ['neutral', 'happy', 'worried', 'surprised'];
const portraitDrawings = Object.fromEntries(
  Object.entries({ ...CHARACTERS, ...CHARACTERS_MORE }).flatMap(([id, ch]) =>
    EXPRESSIONS.map((expr) => [`${id}-${expr}`, () => drawPortrait(ch, expr)]),
  ),
);

const PHONE_EXPRESSIONS = ['neutral', 'happy', 'surprised'];
const phonePortraitDrawings = Object.fromEntries(
  Object.entries(PHONE_SENDERS).flatMap(([id, who]) =>
    PHONE_EXPRESSIONS.map((expr) => [`${id}-${expr}`, () => drawPhonePortrait(who, expr)]),
  ),
);

// ---------------------------------------------------------------------------------------------
// Quiz pictures, 800 x 600 (the key picture 1200 x 800). Rebuses: each answer is built from the
// drawn things, and nothing in them is a letter.

const PAPER = '#fff4dc';

/** A leaf or frond from (bx, by) at `angle` degrees, `len` long, bending down by `droop`. */
const leaf = (bx, by, angle, len, width, droop, fill) => {
  const a = (angle * Math.PI) / 180;
  const tx = bx + len * Math.cos(a);
  const ty = by + len * Math.sin(a) + droop;
  const mx = (bx + tx) / 2;
  const my = (by + ty) / 2 - droop * 0.3;
  const nx = -Math.sin(a) * width;
  const ny = Math.cos(a) * width;
  return path(
    d`M${bx} ${by}Q${mx + nx} ${my + ny} ${tx} ${ty}Q${mx - nx} ${my - ny} ${bx} ${by}Z`,
    fill,
    {
      'stroke-width': 5,
    },
  );
};

function luaDaoPicture() {
  const grey = '#a3a6b0';
  const b = [];
  // A friendly donkey (con lừa).
  b.push(ellipse(190, 492, 168, 26, '#8fd16a'));
  b.push(
    path('M84 304Q52 334 62 396', 'none', stroke(INK, 16)),
    path('M84 304Q52 334 62 396', 'none', stroke(grey, 6)),
  );
  b.push(ellipse(62, 404, 13, 22, '#55565e'));
  for (const x of [122, 256])
    b.push(
      rect(x, 360, 30, 112, '#83868f', { rx: 8 }),
      rect(x - 2, 458, 34, 18, '#3b3b40', { rx: 5 }),
    );
  b.push(
    ellipse(268, 120, 15, 46, grey, { transform: rotate(-24, 268, 150) }),
    ellipse(268, 124, 6, 30, '#f0a9b6', { ...NO_STROKE, transform: rotate(-24, 268, 150) }),
  );
  b.push(
    ellipse(304, 114, 15, 46, grey, { transform: rotate(12, 304, 150) }),
    ellipse(304, 118, 6, 30, '#f0a9b6', { ...NO_STROKE, transform: rotate(12, 304, 150) }),
  );
  const bodyShapes = [
    (o) => ellipse(185, 330, 122, 68, grey, o),
    (o) => path('M232 300L266 196L324 214L304 336Z', grey, o),
    (o) => ellipse(318, 214, 42, 68, grey, { ...o, transform: rotate(-40, 318, 214) }),
  ];
  b.push(
    bodyShapes.map((f) => f({ 'stroke-width': 12 })),
    bodyShapes.map((f) => f(NO_STROKE)),
  );
  b.push(ellipse(180, 362, 82, 26, '#d6d7dc', NO_STROKE));
  b.push(path('M274 178Q252 240 236 300', 'none', stroke('#55565e', 16)));
  b.push(path('M282 170Q292 150 306 166', 'none', stroke('#55565e', 12)));
  b.push(ellipse(352, 260, 36, 30, '#e6e0d6'));
  b.push(
    ellipse(366, 250, 5, 8, INK, NO_STROKE),
    path('M334 276Q352 290 370 274', 'none', { 'stroke-width': 5 }),
  );
  b.push(circle(314, 204, 10, INK, NO_STROKE), circle(318, 200, 4, '#ffffff', NO_STROKE));
  b.push(ellipse(330, 232, 12, 7, '#ff9aa8', { ...NO_STROKE, opacity: 0.7 }));
  for (const x of [90, 224])
    b.push(rect(x, 362, 32, 116, grey, { rx: 8 }), rect(x - 2, 462, 36, 18, '#3b3b40', { rx: 5 }));
  b.splice(
    0,
    b.length,
    rect(-10, -10, 820, 620, PAPER, NO_STROKE),
    group({ transform: 'translate(-6 40) scale(0.9)' }, b.slice()),
  );
  b.push(plusSign(400, 300, 44));
  // A small island with a palm tree (hòn đảo).
  b.push(ellipse(618, 446, 166, 56, '#3aa7e0'));
  b.push(
    path(
      'M470 470Q500 460 530 470M700 474Q730 464 760 474M560 488Q590 478 620 488',
      'none',
      stroke('#ffffff', 5),
    ),
  );
  b.push(path('M486 452Q552 346 618 344Q690 346 752 452Z', '#f5d27a'));
  b.push(path('M596 440C604 364 622 286 644 214L664 220C646 288 630 366 624 440Z', '#a86b3c'));
  b.push(
    lines(
      [
        [606, 400, 624, 402],
        [612, 350, 632, 354],
        [622, 300, 642, 306],
        [632, 256, 652, 262],
      ],
      stroke('#7a4a22', 4),
    ),
  );
  for (const [a, len, dr] of [
    [195, 120, 40],
    [235, 100, 10],
    [290, 90, 0],
    [330, 110, 20],
    [10, 120, 44],
    [160, 90, 60],
  ]) {
    b.push(leaf(654, 214, a, len, 24, dr, '#3fae4a'));
  }
  b.push(
    circle(640, 228, 12, '#7a4a22'),
    circle(662, 232, 12, '#7a4a22'),
    circle(650, 246, 11, '#7a4a22'),
  );
  b.push(cloud(520, 120, 0.6));
  return svgDoc(800, 600, 6, b);
}

function duongDayNongPicture() {
  const b = [rect(-10, -10, 820, 620, PAPER, NO_STROKE)];
  // A road (con đường) running to the horizon.
  b.push(
    group(
      { 'clip-path': 'url(#road-panel)' },
      rect(20, 170, 210, 130, '#bfe8fb', NO_STROKE),
      ellipse(70, 300, 100, 40, '#6ab85a', { 'stroke-width': 4 }),
      ellipse(210, 300, 90, 32, '#7cc86a', { 'stroke-width': 4 }),
      rect(20, 296, 220, 140, '#8fd16a', NO_STROKE),
      poly([118, 294, 130, 294, 226, 436, 20, 436], '#5d6470', { 'stroke-width': 5 }),
      [
        [304, 312, 2],
        [326, 352, 4],
        [372, 420, 7],
      ].map(([y1, y2, w]) =>
        poly([124 - w / 2, y1, 124 + w / 2, y1, 124 + w, y2, 124 - w, y2], '#ffffff', NO_STROKE),
      ),
      cloud(50, 210, 0.4),
    ),
  );
  b.push(rect(20, 170, 208, 260, 'none', { rx: 24, 'stroke-width': 7 }));
  b.push(plusSign(268, 300, 26));
  // A coiled telephone cable (dây) with a plug at each end.
  const coil = [];
  for (let t = 0; t <= Math.PI * 11; t += 0.25)
    coil.push(348 + 3.9 * t - 14 * Math.sin(t), 300 - 34 * Math.cos(t));
  const first = [coil[0], coil[1]];
  const last = [coil[coil.length - 2], coil[coil.length - 1]];
  const leadA = d`M${first[0]} ${first[1]}C${first[0] - 20} ${first[1]} 320 ${first[1] + 60} 326 402`;
  const leadB = d`M${last[0]} ${last[1]}C${last[0] + 20} ${last[1]} 490 ${last[1] - 40} 484 196`;
  for (const [w, c] of [
    [16, INK],
    [8, '#e0453a'],
  ]) {
    b.push(
      polyline(coil, stroke(c, w)),
      path(leadA, 'none', stroke(c, w)),
      path(leadB, 'none', stroke(c, w)),
    );
  }
  b.push(
    rect(310, 400, 32, 40, '#dfe6ee', { rx: 4 }),
    lines(
      [
        [318, 428, 318, 436],
        [326, 428, 326, 436],
        [334, 428, 334, 436],
      ],
      stroke('#d4a017', 3),
    ),
  );
  b.push(
    rect(468, 160, 32, 40, '#dfe6ee', { rx: 4 }),
    lines(
      [
        [476, 164, 476, 172],
        [484, 164, 484, 172],
        [492, 164, 492, 172],
      ],
      stroke('#d4a017', 3),
    ),
  );
  b.push(plusSign(540, 300, 26));
  // Heat (nóng): a flame with heat waves and a full thermometer.
  b.push(
    path(
      'M670 444C610 444 586 398 596 354C604 318 628 300 626 262C648 280 656 300 654 322C664 296 676 260 668 210C714 244 750 296 746 366C744 414 716 444 670 444Z',
      '#ff5a36',
      { 'stroke-width': 7 },
    ),
  );
  b.push(
    path(
      'M670 444C640 444 628 418 636 394C642 376 656 368 656 346C670 358 676 372 674 386C684 376 690 362 688 346C704 364 712 386 708 406C704 428 690 444 670 444Z',
      '#ffd23f',
      { 'stroke-width': 5 },
    ),
  );
  for (const x of [628, 672, 716])
    b.push(path(d`M${x} 196q-12 -14 0 -28q12 -14 0 -28`, 'none', stroke('#ff8a1f', 7)));
  b.push(
    rect(752, 210, 26, 190, '#ffffff', { rx: 13 }),
    rect(759, 230, 12, 170, '#e0453a', NO_STROKE),
    circle(765, 406, 22, '#e0453a'),
  );
  b.push(
    lines(
      [
        [752, 250, 762, 250],
        [752, 290, 762, 290],
        [752, 330, 762, 330],
      ],
      { 'stroke-width': 4 },
    ),
  );
  const defs = el('clipPath', { id: 'road-panel' }, rect(20, 170, 208, 260, '#000', { rx: 24 }));
  return svgDoc(800, 600, 6, b, defs);
}

function viecNheLuongCaoPicture() {
  const b = [rect(-10, -10, 820, 620, PAPER, NO_STROKE)];
  // A briefcase (việc) with a feather (nhẹ) floating above it.
  b.push(ellipse(186, 520, 150, 18, '#f0dcb0', NO_STROKE));
  b.push(
    path(
      'M148 340L148 306Q148 288 166 288L206 288Q224 288 224 306L224 340',
      'none',
      stroke(INK, 18),
    ),
    path(
      'M148 340L148 306Q148 288 166 288L206 288Q224 288 224 306L224 340',
      'none',
      stroke('#6a3219', 6),
    ),
  );
  b.push(rect(50, 330, 272, 180, '#b5652b', { rx: 20 }));
  b.push(
    path('M50 396L322 396', 'none', { 'stroke-width': 5 }),
    rect(100, 330, 22, 180, '#9a5220', { 'stroke-width': 4 }),
    rect(250, 330, 22, 180, '#9a5220', { 'stroke-width': 4 }),
  );
  b.push(rect(170, 382, 32, 28, '#f2c14e', { rx: 5 }));
  b.push(
    group(
      { transform: `translate(190 176) ${rotate(-62, 0, 0)}` },
      path('M0 -100C46 -76 52 22 10 88L-10 88C-52 22 -46 -76 0 -100Z', '#e3f3ff'),
      lines(
        [-50, -22, 6, 34].flatMap((y) => [
          [0, y, 28, y - 16],
          [0, y, -28, y - 16],
        ]),
        stroke('#8dbde0', 4),
      ),
      path('M0 -94L0 120', 'none', { 'stroke-width': 5 }),
      path('M40 -10L24 -2M-42 20L-26 24', 'none', { 'stroke-width': 4 }),
    ),
  );
  b.push(
    path(
      'M86 230q20 -10 40 0M270 150q20 -10 40 0M290 214q16 -8 32 0',
      'none',
      stroke('#8dbde0', 6),
    ),
  );
  b.push(plusSign(396, 330, 40));
  // Pay (lương) in an envelope on top of a very tall ladder (cao).
  b.push(cloud(452, 200, 0.6), cloud(676, 300, 0.6));
  b.push(ellipse(592, 572, 130, 18, '#8fd16a'));
  const railL = [520, 568, 560, 128];
  const railR = [664, 568, 624, 128];
  const rungs = [];
  for (let y = 536; y > 140; y -= 46) {
    const t = (568 - y) / 440;
    rungs.push([520 + 40 * t, y, 664 - 40 * t, y]);
  }
  for (const [w, c] of [
    [18, INK],
    [8, '#e59a3c'],
  ]) {
    b.push(lines([railL, railR, ...rungs], stroke(c, w)));
  }
  b.push(
    rect(548, 42, 96, 50, '#6cbf6a', { transform: rotate(-10, 596, 66) }),
    rect(560, 40, 96, 50, '#4fb3d9', { transform: rotate(8, 608, 64) }),
  );
  b.push(circle(606, 62, 12, '#ffffff', { 'stroke-width': 4, transform: rotate(8, 608, 64) }));
  b.push(
    rect(532, 70, 124, 76, '#fffaf0'),
    polyline([532, 70, 594, 112, 656, 70], { 'stroke-width': 5 }),
  );
  b.push(
    star4(516, 56, 16, '#ffc21a'),
    star4(680, 100, 14, '#ffc21a'),
    star4(672, 30, 10, '#ffc21a'),
  );
  return svgDoc(800, 600, 6, b);
}

/** A phone showing a heart, centred on (x, y), tilted by `tilt` degrees. */
const heartPhone = (x, y, tilt) =>
  group(
    { transform: rotate(tilt, x, y) },
    rect(x - 72, y - 128, 144, 256, '#23233a', { rx: 22 }),
    rect(x - 58, y - 106, 116, 208, '#f4fbff', { rx: 8, 'stroke-width': 4 }),
    rect(x - 48, y - 94, 60, 20, '#cdd8ea', { rx: 10, ...NO_STROKE }),
    rect(x - 12, y + 66, 60, 20, '#4da3ff', { rx: 10, ...NO_STROKE }),
    path(heartPath(x, y - 4, 40), '#ff4f7b', { 'stroke-width': 6 }),
    circle(x, y + 116, 6, '#55556a', NO_STROKE),
  );

function henHoQuaMangPicture() {
  const b = [rect(-10, -10, 820, 620, PAPER, NO_STROKE)];
  // A globe covered by a network of dots.
  b.push(circle(400, 350, 150, '#3a9ad9', { 'stroke-width': 7 }));
  b.push(
    group(
      { 'clip-path': 'url(#globe)' },
      path(
        'M300 240C340 220 380 250 370 290C360 330 310 320 290 350C270 330 270 260 300 240Z',
        '#5bbf6a',
        { 'stroke-width': 4 },
      ),
      path(
        'M420 300C470 280 530 300 540 350C546 400 500 440 470 420C450 390 470 360 430 340C410 330 400 310 420 300Z',
        '#5bbf6a',
        { 'stroke-width': 4 },
      ),
      path('M330 430C360 420 400 440 390 480C370 500 330 490 320 460Z', '#5bbf6a', {
        'stroke-width': 4,
      }),
      ellipse(400, 350, 64, 150, 'none', stroke('#a9dcf7', 3)),
      path('M250 300Q400 330 550 300M250 400Q400 430 550 400', 'none', stroke('#a9dcf7', 3)),
    ),
  );
  const nodes = [
    [330, 256],
    [452, 238],
    [400, 350],
    [296, 380],
    [500, 372],
    [372, 456],
    [470, 456],
  ];
  const links = [
    [0, 1],
    [0, 2],
    [1, 2],
    [0, 3],
    [2, 3],
    [2, 4],
    [1, 4],
    [3, 5],
    [2, 5],
    [5, 6],
    [4, 6],
  ];
  b.push(
    lines(
      links.map(([i, j]) => [...nodes[i], ...nodes[j]]),
      stroke('#ffffff', 5),
    ),
  );
  b.push(nodes.map(([x, y]) => circle(x, y, 10, '#ffd23f', { 'stroke-width': 4 })));
  // Two phones with hearts, joined by a dotted arc over the world.
  b.push(
    path('M150 186Q400 -30 650 186', 'none', {
      stroke: '#ff4f7b',
      'stroke-width': 16,
      'stroke-dasharray': '1 28',
    }),
  );
  b.push(path(heartPath(400, 84, 22), '#ff4f7b', { 'stroke-width': 5 }));
  b.push(heartPhone(136, 340, -10), heartPhone(664, 340, 10));
  const defs = el('clipPath', { id: 'globe' }, circle(400, 350, 150, '#000'));
  return svgDoc(800, 600, 6, b, defs);
}

/**
 * The key picture: hands of many people joined in a ring around a house with a heart (chung
 * tay). It is uncovered tile by tile, so arms and hands reach every part of the frame.
 */
function keyChungTayPicture() {
  const cx = 600;
  const cy = 420;
  const b = [rect(-10, -10, 1220, 820, '#ffe7a8', NO_STROKE)];
  for (let i = 0; i < 16; i += 2) {
    const a0 = (i * Math.PI) / 8;
    const a1 = ((i + 1) * Math.PI) / 8;
    b.push(
      poly(
        [
          cx,
          cy,
          cx + 1200 * Math.cos(a0),
          cy + 1200 * Math.sin(a0),
          cx + 1200 * Math.cos(a1),
          cy + 1200 * Math.sin(a1),
        ],
        '#ffd978',
        NO_STROKE,
      ),
    );
  }
  b.push(ellipse(cx, cy, 300, 230, '#fff3cf', NO_STROKE));
  const people = [
    { skin: '#f3c9a0', sleeve: '#e63946' },
    { skin: '#8d5524', sleeve: '#2a9d8f' },
    { skin: '#e0ac69', sleeve: '#7b4fc4' },
    { skin: '#c68642', sleeve: '#f4a261' },
    { skin: '#ffdbac', sleeve: '#2f7fd1' },
    { skin: '#6b3e1f', sleeve: '#f2c14e' },
    { skin: '#f1c27d', sleeve: '#2ecc71' },
    { skin: '#a86b3c', sleeve: '#ff6f91' },
  ];
  const n = people.length;
  const at = (k, rx, ry, offset) => {
    const a = ((k + offset) * 2 * Math.PI) / n;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)];
  };
  const arms = [];
  people.forEach((p, k) => {
    const s = at(k, 760, 540, 0.5);
    for (const c of [at(k, 420, 300, 0), at(k + 1, 420, 300, 0)]) {
      const len = Math.hypot(c[0] - s[0], c[1] - s[1]);
      const u = [(c[0] - s[0]) / len, (c[1] - s[1]) / len];
      const wrist = [c[0] - u[0] * 40, c[1] - u[1] * 40];
      const elbow = [s[0] + (wrist[0] - s[0]) * 0.7, s[1] + (wrist[1] - s[1]) * 0.7];
      arms.push({ p, s, c, u, wrist, elbow });
    }
  });
  const seg = (a, bb) => [...a, ...bb];
  b.push(arms.map((a) => lines([seg(a.s, a.elbow)], stroke(INK, 80))));
  b.push(arms.map((a) => lines([seg(a.elbow, a.wrist)], stroke(INK, 60))));
  b.push(arms.map((a) => lines([seg(a.elbow, a.wrist)], stroke(a.p.skin, 46))));
  b.push(
    arms.map((a) =>
      lines([seg(a.s, a.elbow)], { ...stroke(a.p.sleeve, 66), 'stroke-linecap': 'butt' }),
    ),
  );
  // Hands: at each meeting point the two hands clasp, one wrapping over the other.
  for (let k = 0; k < n; k += 1) {
    const under = arms[((k - 1 + n) % n) * 2 + 1];
    const over = arms[k * 2];
    for (const [a, wrap] of [
      [under, false],
      [over, true],
    ]) {
      const ang = (Math.atan2(a.u[1], a.u[0]) * 180) / Math.PI;
      const hx = a.c[0] - a.u[0] * 6;
      const hy = a.c[1] - a.u[1] * 6;
      b.push(ellipse(hx, hy, 44, 34, a.p.skin, { transform: rotate(ang, hx, hy) }));
      if (wrap) {
        b.push(
          group(
            { transform: `translate(${num(hx)} ${num(hy)}) rotate(${num(ang)})` },
            path('M18 -26Q30 0 18 26M30 -18Q40 0 30 18', 'none', stroke(INK, 4)),
            ellipse(-6, -30, 22, 12, a.p.skin, { 'stroke-width': 5 }),
          ),
        );
      }
    }
  }
  // The house with a heart.
  b.push(ellipse(cx, 604, 230, 46, '#7cc86a'));
  b.push(rect(668, 262, 38, 80, '#b5563a'));
  b.push(rect(446, 380, 308, 222, '#fff1d0'));
  b.push(poly([414, 392, 600, 240, 786, 392], '#e0533d'));
  b.push(rect(474, 420, 60, 60, '#9edcf5'), rect(666, 420, 60, 60, '#9edcf5'));
  b.push(
    lines(
      [
        [504, 420, 504, 480],
        [474, 450, 534, 450],
        [696, 420, 696, 480],
        [666, 450, 726, 450],
      ],
      { 'stroke-width': 4 },
    ),
  );
  b.push(
    rect(572, 506, 56, 96, '#2f7fd1', { rx: 6 }),
    circle(616, 556, 5, '#f2c14e', { 'stroke-width': 3 }),
  );
  b.push(path(heartPath(600, 338, 44), '#ff4f7b', { 'stroke-width': 7 }));
  return svgDoc(1200, 800, 6, b);
}

// ---------------------------------------------------------------------------------------------
// Main

const ART = {
  backgrounds: {
    home: homeBackground,
    cafe: cafeBackground,
    'bedroom-night': bedroomNightBackground,
    'bus-station': busStationBackground,
    'ward-office': wardOfficeBackground,
    workplace: workplaceBackground,
    dormitory: dormitoryBackground,
    harbour: harbourBackground,
  },
  portraits: { ...portraitDrawings, ...phonePortraitDrawings },
  pictures: {
    'lua-dao': luaDaoPicture,
    'duong-day-nong': duongDayNongPicture,
    'viec-nhe-luong-cao': viecNheLuongCaoPicture,
    'hen-ho-qua-mang': henHoQuaMangPicture,
    'key-chung-tay': keyChungTayPicture,
    'can-cuoc': canCuocPicture,
    'thuyen-vien': thuyenVienPicture,
    'hoi-ro': hoiRoPicture,
    'chia-se': chiaSePicture,
  },
};

const only = process.argv[2];
for (const [folder, drawings] of Object.entries(ART)) {
  if (only && only !== folder) continue;
  mkdirSync(join(OUT_DIR, folder), { recursive: true });
  for (const [id, draw] of Object.entries(drawings)) {
    const svg = draw();
    const bytes = Buffer.byteLength(svg);
    if (bytes > BUDGET[folder]) {
      throw new Error(`${folder}/${id}.svg is ${bytes} bytes, over its ${BUDGET[folder]} budget`);
    }
    writeFileSync(join(OUT_DIR, folder, `${id}.svg`), svg);
    console.log(`${folder}/${id}.svg ${bytes} bytes`);
  }
}
