/**
 * More quiz pictures, 800 x 600, in the style of the first five: two drawn things joined by a
 * "+", each read aloud for one word of the answer, and nothing in them is a letter.
 *   căn cước   = a house (căn nhà) + a hoe (cái cuốc)
 *   thuyền viên = a boat (thuyền) + a pill (viên thuốc)
 *   hỏi rõ     = a question mark (dấu hỏi) + a basket (cái rổ)
 *   chia sẻ    = a division sign (phép chia) + a sparrow (chim sẻ)
 */
import {
  INK,
  NO_STROKE,
  circle,
  cloud,
  d,
  ellipse,
  group,
  line,
  lines,
  path,
  plusSign,
  poly,
  rect,
  rotate,
  stroke,
  svgDoc,
} from './kit.mjs';
import { fishingBoat } from './backgrounds-more.mjs';

const PAPER = '#fff4dc';
const paper = () => rect(-10, -10, 820, 620, PAPER, NO_STROKE);
const ground = (cx, w) => ellipse(cx, 500, w, 26, '#8fd16a');

/** A small tiled house standing on y 480, centred on cx. */
const house = (cx) => [
  ground(cx, 170),
  rect(cx - 120, 300, 240, 186, '#f6e3b4'),
  poly([cx - 150, 306, cx, 170, cx + 150, 306], '#d9534f'),
  lines(
    [
      [cx - 100, 260, cx + 100, 260],
      [cx - 60, 224, cx + 60, 224],
    ],
    stroke('#a8302a', 5),
  ),
  rect(cx + 60, 190, 34, 60, '#b0a9a0'),
  rect(cx - 34, 370, 68, 116, '#a0602f'),
  circle(cx + 20, 430, 5, '#f2c14e', { 'stroke-width': 3 }),
  rect(cx - 104, 340, 54, 54, '#9edcf5'),
  line(cx - 77, 340, cx - 77, 394, { 'stroke-width': 4 }),
  rect(cx + 50, 340, 54, 54, '#9edcf5'),
  line(cx + 77, 340, cx + 77, 394, { 'stroke-width': 4 }),
];

/** A hoe leaning forward: a long wooden handle, and the flat iron blade at its foot. */
const hoe = (cx) => [
  ground(cx, 150),
  path(d`M${cx + 96} ${140}L${cx + 120} ${150}L${cx + 6} ${420}L${cx - 18} ${410}Z`, '#c98a4a'),
  lines(
    [
      [cx + 90, 180, cx + 62, 246],
      [cx + 40, 300, cx + 20, 346],
    ],
    stroke('#9a6330', 3),
  ),
  rect(cx - 30, 396, 50, 40, '#6d6e76', { rx: 8 }),
  poly([cx - 26, 420, cx - 26, 452, cx - 150, 500, cx - 160, 456], '#9aa0aa'),
  line(cx - 36, 446, cx - 146, 488, stroke('#d6d9de', 5)),
];

export function canCuocPicture() {
  return svgDoc(800, 600, 6, [
    paper(),
    cloud(90, 90, 0.5),
    house(190),
    plusSign(400, 300, 44),
    hoe(610),
  ]);
}

/** A capsule and a round tablet. */
const pills = (cx) => [
  ellipse(cx, 470, 140, 22, '#e8dcc0', NO_STROKE),
  group(
    { transform: rotate(-30, cx, 300) },
    path(d`M${cx} ${210}L${cx - 50} ${210}A50 50 0 0 0 ${cx - 50} ${310}L${cx} ${310}Z`, '#e0453a'),
    path(d`M${cx} ${210}L${cx + 50} ${210}A50 50 0 0 1 ${cx + 50} ${310}L${cx} ${310}Z`, '#ffffff'),
    path(d`M${cx - 70} ${230}Q${cx - 40} ${222} ${cx - 20} ${226}`, 'none', stroke('#ff9a90', 8)),
  ),
  circle(cx + 60, 420, 46, '#f7f7f2'),
  line(cx + 24, 420, cx + 96, 420, stroke('#c9ccd1', 6)),
];

export function thuyenVienPicture() {
  const b = [paper()];
  b.push(ellipse(190, 460, 180, 50, '#3aa7e0'));
  b.push(path('M60 470Q90 458 120 470M250 480Q280 468 310 480', 'none', stroke('#ffffff', 5)));
  b.push(fishingBoat(30, 470, 330, '#2f6fb8', '#d9534f'));
  b.push(cloud(120, 90, 0.5));
  b.push(plusSign(400, 300, 44));
  b.push(pills(600));
  return svgDoc(800, 600, 6, b);
}

/** A big red question mark, drawn as shapes. */
const questionMark = (cx) => [
  path(
    d`M${cx - 80} ${220}C${cx - 80} ${130} ${cx + 90} ${110} ${cx + 92} ${220}C${cx + 94} ${290} ${cx + 20} ${300} ${cx + 20} ${360}L${cx - 34} ${360}C${cx - 36} ${270} ${cx + 40} ${270} ${cx + 38} ${222}C${cx + 36} ${176} ${cx - 26} ${176} ${cx - 28} ${226}Z`,
    '#e0453a',
  ),
  circle(cx - 7, 420, 32, '#e0453a'),
];

/** A round woven basket with a few greens in it. */
const basket = (cx) => [
  ellipse(cx, 470, 160, 26, '#e8dcc0', NO_STROKE),
  ellipse(cx - 40, 300, 44, 24, '#3fae4a', { transform: rotate(-30, cx - 40, 300) }),
  ellipse(cx + 30, 296, 48, 22, '#6cc067', { transform: rotate(24, cx + 30, 296) }),
  circle(cx + 90, 306, 22, '#e0453a'),
  path(d`M${cx - 150} ${310}L${cx + 150} ${310}L${cx + 112} ${460}L${cx - 112} ${460}Z`, '#d9a441'),
  lines(
    [-100, -50, 0, 50, 100].map((dx) => [cx + dx, 312, cx + dx * 0.76, 458]),
    stroke('#a87a2a', 5),
  ),
  lines(
    [350, 390, 430].map((y) => [cx - 150 + (y - 310) * 0.25, y, cx + 150 - (y - 310) * 0.25, y]),
    stroke('#a87a2a', 5),
  ),
  ellipse(cx, 310, 152, 20, '#e8b85a'),
];

export function hoiRoPicture() {
  return svgDoc(800, 600, 6, [paper(), questionMark(190), plusSign(400, 300, 44), basket(610)]);
}

/** A division sign: a bar between two dots. */
const divisionSign = (cx) => [
  rect(cx - 110, 282, 220, 40, '#2f7fd1', { rx: 20 }),
  circle(cx, 200, 34, '#2f7fd1'),
  circle(cx, 404, 34, '#2f7fd1'),
];

/** A plump brown sparrow pecking at grains, facing left. */
const sparrow = (cx) => [
  ellipse(cx, 470, 150, 24, '#e8dcc0', NO_STROKE),
  lines(
    [
      [cx - 10, 420, cx - 22, 462],
      [cx + 24, 420, cx + 20, 462],
    ],
    stroke('#c97a3a', 7),
  ),
  path(d`M${cx + 80} ${330}L${cx + 150} ${300}L${cx + 144} ${350}Z`, '#7a5230'),
  ellipse(cx + 10, 350, 110, 82, '#a8743f'),
  ellipse(cx - 4, 380, 70, 44, '#f0dcb8', NO_STROKE),
  path(
    d`M${cx + 10} ${300}Q${cx + 90} ${300} ${cx + 110} ${360}Q${cx + 60} ${380} ${cx + 10} ${350}Z`,
    '#7a5230',
  ),
  lines(
    [
      [cx + 40, 330, cx + 96, 350],
      [cx + 30, 346, cx + 80, 364],
    ],
    stroke('#5a3a1e', 4),
  ),
  circle(cx - 80, 290, 56, '#a8743f'),
  path(
    d`M${cx - 120} ${268}Q${cx - 80} ${226} ${cx - 30} ${262}Q${cx - 70} ${250} ${cx - 120} ${268}Z`,
    '#6d4a2a',
    NO_STROKE,
  ),
  ellipse(cx - 104, 316, 26, 18, '#f0dcb8', NO_STROKE),
  circle(cx - 96, 284, 9, INK, NO_STROKE),
  circle(cx - 93, 281, 3, '#ffffff', NO_STROKE),
  poly([cx - 130, 288, cx - 170, 306, cx - 128, 312], '#f2c14e'),
  [cx - 190, cx - 160, cx - 210, cx - 140].map((x, i) =>
    ellipse(x, 458 - (i % 2) * 8, 8, 5, '#f2d27a', { 'stroke-width': 3 }),
  ),
];

export function chiaSePicture() {
  return svgDoc(800, 600, 6, [paper(), divisionSign(180), plusSign(400, 300, 44), sparrow(640)]);
}
