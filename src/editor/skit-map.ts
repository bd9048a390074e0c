import { el } from './editor-dom';
import { BOX, layoutStoryMap } from './skit-map-layout';
import { nodeExits, type DraftSkit } from './skit-model';
import { nodeLabel } from './skit-page';
import { w } from './words';

/**
 * The story map: each node a button (so Tab reaches it and Enter opens it), placed by the
 * layout over an SVG of the arrows. What the map marks is said in words too, not by colour
 * alone: "unreachable", "dead end", "ending", "start".
 */

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag: string, attrs: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export function storyMap(skit: DraftSkit | null, open: (nodeId: string) => void): HTMLElement {
  const section = el('section', { className: 'editor-map-section' });
  section.append(el('h2', { textContent: w('tabMap') }));
  if (!skit) {
    section.append(el('p', { textContent: w('mapEmpty') }));
    return section;
  }
  section.append(el('p', { className: 'editor-help', textContent: w('mapHelp') }));
  const endingIds = new Set(skit.endings.map((e) => e.id));
  const layout = layoutStoryMap(
    skit.nodes.map((n) => ({ id: n.id, exits: nodeExits(n), isEnding: n.kind === 'ending' })),
    skit.start,
  );
  const map = el('div', { className: 'editor-map' });
  map.style.width = `${layout.width}px`;
  map.style.height = `${layout.height}px`;
  const svg = svgEl('svg', {
    width: String(layout.width),
    height: String(layout.height),
    'aria-hidden': 'true',
  });
  const defs = svgEl('defs', {});
  const marker = svgEl('marker', {
    id: 'editor-arrow',
    viewBox: '0 0 10 10',
    refX: '9',
    refY: '5',
    markerWidth: '8',
    markerHeight: '8',
    orient: 'auto-start-reverse',
  });
  marker.append(svgEl('path', { d: 'M0 0 L10 5 L0 10 z', fill: '#1b2a4a' }));
  defs.append(marker);
  svg.append(defs);
  for (const a of layout.arrows) {
    svg.append(
      svgEl('path', {
        d: a.path,
        class: a.back ? 'editor-map-arrow editor-map-back' : 'editor-map-arrow',
        'marker-end': 'url(#editor-arrow)',
      }),
    );
  }
  map.append(svg);
  const list = el('ul', { className: 'editor-map-nodes' });
  list.setAttribute('aria-label', w('tabMap'));
  for (const box of layout.boxes) {
    const node = skit.nodes.find((n) => n.id === box.id);
    if (!node) continue;
    const marks: string[] = [];
    if (box.id === skit.start) marks.push(w('mapStart'));
    if (!box.reachable) marks.push(w('mapUnreachable'));
    if (box.deadEnd) marks.push(w('mapDeadEnd'));
    // An ending node reached by no path, or one naming no ending of the skit, is marked too.
    if (node.kind === 'ending' && !endingIds.has(node.ending)) marks.push(w('mapDeadEnd'));
    const b = el('button', { type: 'button', className: 'editor-map-node' });
    b.dataset.node = box.id;
    b.classList.toggle('is-unreachable', !box.reachable);
    b.classList.toggle('is-dead-end', marks.includes(w('mapDeadEnd')));
    b.classList.toggle('is-ending', node.kind === 'ending');
    b.classList.toggle('is-start', box.id === skit.start);
    b.style.left = `${box.x}px`;
    b.style.top = `${box.y}px`;
    b.style.width = `${BOX.width}px`;
    b.style.height = `${BOX.height}px`;
    b.append(el('span', { textContent: nodeLabel(node) }));
    if (marks.length > 0) b.append(el('small', { textContent: marks.join(' · ') }));
    b.addEventListener('click', () => {
      open(box.id);
    });
    list.append(el('li', {}, b));
  }
  map.append(list);
  section.append(el('div', { className: 'editor-map-scroll' }, map));
  return section;
}
