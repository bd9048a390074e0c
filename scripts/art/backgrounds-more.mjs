/**
 * More skit backgrounds, 1600 x 1000, in the style of scripts/draw-art.mjs: a workshop late at
 * night and a crowded shared room (where the promise turns out to be a lie), and a fishing
 * harbour with its boats. What matters sits in the centre band x 350..1250; the lower third stays quiet
 * because the dialogue box covers it. No bars, locks or chains: the rooms are dull and
 * crowded, never cages.
 */
import {
  INK,
  NO_STROKE,
  blob,
  cloud,
  poly,
  circle,
  d,
  ellipse,
  group,
  line,
  lines,
  path,
  rect,
  rotate,
  stroke,
  svgDoc,
} from './kit.mjs';

/** A wall clock without numbers, its hands at `hour`:`minute`. */
const wallClock = (cx, cy, r, hour, minute) => {
  const hand = (turns, len, width) => {
    const a = turns * 2 * Math.PI - Math.PI / 2;
    return line(cx, cy, cx + len * Math.cos(a), cy + len * Math.sin(a), { 'stroke-width': width });
  };
  return [
    circle(cx, cy, r, '#ffffff', { 'stroke-width': 7 }),
    [0, 90, 180, 270].map((deg) => {
      const a = (deg * Math.PI) / 180;
      return line(
        cx + r * 0.7 * Math.cos(a),
        cy + r * 0.7 * Math.sin(a),
        cx + r * 0.86 * Math.cos(a),
        cy + r * 0.86 * Math.sin(a),
        { 'stroke-width': 4 },
      );
    }),
    hand((hour + minute / 60) / 12, r * 0.5, 7),
    hand(minute / 60, r * 0.75, 5),
    circle(cx, cy, 5, INK, NO_STROKE),
  ];
};

/** A cardboard carton with its tape, top-left at (x, y). */
const carton = (x, y, w, h) => [
  rect(x, y, w, h, '#c89a62'),
  rect(x + w / 2 - 10, y, 20, h * 0.4, '#e6c48e', { 'stroke-width': 3 }),
  line(x, y + h * 0.4, x + w, y + h * 0.4, stroke('#a87c48', 3)),
];

/** A sewing machine on a table top at (x, by). */
const sewingMachine = (x, by, body) => [
  rect(x, by - 20, 150, 20, '#3a3a40', { rx: 4 }),
  path(
    d`M${x + 10} ${by - 20}L${x + 10} ${by - 90}Q${x + 10} ${by - 104} ${x + 26} ${by - 104}L${x + 130} ${by - 104}Q${x + 146} ${by - 104} ${x + 146} ${by - 88}L${x + 146} ${by - 60}L${x + 40} ${by - 60}L${x + 40} ${by - 20}Z`,
    body,
  ),
  rect(x + 112, by - 60, 22, 28, body),
  line(x + 123, by - 32, x + 123, by - 20, { 'stroke-width': 4 }),
  circle(x + 150, by - 80, 16, '#c9ccd1', { 'stroke-width': 4 }),
  rect(x + 56, by - 98, 50, 10, '#ffffff', { rx: 4, 'stroke-width': 3, opacity: 0.7 }),
];

/** A pile of folded cloth, bottom-left at (x, by). */
const clothPile = (x, by, colours) =>
  colours.map((c, i) =>
    rect(x + (i % 2) * 6, by - 18 * (i + 1), 110, 18, c, { rx: 6, 'stroke-width': 4 }),
  );

export function workplaceBackground() {
  const b = [];
  // Dull walls and a concrete floor.
  b.push(rect(-10, -10, 1620, 720, '#b9c4b0', NO_STROKE));
  b.push(rect(-10, 520, 1620, 190, '#a3ae9a', NO_STROKE));
  b.push(line(-10, 520, 1620, 520, stroke('#8c977f', 6)));
  b.push(rect(-10, 700, 1620, 320, '#9a9a94'));
  for (let i = -7; i <= 7; i += 1)
    b.push(line(800 + i * 130, 700, 800 + i * 210, 1000, stroke('#86867f', 4)));
  // Two long fluorescent tubes, one of them flickering pale.
  b.push(
    rect(300, 40, 320, 22, '#e3e3e3', { rx: 6 }),
    rect(312, 44, 296, 12, '#ffffff', { rx: 6 }),
  );
  b.push(
    rect(980, 40, 320, 22, '#e3e3e3', { rx: 6 }),
    rect(992, 44, 296, 12, '#f1f1d8', { rx: 6 }),
  );
  // A small high window: night outside.
  b.push(rect(140, 120, 220, 140, '#6d5a44', { rx: 4 }));
  b.push(rect(156, 136, 188, 108, '#1d2a4a'));
  b.push(
    circle(300, 170, 18, '#fff3b8', { 'stroke-width': 4 }),
    circle(310, 164, 16, '#1d2a4a', NO_STROKE),
  );
  for (const [x, y] of [
    [190, 160],
    [230, 210],
    [260, 150],
  ])
    b.push(circle(x, y, 3, '#ffffff', NO_STROKE));
  // The clock says it is nearly midnight.
  b.push(wallClock(800, 150, 60, 11, 40));
  // A board with pinned work orders (blank sheets).
  b.push(rect(1180, 120, 280, 190, '#c9a06a'));
  for (const [x, y, r] of [
    [1200, 140, -4],
    [1290, 136, 3],
    [1380, 144, -2],
    [1230, 214, 2],
    [1330, 220, -3],
  ]) {
    b.push(
      group(
        { transform: rotate(r, x + 35, y + 35) },
        rect(x, y, 70, 70, '#fbf7ea', { 'stroke-width': 4 }),
        lines(
          [
            [x + 12, y + 22, x + 58, y + 22],
            [x + 12, y + 38, x + 50, y + 38],
            [x + 12, y + 54, x + 44, y + 54],
          ],
          stroke('#b9b2a0', 4),
        ),
      ),
    );
    b.push(circle(x + 35, y + 8, 6, '#e0453a', { 'stroke-width': 3 }));
  }
  // Cartons stacked high along the walls.
  b.push(carton(20, 380, 150, 140), carton(40, 250, 120, 130), carton(170, 420, 130, 100));
  b.push(carton(1420, 360, 170, 160), carton(1440, 230, 140, 130), carton(1300, 430, 120, 90));
  // The long work table, crowded with machines and cloth.
  b.push(rect(260, 560, 1080, 30, '#8a6a4a'));
  b.push(
    rect(290, 590, 24, 130, '#6d5238'),
    rect(1286, 590, 24, 130, '#6d5238'),
    rect(790, 590, 24, 130, '#6d5238'),
  );
  b.push(
    sewingMachine(330, 560, '#5b7fa3'),
    sewingMachine(720, 560, '#7a8f6a'),
    sewingMachine(1100, 560, '#a36b5b'),
  );
  b.push(clothPile(520, 560, ['#e0453a', '#2f7fd1', '#f2c14e', '#14a394']));
  b.push(clothPile(920, 560, ['#7a5cae', '#ff8a1f', '#2f7fd1']));
  // Empty stools pushed under the table.
  for (const x of [420, 810, 1190])
    b.push(
      rect(x - 30, 640, 60, 14, '#d9534f', { rx: 5 }),
      line(x - 22, 654, x - 28, 700, { 'stroke-width': 6 }),
      line(x + 22, 654, x + 28, 700, { 'stroke-width': 6 }),
    );
  return svgDoc(1600, 1000, 6, b);
}

/** A two-tier bunk of wooden boards, left edge x, floor at by, `w` wide. */
const bunk = (x, by, w, blankets) => {
  const post = '#9a6a3e';
  const parts = [];
  for (const [i, top] of [by - 110, by - 330].entries()) {
    parts.push(rect(x, top, w, 34, '#b07a48'));
    parts.push(rect(x + 14, top - 24, w - 28, 28, '#f5f0e4', { rx: 10, 'stroke-width': 4 }));
    parts.push(
      path(
        d`M${x + 70} ${top - 20}Q${x + w / 2} ${top - 46} ${x + w - 24} ${top - 18}L${x + w - 24} ${top + 4}L${x + 70} ${top + 4}Z`,
        blankets[i],
        { 'stroke-width': 4 },
      ),
    );
    parts.push(ellipse(x + 44, top - 22, 28, 14, '#ffffff', { 'stroke-width': 4 }));
  }
  parts.push(rect(x - 12, by - 430, 22, 430, post), rect(x + w - 10, by - 430, 22, 430, post));
  // A ladder of three wide rungs at the foot.
  parts.push(
    lines(
      [
        [x + w - 10, by - 160, x + w + 40, by - 160],
        [x + w - 10, by - 230, x + w + 40, by - 230],
        [x + w - 10, by - 300, x + w + 40, by - 300],
      ],
      stroke(post, 10),
    ),
  );
  parts.push(line(x + w + 40, by - 330, x + w + 40, by, stroke(post, 12)));
  return parts;
};

/** A bag hanging from a hook at (x, y). */
const hangingBag = (x, y, fill) => [
  circle(x, y, 5, '#8a8f99', { 'stroke-width': 3 }),
  path(d`M${x - 18} ${y + 26}Q${x} ${y - 8} ${x + 18} ${y + 26}`, 'none', { 'stroke-width': 5 }),
  rect(x - 32, y + 22, 64, 70, fill, { rx: 14 }),
  rect(x - 20, y + 52, 40, 24, '#ffffff', { rx: 6, 'stroke-width': 3, opacity: 0.35 }),
];

export function dormitoryBackground() {
  const b = [];
  b.push(rect(-10, -10, 1620, 720, '#d9cdb4', NO_STROKE));
  // Damp patches on the wall.
  b.push(
    ellipse(620, 90, 90, 40, '#cbbd9f', NO_STROKE),
    ellipse(1180, 200, 70, 50, '#cbbd9f', NO_STROKE),
  );
  b.push(rect(-10, 700, 1620, 320, '#a88f74'));
  for (const y of [760, 850]) b.push(line(0, y, 1600, y, stroke('#927a60', 4)));
  // One bare bulb on a wire.
  b.push(
    line(800, -10, 800, 90, { 'stroke-width': 4 }),
    circle(800, 110, 24, '#fff3b8'),
    rect(788, 80, 24, 14, '#8a8f99', { 'stroke-width': 4 }),
  );
  b.push(circle(800, 110, 60, '#fff3b8', { ...NO_STROKE, opacity: 0.35 }));
  // A small window at night, curtain half drawn.
  b.push(rect(690, 200, 220, 170, '#6d5a44', { rx: 4 }));
  b.push(rect(706, 216, 188, 138, '#1d2a4a'));
  for (const [x, y] of [
    [740, 250],
    [800, 300],
    [860, 240],
  ])
    b.push(circle(x, y, 3, '#ffffff', NO_STROKE));
  b.push(path('M706 216L790 216Q770 290 800 354L706 354Z', '#7fa7c9', { 'stroke-width': 4 }));
  // A washing line of clothes across the room.
  b.push(path('M360 190Q800 250 1240 190', 'none', stroke('#6d6d6d', 4)));
  for (const [x, c] of [
    [450, '#e0453a'],
    [560, '#2f7fd1'],
    [1020, '#14a394'],
    [1130, '#f2c14e'],
  ]) {
    const y = 190 + 60 * (1 - ((x - 800) / 440) ** 2) - 4;
    b.push(
      path(
        d`M${x - 34} ${y}L${x + 34} ${y}L${x + 40} ${y + 24}L${x + 24} ${y + 28}L${x + 24} ${y + 86}L${x - 24} ${y + 86}L${x - 24} ${y + 28}L${x - 40} ${y + 24}Z`,
        c,
        { 'stroke-width': 4 },
      ),
    );
  }
  // Bunks crowded along both walls.
  b.push(bunk(20, 700, 300, ['#e0453a', '#2f7fd1']));
  b.push(bunk(1280, 700, 300, ['#f2c14e', '#7a5cae']));
  b.push(bunk(390, 700, 250, ['#14a394', '#ff8a1f']));
  b.push(bunk(950, 700, 250, ['#2f7fd1', '#e0453a']));
  // Bags and buckets on the floor, bags hanging on the wall.
  b.push(hangingBag(700, 430, '#3fa34d'), hangingBag(900, 430, '#e0453a'));
  b.push(
    rect(680, 620, 90, 80, '#3b82c4', { rx: 12 }),
    path('M690 620Q725 590 760 620', 'none', { 'stroke-width': 5 }),
  );
  b.push(
    path('M820 700L830 630L900 630L910 700Z', '#e0892b'),
    ellipse(865, 630, 45, 10, '#c26d1c'),
  );
  return svgDoc(1600, 1000, 6, b);
}

/** A wooden fishing boat facing right, hull `len` long, waterline at (x, y). */
export const fishingBoat = (x, y, len, hull, trim) => {
  const h = len * 0.22;
  return [
    // The cabin and a short mast with a furled sail.
    rect(x + len * 0.3, y - h - len * 0.16, len * 0.26, len * 0.16, '#f4efe2'),
    rect(x + len * 0.34, y - h - len * 0.12, len * 0.07, len * 0.06, '#9fdcf8', {
      'stroke-width': 4,
    }),
    rect(x + len * 0.45, y - h - len * 0.12, len * 0.07, len * 0.06, '#9fdcf8', {
      'stroke-width': 4,
    }),
    rect(x + len * 0.26, y - h - len * 0.2, len * 0.34, len * 0.05, trim),
    line(x + len * 0.7, y - h, x + len * 0.7, y - h - len * 0.42, { 'stroke-width': 7 }),
    rect(x + len * 0.66, y - h - len * 0.36, len * 0.08, len * 0.2, '#b05a3a', { rx: 6 }),
    // The hull, its trim and a painted eye on the bow.
    path(
      d`M${x} ${y - h}L${x + len} ${y - h - len * 0.06}Q${x + len * 0.94} ${y - h * 0.2} ${x + len * 0.8} ${y}L${x + len * 0.12} ${y}Q${x + len * 0.02} ${y - h * 0.4} ${x} ${y - h}Z`,
      hull,
    ),
    path(
      d`M${x + 4} ${y - h + 8}L${x + len - 8} ${y - h - len * 0.06 + 8}`,
      'none',
      stroke(trim, 10),
    ),
    ellipse(x + len * 0.86, y - h * 0.55, len * 0.035, len * 0.022, '#ffffff', {
      'stroke-width': 3,
    }),
    circle(x + len * 0.865, y - h * 0.55, len * 0.013, INK, NO_STROKE),
  ];
};

export function harbourBackground() {
  const b = [];
  b.push(rect(-10, -10, 1620, 470, '#9fdcf8', NO_STROKE));
  b.push(cloud(200, 80, 0.9), cloud(1180, 60, 1), cloud(760, 120, 0.6));
  // Hills on the far side of the bay.
  b.push(
    path(
      'M-10 460Q180 300 420 380Q600 250 820 370Q1040 280 1260 360Q1440 300 1610 400L1610 470L-10 470Z',
      '#6fae6a',
    ),
  );
  b.push(path('M600 470Q700 400 820 420Q940 390 1040 470Z', '#5a9a58', { 'stroke-width': 4 }));
  // The sea.
  b.push(rect(-10, 460, 1620, 330, '#3aa7e0'));
  for (const [x, y] of [
    [120, 520],
    [520, 560],
    [980, 520],
    [1380, 570],
    [300, 640],
    [1160, 650],
  ]) {
    b.push(
      path(
        d`M${x} ${y}Q${x + 30} ${y - 12} ${x + 60} ${y}Q${x + 90} ${y + 12} ${x + 120} ${y}`,
        'none',
        stroke('#ffffff', 5),
      ),
    );
  }
  // Gulls.
  for (const [x, y] of [
    [520, 150],
    [580, 190],
    [1040, 200],
  ]) {
    b.push(
      path(
        d`M${x - 24} ${y}Q${x - 12} ${y - 16} ${x} ${y}Q${x + 12} ${y - 16} ${x + 24} ${y}`,
        'none',
        { 'stroke-width': 5 },
      ),
    );
  }
  // Boats at anchor.
  b.push(fishingBoat(220, 560, 360, '#2f6fb8', '#d9534f'));
  b.push(fishingBoat(980, 590, 420, '#2f8a9e', '#f2c14e'));
  b.push(fishingBoat(660, 500, 220, '#3b82c4', '#d9534f'));
  // The quay in front: planks, a bollard, a heap of nets and baskets.
  b.push(rect(-10, 760, 1620, 260, '#b88a5a'));
  for (let x = 0; x < 1600; x += 80) b.push(line(x, 760, x, 1010, stroke('#9a6f42', 4)));
  b.push(rect(-10, 752, 1620, 22, '#8a5f36'));
  b.push(rect(760, 700, 60, 64, '#55565e', { rx: 10 }), ellipse(790, 700, 40, 12, '#6d6e76'));
  b.push(
    blob(
      [
        [180, 740, 60],
        [250, 720, 70],
        [320, 745, 55],
      ],
      '#4f9a5a',
      5,
    ),
  );
  b.push(
    lines(
      [
        [150, 720, 330, 760],
        [170, 700, 300, 760],
        [210, 690, 340, 740],
      ],
      stroke('#3d7a47', 3),
    ),
  );
  for (const [x, c] of [
    [1300, '#d9a441'],
    [1390, '#c8923a'],
  ]) {
    b.push(path(d`M${x - 44} ${700}L${x + 44} ${700}L${x + 32} ${762}L${x - 32} ${762}Z`, c));
    b.push(
      lines(
        [
          [x - 38, 720, x + 38, 720],
          [x - 34, 740, x + 34, 740],
        ],
        stroke('#a87a2a', 4),
      ),
    );
  }
  b.push(poly([1440, 760, 1470, 700, 1500, 760], '#ff8a1f', { 'stroke-width': 4 }));
  return svgDoc(1600, 1000, 6, b);
}
