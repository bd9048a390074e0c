import { describe, expect, it } from 'vitest';
import {
  addChoice,
  addEnding,
  addNode,
  addVariable,
  newSkit,
  nodeExits,
  removeNode,
  renameNode,
  updateChoice,
  updateEnding,
  updateNode,
  updateVariable,
  type DraftSkit,
} from '../../../src/editor/skit-model';
import { layoutStoryMap } from '../../../src/editor/skit-map-layout';
import { nodeFieldId, skitTarget } from '../../../src/editor/skit-json';
import { skitFieldId } from '../../../src/editor/skit-problems';

/** start → choice (two ways) → two endings. */
function branching(): DraftSkit {
  let skit = newSkit();
  const c = addNode(skit, 'choice', 'canh-1');
  skit = c.skit;
  const a = addNode(skit, 'ending');
  skit = a.skit;
  const b = addNode(skit, 'ending');
  skit = updateChoice(b.skit, c.id, 0, { next: a.id });
  return updateChoice(skit, c.id, 1, { next: b.id });
}

describe('adding nodes', () => {
  it('gives a free id and links a line or narration with no next to the new node', () => {
    const { skit, id } = addNode(newSkit(), 'line', 'canh-1');
    expect(id).toBe('canh-2');
    expect(skit.nodes.map((n) => n.id)).toEqual(['canh-1', 'canh-2']);
    expect(skit.nodes[0]?.next).toBe('canh-2');
  });
  it('gives a new ending node an ending no node shows yet', () => {
    let skit = addEnding(newSkit()).skit;
    const first = addNode(skit, 'ending');
    skit = first.skit;
    expect(skit.nodes[1]?.ending).toBe('ket-1');
    expect(addNode(skit, 'ending').skit.nodes[2]?.ending).toBe('ket-2');
  });
  it('gives a new choice two options, and at most six', () => {
    const made = addNode(newSkit(), 'choice');
    let skit = made.skit;
    const id = made.id;
    expect(skit.nodes[1]?.choices).toHaveLength(2);
    for (let i = 0; i < 6; i++) skit = addChoice(skit, id);
    expect(skit.nodes[1]?.choices).toHaveLength(6);
  });
});

describe('renaming and removing nodes', () => {
  it('renames every reference: start, next and options', () => {
    const skit = renameNode(branching(), 'canh-1', 'mo-dau');
    expect(skit.start).toBe('mo-dau');
    const renamed = renameNode(skit, 'canh-3', 'tot');
    expect(renamed.nodes[1]?.choices[0]?.next).toBe('tot');
  });
  it('refuses a name another node has', () => {
    const skit = branching();
    expect(renameNode(skit, 'canh-1', 'canh-2')).toBe(skit);
  });
  it('leaves what led to a removed node leading nowhere, and moves the start', () => {
    const skit = removeNode(branching(), 'canh-3');
    expect(skit.nodes[1]?.choices[0]?.next).toBe('');
    expect(removeNode(skit, 'canh-1').start).toBe('canh-2');
  });
});

describe('variables and endings follow their renames', () => {
  it('carries a renamed variable into conditions and effects', () => {
    let skit = addVariable(branching());
    skit = updateChoice(skit, 'canh-2', 0, {
      condition: { variable: 'bien1', op: 'eq', value: 'true' },
      effects: [{ variable: 'bien1', op: 'set', value: 'false' }],
    });
    skit = updateNode(skit, 'canh-1', {
      effects: [{ variable: 'bien1', op: 'set', value: 'true' }],
    });
    skit = updateVariable(skit, 0, { name: 'daHoi' });
    expect(skit.nodes[1]?.choices[0]?.condition).toEqual({
      variable: 'daHoi',
      op: 'eq',
      value: 'true',
    });
    expect(skit.nodes[1]?.choices[0]?.effects[0]?.variable).toBe('daHoi');
    expect(skit.nodes[0]?.effects[0]?.variable).toBe('daHoi');
  });
  it('carries a renamed ending into its ending nodes', () => {
    let skit = updateNode(branching(), 'canh-3', { ending: 'ket-1' });
    skit = updateEnding(skit, 0, { id: 'an-toan' });
    expect(skit.nodes[2]?.ending).toBe('an-toan');
    expect(addEnding(skit).id).toBe('ket-1');
  });
});

describe('jumps and conditions', () => {
  /** branching() with a jump after the start: "bien1 is true, or canh-3 visited" → canh-3. */
  function withJump(): DraftSkit {
    let skit = addVariable(branching());
    const j = addNode(skit, 'jump', 'canh-1');
    skit = updateNode(j.skit, j.id, {
      next: 'canh-2',
      branches: [
        {
          condition: {
            any: [
              { variable: 'bien1', op: 'eq', value: 'true' },
              { not: { visited: 'canh-3', min: 2 } },
            ],
          },
          next: 'canh-3',
        },
      ],
    });
    return skit;
  }
  it('counts the branches of a jump and its else as its ways on', () => {
    const jump = withJump().nodes.find((n) => n.kind === 'jump');
    expect(jump && nodeExits(jump)).toEqual(['canh-3', 'canh-2']);
  });
  it('carries a renamed node into branches and visited conditions, and a renamed variable inside all, any and not', () => {
    let skit = renameNode(withJump(), 'canh-3', 'tot');
    skit = updateVariable(skit, 0, { name: 'daHoi' });
    const jump = skit.nodes.find((n) => n.kind === 'jump');
    expect(jump?.branches).toEqual([
      {
        condition: {
          any: [
            { variable: 'daHoi', op: 'eq', value: 'true' },
            { not: { visited: 'tot', min: 2 } },
          ],
        },
        next: 'tot',
      },
    ]);
    // A removed node leaves its arrows empty, for the checker to show.
    expect(removeNode(skit, 'canh-2').nodes.find((n) => n.kind === 'jump')?.next).toBe('');
  });
});

describe('the story map layout', () => {
  const input = (skit: DraftSkit) =>
    skit.nodes.map((n) => ({
      id: n.id,
      exits:
        n.kind === 'choice' ? n.choices.map((c) => c.next) : n.kind === 'ending' ? [] : [n.next],
      isEnding: n.kind === 'ending',
    }));
  it('puts each node in the column of its distance from the start', () => {
    const map = layoutStoryMap(input(branching()), 'canh-1');
    expect(map.boxes.map((b) => [b.id, b.column, b.row])).toEqual([
      ['canh-1', 0, 0],
      ['canh-2', 1, 0],
      ['canh-3', 2, 0],
      ['canh-4', 2, 1],
    ]);
    expect(map.arrows.map((a) => `${a.from}>${a.to}`)).toEqual([
      'canh-1>canh-2',
      'canh-2>canh-3',
      'canh-2>canh-4',
    ]);
    expect(map.boxes.every((b) => b.reachable && !b.deadEnd)).toBe(true);
    expect(map.width).toBeGreaterThan(map.boxes[2]?.x ?? 0);
  });
  it('marks unreachable nodes (in a column after the rest) and dead ends, and draws loops back', () => {
    let skit = branching();
    skit = addNode(skit, 'narration').skit;
    skit = updateNode(skit, 'canh-5', { next: 'canh-1' });
    skit = updateChoice(skit, 'canh-2', 1, { next: 'canh-2' });
    const map = layoutStoryMap(input(skit), 'canh-1');
    const box = (id: string) => map.boxes.find((b) => b.id === id);
    expect(box('canh-5')).toMatchObject({ reachable: false, column: 3 });
    expect(box('canh-4')).toMatchObject({ reachable: false });
    expect(map.arrows.find((a) => a.from === 'canh-2' && a.to === 'canh-2')?.back).toBe(true);
    const dead = layoutStoryMap(input(updateNode(skit, 'canh-1', { next: 'khong-co' })), 'canh-1');
    expect(dead.boxes.find((b) => b.id === 'canh-1')?.deadEnd).toBe(true);
  });
});

describe('where a skit problem is shown', () => {
  it('reads the part and the field from the place', () => {
    expect(skitTarget('skit.nodes[3].options[1].next')).toEqual({
      part: 'node',
      index: 3,
      field: 'options[1].next',
    });
    expect(skitTarget('skit.endings[0].help')).toEqual({ part: 'ending', index: 0, field: 'help' });
    expect(skitTarget('skit.variables.daHoi')).toEqual({ part: 'variable', name: 'daHoi' });
    expect(skitTarget('skit.start')).toEqual({ part: 'skit', field: 'start' });
    expect(skitTarget('quiz.questions[0]')).toBeNull();
    expect(nodeFieldId('options[1].next')).toBe('choice-1-next');
    expect(nodeFieldId('options[0].text.en')).toBe('choice-0-textEn');
    expect(nodeFieldId('options[2].consequence.en')).toBe('choice-2-consequenceEn');
    expect(nodeFieldId('branches[1].condition')).toBe('branch-1-cond-var');
    expect(nodeFieldId('branches[0].next')).toBe('branch-0-next');
    expect(nodeFieldId('else')).toBe('node-next');
    expect(nodeFieldId('background')).toBe('node-background');
    expect(nodeFieldId('text')).toBe('node-textVi');
    expect(nodeFieldId('next')).toBe('node-next');
  });
  it('shows the further places of an ending to get help, and the backgrounds, under their own fields', () => {
    const skit = newSkit();
    const at = (place: string, selection: Parameters<typeof skitFieldId>[2]) => {
      const target = skitTarget(place);
      return target && skitFieldId(target, skit, selection, 0);
    };
    const ending = { part: 'ending', index: 0 } as const;
    expect(at('skit.endings[0].help[0].phone', ending)).toBe('ending-helpPhone');
    expect(at('skit.endings[0].help[2].name.en', ending)).toBe('ending-help-2-NameEn');
    expect(at('skit.endings[0].help[1].description', ending)).toBe('ending-help-1-TextVi');
    expect(at('skit.backgrounds.home', { part: 'people' })).toBe('backgrounds');
    expect(at('skit.id', { part: 'node', id: 'canh-1' })).toBe('skit-id');
  });
});
