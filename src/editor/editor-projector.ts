import { questionLayout, teamRows, type Box } from '../shared/ui/projector-layout';
import type { DraftFile, DraftQuestion } from './draft';
import { el } from './editor-dom';
import { pictureNode } from './editor-preview';
import { w } from './words';

/**
 * What the projector will show for a question, beside the phone's preview: the meeting's own
 * question layout (src/shared/ui/projector-layout.ts) for a 1920×1080 screen, scaled down.
 */

const SCREEN = { w: 1920, h: 1080 } as const;
/** The preview's width in CSS pixels. */
const WIDTH = 320;

function place(node: HTMLElement, box: Box, scale: number): HTMLElement {
  Object.assign(node.style, {
    left: `${box.x * scale}px`,
    top: `${box.y * scale}px`,
    width: `${box.w * scale}px`,
    height: `${box.h * scale}px`,
  });
  return node;
}

export function renderProjectorPreview(
  q: DraftQuestion,
  files: Readonly<Record<string, DraftFile>>,
  questionNumber = 1,
): HTMLElement {
  const scale = WIDTH / SCREEN.w;
  const layout = questionLayout(SCREEN.w, SCREEN.h, { answerShown: false, hasKey: false });
  const screen = el('div', { className: 'editor-projector' });
  screen.setAttribute('aria-hidden', 'true');
  screen.style.width = `${WIDTH}px`;
  screen.style.height = `${SCREEN.h * scale}px`;
  const picture = place(pictureNode(q, files), layout.picture, scale);
  picture.classList.add('editor-projector-picture');
  const status = place(
    el('div', {
      className: 'editor-projector-status',
      textContent: w('question', { n: questionNumber }),
    }),
    layout.status,
    scale,
  );
  const { timer } = layout;
  const clock = place(
    el('div', { className: 'editor-projector-timer' }),
    { x: timer.x - timer.r, y: timer.y - timer.r, w: timer.r * 2, h: timer.r * 2 },
    scale,
  );
  const teams = teamRows(3, layout.teams).map((row) =>
    place(el('div', { className: 'editor-projector-team' }), row, scale),
  );
  const bar = place(
    el('div', { className: 'editor-projector-bar' }),
    { x: layout.m, y: layout.bar.y, w: SCREEN.w - 2 * layout.m, h: layout.bar.h },
    scale,
  );
  screen.append(picture, status, clock, ...teams, bar);
  return el(
    'section',
    { className: 'editor-preview' },
    el('h2', { textContent: w('projector') }),
    screen,
  );
}
