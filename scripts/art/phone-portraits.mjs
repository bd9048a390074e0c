/**
 * "Portraits" for a character who is only ever heard through a phone: 400 x 500, transparent,
 * a phone held up to the viewer with a chat on its screen (blank bubbles, no letters) and the
 * sender's small round avatar. A skit line by such a character reads as a message, not as a
 * person standing in the room. The expression changes the last bubble: a heart sticker
 * (happy), a plain one (neutral), a cross face (surprised).
 */
import {
  INK,
  NO_STROKE,
  circle,
  d,
  ellipse,
  heartPath,
  path,
  rect,
  stroke,
  svgDoc,
} from './kit.mjs';

/** One chat bubble with a few grey bars standing for words; `mine` bubbles sit on the right. */
const bubble = (y, w, mine, rows) => {
  const x = mine ? 318 - w : 96;
  const fill = mine ? '#cfe8ff' : '#ffffff';
  const bars = [];
  for (let i = 0; i < rows; i += 1) {
    const barW = (w - 36) * (i === rows - 1 ? 0.6 : 1);
    bars.push(rect(x + 18, y + 16 + i * 20, barW, 9, '#b8bcc6', { ...NO_STROKE, rx: 4 }));
  }
  return [rect(x, y, w, 22 + rows * 20, fill, { rx: 16, 'stroke-width': 4 }), bars];
};

/** The avatar: a round photo of a young man with dark hair and a blue shirt. */
const avatar = (cx, cy, r, shirt, hair) => [
  circle(cx, cy, r, '#bfe6f5', { 'stroke-width': 4 }),
  path(
    d`M${cx - r * 0.8} ${cy + r * 0.62}Q${cx} ${cy + r * 0.05} ${cx + r * 0.8} ${cy + r * 0.62}Q${cx} ${cy + r * 1.08} ${cx - r * 0.8} ${cy + r * 0.62}Z`,
    shirt,
    NO_STROKE,
  ),
  circle(cx, cy - r * 0.1, r * 0.36, '#dda274', NO_STROKE),
  path(
    d`M${cx - r * 0.38} ${cy - r * 0.14}Q${cx - r * 0.4} ${cy - r * 0.56} ${cx} ${cy - r * 0.56}Q${cx + r * 0.42} ${cy - r * 0.56} ${cx + r * 0.38} ${cy - r * 0.18}Q${cx} ${cy - r * 0.36} ${cx - r * 0.38} ${cy - r * 0.14}Z`,
    hair,
    NO_STROKE,
  ),
  circle(cx, cy, r, 'none', { 'stroke-width': 4 }),
];

/** The last bubble's sticker for each expression. */
function sticker(expr) {
  const x = 150;
  const y = 380;
  switch (expr) {
    case 'happy':
      return [
        rect(96, 356, 110, 84, '#ffffff', { rx: 18, 'stroke-width': 4 }),
        path(heartPath(x, y + 2, 26), '#ff4f7b', { 'stroke-width': 5 }),
      ];
    case 'surprised':
      return [
        rect(96, 356, 110, 84, '#ffffff', { rx: 18, 'stroke-width': 4 }),
        circle(x, y + 6, 30, '#ffb347', { 'stroke-width': 4 }),
        path(
          d`M${x - 18} ${y - 10}L${x - 4} ${y - 2}M${x + 18} ${y - 10}L${x + 4} ${y - 2}`,
          'none',
          { 'stroke-width': 5 },
        ),
        circle(x - 10, y + 4, 4, INK, NO_STROKE),
        circle(x + 10, y + 4, 4, INK, NO_STROKE),
        path(d`M${x - 12} ${y + 24}Q${x} ${y + 12} ${x + 12} ${y + 24}`, 'none', {
          'stroke-width': 5,
        }),
      ];
    default:
      return bubble(356, 170, false, 2);
  }
}

/** A phone showing a chat with one sender; `who` holds the avatar's colours. */
export function drawPhonePortrait(who, expr) {
  const b = [];
  // A hand holding the phone from below.
  b.push(path('M110 510L120 430Q126 400 156 404L250 404Q282 404 290 432L300 510Z', who.hand));
  // The phone.
  b.push(rect(70, 24, 270, 462, '#2e2e33', { rx: 36 }));
  b.push(rect(86, 60, 238, 406, '#eef1f6', { rx: 18, 'stroke-width': 4 }));
  b.push(rect(170, 36, 70, 10, '#55565e', { rx: 5, ...NO_STROKE }));
  // The chat's header: avatar and a bar for the name, a green dot for "online".
  b.push(rect(86, 60, 238, 70, '#ffffff', { rx: 18, 'stroke-width': 4 }));
  b.push(avatar(128, 95, 24, who.shirt, who.hair));
  b.push(rect(162, 84, 90, 12, '#5b6f8a', { ...NO_STROKE, rx: 6 }));
  b.push(circle(146, 114, 7, '#3fae4a', stroke('#ffffff', 3)));
  // The messages.
  b.push(bubble(146, 190, false, 3));
  b.push(bubble(236, 140, true, 1));
  b.push(bubble(286, 200, false, 2));
  b.push(sticker(expr));
  // Fingers over the phone's edge.
  for (const [x, y] of [
    [80, 430],
    [76, 392],
    [330, 440],
    [334, 404],
  ])
    b.push(ellipse(x, y, 20, 14, who.hand));
  return svgDoc(400, 500, 6, b);
}

export const PHONE_SENDERS = {
  'tuan-nhan': { shirt: '#2b4b80', hair: '#161414', hand: '#f3c393' },
};
