/**
 * The skit's cross-references, checked in pass two (references.ts) once its shape is right:
 * node ids are unique; every target, ending, character, variable, portrait and background
 * exists; only number variables are added to; every node and ending can be reached; every
 * ending names a place to get help; and no loop is made only of jumps (which would never rest
 * on a node the player sees). A choice whose every option has a condition is warned about.
 */
import type { Condition, Effect } from '../core/types';
import { PICTURE_EXTENSIONS, type AllowedExtension } from './limits';
import type { SkitJson } from './schema';

type Report = (code: string, path: (string | number)[], vi: string, en: string) => void;

function conditionParts(c: Condition): { vars: string[]; visited: string[] } {
  if ('var' in c) return { vars: [c.var], visited: [] };
  if ('visited' in c) return { vars: [], visited: [c.visited] };
  const children = 'all' in c ? c.all : 'any' in c ? c.any : [c.not];
  const parts = children.map(conditionParts);
  return { vars: parts.flatMap((p) => p.vars), visited: parts.flatMap((p) => p.visited) };
}

export function checkSkit(
  skit: SkitJson,
  err: Report,
  warn: Report,
  requireFile: (
    file: string,
    path: (string | number)[],
    kinds: readonly AllowedExtension[],
  ) => void,
): void {
  const base = ['skit'];
  const nodes = new Map<string, number>();
  for (const [i, node] of skit.nodes.entries()) {
    if (nodes.has(node.id)) {
      err(
        'duplicate-id',
        [...base, 'nodes', i, 'id'],
        `Mã cảnh "${node.id}" bị trùng.`,
        `The node id "${node.id}" is used twice.`,
      );
    } else nodes.set(node.id, i);
  }
  const endings = new Set(skit.endings.map((e) => e.id));
  const characters = new Map(skit.characters.map((c) => [c.id, c]));
  const vars = skit.variables;

  const target = (id: string, path: (string | number)[]): void => {
    if (!nodes.has(id)) {
      err(
        'missing-target',
        path,
        `Không có cảnh nào mang mã "${id}".`,
        `No node has the id "${id}".`,
      );
    }
  };
  const useVar = (name: string, path: (string | number)[]): void => {
    if (!(name in vars)) {
      err(
        'unknown-variable',
        path,
        `Biến "${name}" chưa khai báo trong "variables".`,
        `The variable "${name}" is not declared in "variables".`,
      );
    }
  };
  const checkCondition = (c: Condition, path: (string | number)[]): void => {
    const parts = conditionParts(c);
    parts.vars.forEach((v) => {
      useVar(v, path);
    });
    parts.visited.forEach((id) => {
      target(id, path);
    });
  };
  const checkEffects = (
    effects: readonly Effect[] | undefined,
    path: (string | number)[],
  ): void => {
    for (const [i, e] of (effects ?? []).entries()) {
      const name = 'set' in e ? e.set : e.add;
      useVar(name, [...path, 'effects', i]);
      if ('add' in e && name in vars && typeof vars[name] !== 'number') {
        err(
          'effect-type',
          [...path, 'effects', i],
          `Chỉ cộng được vào biến số; "${name}" không phải số.`,
          `Only number variables can be added to; "${name}" is not a number.`,
        );
      }
    }
  };
  const background = (id: string | undefined, path: (string | number)[]): void => {
    if (id !== undefined && !(id in skit.backgrounds)) {
      err(
        'missing-background',
        [...path, 'background'],
        `Không có cảnh nền "${id}" trong "backgrounds".`,
        `No background "${id}" in "backgrounds".`,
      );
    }
  };

  target(skit.start, [...base, 'start']);
  for (const [i, c] of skit.characters.entries()) {
    for (const [expr, file] of Object.entries(c.portraits))
      requireFile(file, [...base, 'characters', i, 'portraits', expr], PICTURE_EXTENSIONS);
  }
  for (const [id, file] of Object.entries(skit.backgrounds))
    requireFile(file, [...base, 'backgrounds', id], PICTURE_EXTENSIONS);

  // A node's exits, by id. Where an id repeats (reported above), the game plays the first node
  // with it, so only that node's exits count: the repeat must not hide or invent a path.
  const edges = new Map<string, string[]>();
  /** A speaker that exists, with a portrait for the mood asked for. */
  const character = (
    id: string,
    expression: string | undefined,
    path: (string | number)[],
  ): void => {
    const who = characters.get(id);
    if (!who)
      err(
        'unknown-character',
        [...path, 'character'],
        `Không có nhân vật "${id}".`,
        `No character "${id}".`,
      );
    else if (expression !== undefined && !(expression in who.portraits))
      err(
        'missing-portrait',
        [...path, 'expression'],
        `Nhân vật "${id}" không có chân dung cho nét mặt "${expression}".`,
        `Character "${id}" has no portrait for the expression "${expression}".`,
      );
  };
  const setEdges = (id: string, i: number, exits: string[]): void => {
    if (nodes.get(id) === i) edges.set(id, exits);
  };
  for (const [i, node] of skit.nodes.entries()) {
    const path = [...base, 'nodes', i];
    switch (node.type) {
      case 'line': {
        target(node.next, [...path, 'next']);
        character(node.character, node.expression, path);
        background(node.background, path);
        checkEffects(node.effects, path);
        setEdges(node.id, i, [node.next]);
        break;
      }
      case 'narration':
        target(node.next, [...path, 'next']);
        background(node.background, path);
        checkEffects(node.effects, path);
        setEdges(node.id, i, [node.next]);
        break;
      case 'choice': {
        if (node.character !== undefined) character(node.character, node.expression, path);
        background(node.background, path);
        for (const [o, option] of node.options.entries()) {
          target(option.next, [...path, 'options', o, 'next']);
          if (option.condition)
            checkCondition(option.condition, [...path, 'options', o, 'condition']);
          checkEffects(option.effects, [...path, 'options', o]);
        }
        if (node.options.every((o) => o.condition !== undefined)) {
          warn(
            'choice-may-be-empty',
            [...path, 'options'],
            'Mọi lựa chọn đều có điều kiện: có thể không còn lựa chọn nào hiện ra.',
            'Every option has a condition: none may be shown.',
          );
        }
        setEdges(
          node.id,
          i,
          node.options.map((o) => o.next),
        );
        break;
      }
      case 'jump':
        node.branches.forEach((b, j) => {
          target(b.next, [...path, 'branches', j, 'next']);
          checkCondition(b.condition, [...path, 'branches', j, 'condition']);
        });
        target(node.else, [...path, 'else']);
        setEdges(node.id, i, [...node.branches.map((b) => b.next), node.else]);
        break;
      case 'ending':
        if (!endings.has(node.ending))
          err(
            'missing-ending',
            [...path, 'ending'],
            `Không có kết thúc "${node.ending}" trong "endings".`,
            `No ending "${node.ending}" in "endings".`,
          );
        setEdges(node.id, i, []);
        break;
    }
  }

  // Reachability ignores conditions: a node no path can reach is surely a mistake.
  const reached = new Set<string>();
  const stack = nodes.has(skit.start) ? [skit.start] : [];
  while (stack.length > 0) {
    const id = stack.pop() ?? '';
    if (reached.has(id)) continue;
    reached.add(id);
    for (const next of edges.get(id) ?? [])
      if (nodes.has(next) && !reached.has(next)) stack.push(next);
  }
  for (const [i, node] of skit.nodes.entries()) {
    // A repeated id is reported as such; calling the repeat "unreachable" too would mislead.
    if (!reached.has(node.id) && nodes.get(node.id) === i) {
      err(
        'unreachable-node',
        [...base, 'nodes', i],
        `Không có đường nào dẫn tới cảnh "${node.id}".`,
        `No path leads to the node "${node.id}".`,
      );
    }
  }
  const reachedEndings = new Set(
    skit.nodes
      .filter((n) => n.type === 'ending' && reached.has(n.id))
      .map((n) => (n.type === 'ending' ? n.ending : '')),
  );
  for (const [i, ending] of skit.endings.entries()) {
    const path = [...base, 'endings', i];
    if (!reachedEndings.has(ending.id)) {
      err(
        'unreachable-ending',
        path,
        `Không có đường nào dẫn tới kết thúc "${ending.id}".`,
        `No path leads to the ending "${ending.id}".`,
      );
    }
    if (ending.help.length === 0) {
      err(
        'ending-without-help',
        [...path, 'help'],
        'Mỗi kết thúc phải có ít nhất một nơi trợ giúp (ví dụ 111).',
        'Every ending needs at least one place to get help (e.g. 111).',
      );
    }
  }

  // A loop made only of jumps would never rest on a node the player sees. Every jump in every
  // such loop is reported, each naming the whole loop.
  for (const loop of jumpLoops(skit, nodes, edges)) {
    const shown = [...loop.map((i) => skit.nodes[i]?.id ?? ''), skit.nodes[loop[0] ?? 0]?.id ?? ''];
    for (const i of loop) {
      const id = skit.nodes[i]?.id ?? '';
      err(
        'jump-loop',
        [...base, 'nodes', i],
        `Cảnh "${id}" nằm trong vòng lặp chỉ gồm các bước nhảy (${shown.join(' → ')}): trò chơi sẽ nhảy mãi không dừng. Hãy cho một nhánh dẫn tới cảnh có lời thoại, lựa chọn hoặc kết thúc.`,
        `The node "${id}" is in a loop made only of jumps (${shown.join(' → ')}): the game would jump for ever. Let one branch lead to a line, a choice or an ending.`,
      );
    }
  }
}

/**
 * The loops made only of jump nodes: the strongly connected parts of the graph of jumps (Tarjan),
 * with more than one jump or a jump to itself. Each loop is a list of node indexes in file order.
 */
function jumpLoops(
  skit: SkitJson,
  nodes: ReadonlyMap<string, number>,
  edges: ReadonlyMap<string, readonly string[]>,
): number[][] {
  const isJump = (id: string): boolean => {
    const i = nodes.get(id);
    return i !== undefined && skit.nodes[i]?.type === 'jump';
  };
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: number[][] = [];
  const visit = (id: string): void => {
    order.set(id, order.size);
    low.set(id, order.get(id) ?? 0);
    stack.push(id);
    onStack.add(id);
    const exits = (edges.get(id) ?? []).filter(isJump);
    for (const next of exits) {
      if (!order.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id) ?? 0, order.get(next) ?? 0));
      }
    }
    if (low.get(id) !== order.get(id)) return;
    const part: string[] = [];
    let top: string | undefined;
    do {
      top = stack.pop();
      if (top === undefined) break;
      onStack.delete(top);
      part.push(top);
    } while (top !== id);
    if (part.length > 1 || exits.includes(id)) {
      loops.push(part.map((p) => nodes.get(p) ?? 0).sort((a, b) => a - b));
    }
  };
  for (const [id] of nodes) if (isJump(id) && !order.has(id)) visit(id);
  return loops.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}
