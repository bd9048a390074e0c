/**
 * The characters of Minh's story, as layers for drawPortrait in scripts/draw-art.mjs (same face
 * layout and expressions as the others): Minh, 18, from a fishing family; Khải, a neighbour's
 * son the family has known for years, who recruits for a boat; and Minh's father.
 */
import { circle, line, path, poly, rect, stroke } from './kit.mjs';

const neckV = 'M172 270L172 380L200 426L228 380L228 270Z';

export const CHARACTERS_MORE = {
  minh: {
    skin: '#d39a6a',
    skinShade: '#b07848',
    shirt: '#ff8a1f',
    shoulders: 180,
    faceW: 80,
    jaw: 0.7,
    brow: '#161414',
    browWidth: 10,
    collar: [
      path('M158 376Q200 418 242 376', 'none', stroke('#d96a0a', 12)),
      // A small pocket.
      rect(236, 440, 50, 46, '#ff9d40', { 'stroke-width': 4 }),
    ],
    front: path(
      'M114 222C100 150 124 100 160 92L168 70L188 90L204 62L220 88L242 66L248 94C286 104 304 150 288 222C282 186 270 160 250 146C216 158 170 156 136 146C124 164 118 190 114 222Z',
      '#161414',
    ),
  },
  khai: {
    skin: '#e6b083',
    skinShade: '#c38a5c',
    shirt: '#e9f2ee',
    shoulders: 182,
    faceW: 80,
    jaw: 0.66,
    brow: '#1d1a1a',
    browWidth: 10,
    smile: 'M180 279Q202 294 222 278',
    neck: neckV,
    collar: [
      path('M162 364L200 430L150 418L134 384Z', '#9fd4bf'),
      path('M238 364L200 430L250 418L266 384Z', '#9fd4bf'),
      line(200, 430, 200, 480, { 'stroke-width': 4 }),
      circle(200, 452, 5, '#ffffff', { 'stroke-width': 3 }),
      // A pen clipped to the breast pocket.
      rect(244, 446, 56, 50, 'none', stroke('#a9bcb4', 4)),
      rect(262, 428, 8, 34, '#2f7fd1', { 'stroke-width': 3 }),
    ],
    front: [
      path(
        'M114 214C98 120 146 70 214 68C284 66 310 122 288 214C284 180 274 162 262 152C232 160 174 154 142 138C128 158 120 182 114 214Z',
        '#1d1a1a',
      ),
      path('M150 132C180 100 230 92 270 118', 'none', stroke('#4a4444', 5)),
    ],
  },
  'bo-minh': {
    skin: '#c98d5e',
    skinShade: '#a56c40',
    shirt: '#5f7f5a',
    shoulders: 184,
    faceW: 82,
    jaw: 0.72,
    brow: '#6d6868',
    browWidth: 11,
    neck: neckV,
    collar: [
      poly([166, 362, 200, 428, 152, 416, 138, 384], '#4a6646'),
      poly([234, 362, 200, 428, 248, 416, 262, 384], '#4a6646'),
      line(200, 428, 200, 520, { 'stroke-width': 4 }),
    ],
    lines: [
      path('M150 170Q200 160 250 170', 'none', stroke('#a56c40', 3)),
      path('M142 256Q138 274 150 288', 'none', stroke('#a56c40', 3)),
      path('M258 256Q262 274 250 288', 'none', stroke('#a56c40', 3)),
    ],
    front: [
      path(
        'M118 200C110 132 150 100 200 100C250 100 290 132 282 200C276 176 266 160 252 150C222 142 178 142 148 150C134 160 124 176 118 200Z',
        '#8d8888',
      ),
      path('M160 118C190 108 226 108 250 120', 'none', stroke('#c7c2c2', 4)),
    ],
  },
};
