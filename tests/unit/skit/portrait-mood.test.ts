import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownPortrait, type SkitView } from '../../../src/core/skit';
import type { Skit, SkitNode } from '../../../src/core/types';

/**
 * The portrait beside the text follows the mood the pack gives the line or the choice (issue
 * 16: Lan smiled at the tense choice the night before the bus, her neutral face being a smile).
 */

const SKIT = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../assets/packs/default/pack.json'), 'utf8'),
  ) as { skit: Skit }
).skit;

/** The view a node rests in, as the runtime gives it (options and background do not matter). */
function viewOf(node: SkitNode): SkitView | null {
  if (node.type === 'line') return { kind: 'line', node, background: null };
  if (node.type === 'narration') return { kind: 'narration', node, background: null };
  if (node.type === 'choice') return { kind: 'choice', node, visibleOptions: [], background: null };
  return null;
}

function node(id: string): SkitNode {
  const found = SKIT.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

describe('the portrait shown', () => {
  it("is each line's speaker in the line's mood", () => {
    const lines = SKIT.nodes.filter((n) => n.type === 'line');
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) {
      const view = viewOf(line);
      expect(view && shownPortrait(view)).toEqual({
        character: line.character,
        expression: line.expression ?? 'neutral',
      });
    }
  });

  it("is a choice's character in the choice's mood: worried at the tense ones", () => {
    // The night before the bus, at the bus station, and the ID card and advance demanded.
    for (const id of ['chon-2', 'chon-4', 'chon-5', 'chon-6', 'chon-9', 'chon-m2', 'chon-m5']) {
      const view = viewOf(node(id));
      expect(view && shownPortrait(view)?.expression, id).toBe('worried');
    }
    // No choice of the story shows a smile.
    for (const n of SKIT.nodes) {
      const view = n.type === 'choice' ? viewOf(n) : null;
      expect(view && shownPortrait(view)?.expression, n.id).not.toBe('happy');
    }
  });

  it('is nobody on a narration, and neutral where a choice names no mood', () => {
    const narration = viewOf(node('nha-1'));
    expect(narration && shownPortrait(narration)).toBeNull();
    const plain = viewOf(node('chon-1'));
    expect(plain && shownPortrait(plain)).toEqual({ character: 'lan', expression: 'neutral' });
  });
});
