import { countAnswerTiles } from '../core/answer';
import type { Condition, Effect } from '../core/types';
import { PACK_LIMITS, PICTURE_EXTENSIONS, type AllowedExtension } from './limits';
import type { PackFiles, Picture } from './pack-types';
import { packError, packWarning, placeOf, type PackProblem } from './problems';
import { parseRebus } from './rebus';
import type { PackJson, PictureJson, SkitJson } from './schema';

/**
 * Pass two: with the shape already right, checks everything that refers to something else —
 * node targets, pictures, characters, variables, reachability — and the warnings that do not
 * stop loading. It also resolves each picture, so the build step never parses twice.
 */

/** Numbers that must never be printed: the retired hotline (see the content rules). */
const RETIRED_NUMBERS = ['18001567'];

/**
 * A text holds a retired number when, with spaces, "." and "-" taken out, the number is in it:
 * that is, its digits in order with only those between them. One search, no copy of the text.
 */
const RETIRED_NUMBER = new RegExp(
  RETIRED_NUMBERS.map((n) => n.split('').join('[\\s.-]*')).join('|'),
);

export interface ReferenceCheck {
  readonly problems: PackProblem[];
  /** Each picture of the pack that resolved, by its object in the checked pack. */
  readonly pictures: ReadonlyMap<PictureJson, Picture>;
  readonly usedFiles: ReadonlySet<string>;
}

/** A letter or digit that is a tile in any answer: see checkAnswer. */
const ASCII_TILE = /[A-Za-z0-9]/;

function extensionOf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1).toLowerCase();
}

export function checkReferences(
  pack: PackJson,
  files: PackFiles,
  glyphCodes: ReadonlySet<string>,
): ReferenceCheck {
  const problems: PackProblem[] = [];
  const pictures = new Map<PictureJson, Picture>();
  const usedFiles = new Set<string>();
  const err = (code: string, path: (string | number)[], vi: string, en: string): void => {
    problems.push(packError(code, placeOf(path), vi, en));
  };
  const warn = (code: string, path: (string | number)[], vi: string, en: string): void => {
    problems.push(packWarning(code, placeOf(path), vi, en));
  };

  const requireFile = (
    file: string,
    path: (string | number)[],
    kinds: readonly AllowedExtension[],
  ): void => {
    usedFiles.add(file);
    if (!(kinds as readonly string[]).includes(extensionOf(file))) {
      err(
        'file-type-not-allowed',
        path,
        `Tệp "${file}" không phải là hình (được dùng: ${kinds.join(', ')}).`,
        `"${file}" is not a picture (allowed: ${kinds.join(', ')}).`,
      );
      return;
    }
    if (!files.has(file)) {
      err(
        'missing-file',
        path,
        `Không tìm thấy tệp "${file}" trong gói. Hãy đặt tệp vào cùng tệp nén .zip với pack.json, đúng tên và thư mục.`,
        `The file "${file}" is not in the pack. Put it in the same .zip as pack.json, with this exact name and folder.`,
      );
    }
  };

  const resolvePicture = (picture: PictureJson, path: (string | number)[]): void => {
    if ('file' in picture) {
      requireFile(picture.file, [...path, 'file'], PICTURE_EXTENSIONS);
      pictures.set(
        picture,
        picture.alt === undefined
          ? { kind: 'file', path: picture.file }
          : { kind: 'file', path: picture.file, alt: picture.alt },
      );
      return;
    }
    const parsed = parseRebus(picture.rebus, glyphCodes);
    if (parsed.ok) {
      pictures.set(
        picture,
        picture.alt === undefined
          ? { kind: 'rebus', rows: parsed.rows }
          : { kind: 'rebus', rows: parsed.rows, alt: picture.alt },
      );
      return;
    }
    const rowPath =
      typeof picture.rebus === 'string'
        ? [...path, 'rebus']
        : [...path, 'rebus', parsed.reason.row];
    const fault = parsed.reason;
    switch (fault.code) {
      case 'rebus-unknown-glyph':
        err(
          fault.code,
          rowPath,
          `Hình ${fault.emoji} không có trong bộ hình của trò chơi (xem docs/emoji.md để chọn hình có sẵn).`,
          `The glyph ${fault.emoji} is not in the game's glyph set (see docs/emoji.md for the glyphs available).`,
        );
        break;
      case 'rebus-text-too-long':
        err(
          fault.code,
          rowPath,
          `Chữ "${fault.text}" quá dài cho một ô hình: tối đa ${PACK_LIMITS.maxRebusTextLength} ký tự.`,
          `The text "${fault.text}" is too long for a rebus: at most ${PACK_LIMITS.maxRebusTextLength} characters.`,
        );
        break;
      case 'rebus-too-many-tokens':
        err(
          fault.code,
          rowPath,
          `Một hàng có quá nhiều phần: tối đa ${PACK_LIMITS.maxRebusTokensPerRow}.`,
          `A row has too many parts: at most ${PACK_LIMITS.maxRebusTokensPerRow}.`,
        );
        break;
      case 'rebus-empty-row':
        err(fault.code, rowPath, 'Hàng hình trống.', 'An empty rebus row.');
        break;
    }
  };

  /** Checks an answer and hands back its tile letters run together (the key of a repeat). */
  const checkAnswer = (answer: string, path: (string | number)[], phone: boolean): string => {
    // Off the phone, only "no letters at all" matters, and a letter or digit of A–Z or 0–9 is a
    // tile whatever surrounds it: most answers need no count.
    if (!phone && ASCII_TILE.test(answer)) return '';
    const { letters, longestWord, joined } = countAnswerTiles(answer);
    if (letters === 0) {
      err(
        'answer-no-letters',
        path,
        'Đáp án phải có chữ cái hoặc chữ số.',
        'An answer needs letters or digits.',
      );
      return '';
    }
    if (!phone) return '';
    if (letters > PACK_LIMITS.phoneAnswerLetters || longestWord > PACK_LIMITS.phoneWordLetters) {
      warn(
        'answer-too-long-for-phone',
        path,
        `Đáp án dài ${letters} chữ cái: trên điện thoại chỉ vừa ${PACK_LIMITS.phoneAnswerLetters} chữ cái (mỗi từ ${PACK_LIMITS.phoneWordLetters}).`,
        `The answer has ${letters} letters: a phone fits ${PACK_LIMITS.phoneAnswerLetters} (${PACK_LIMITS.phoneWordLetters} per word).`,
      );
    }
    return joined;
  };

  if (pack.quiz) {
    const seen = new Map<string, number>();
    const answers = new Map<string, number>();
    const declaresCategories = Object.keys(pack.categories).length > 0;
    for (const [i, q] of pack.quiz.questions.entries()) {
      // Each place written out whole: spreading a base path for each costs more than the check.
      const first = seen.get(q.id);
      if (first !== undefined) {
        err(
          'duplicate-id',
          ['quiz', 'questions', i, 'id'],
          `Mã câu hỏi "${q.id}" bị trùng với câu ${first + 1}.`,
          `The question id "${q.id}" repeats question ${first + 1}.`,
        );
      } else seen.set(q.id, i);
      resolvePicture(q.picture, ['quiz', 'questions', i, 'picture']);
      const key = checkAnswer(q.answer, ['quiz', 'questions', i, 'answer'], true);
      const twin = answers.get(key);
      if (twin !== undefined) {
        warn(
          'duplicate-answer',
          ['quiz', 'questions', i, 'answer'],
          `Đáp án trùng với câu ${twin + 1}.`,
          `The answer repeats question ${twin + 1}.`,
        );
      } else answers.set(key, i);
      for (const [a, alt] of q.alternatives.entries())
        checkAnswer(alt, ['quiz', 'questions', i, 'alternatives', a], false);
      // Own keys only: a category named "toString" is not declared by every object.
      if (declaresCategories && !Object.hasOwn(pack.categories, q.category)) {
        warn(
          'unknown-category',
          ['quiz', 'questions', i, 'category'],
          `Chủ đề "${q.category}" chưa khai báo trong "categories": sẽ hiện đúng mã này.`,
          `The category "${q.category}" is not declared in "categories": its id will be shown as it is.`,
        );
      }
      if (q.explanation === undefined) {
        warn(
          'no-explanation',
          ['quiz', 'questions', i],
          'Câu hỏi chưa có thẻ giải thích (thông điệp sau câu hỏi).',
          'The question has no explanation card (the message shown after it).',
        );
      }
    }
  }

  if (pack.keyPicture) {
    resolvePicture(pack.keyPicture.picture, ['keyPicture', 'picture']);
    checkAnswer(pack.keyPicture.answer, ['keyPicture', 'answer'], false);
  }

  if (pack.skit) checkSkit(pack.skit, err, warn, requireFile);

  // One walk over every text of the pack; the path is one array, grown and shrunk in place.
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (RETIRED_NUMBER.test(value)) {
        err(
          'retired-number',
          [...path],
          'Số 1800 1567 đã ngừng hoạt động: hãy ghi 111 (Tổng đài quốc gia bảo vệ trẻ em, cũng là đường dây nóng phòng, chống mua bán người).',
          'The number 1800 1567 is retired: write 111 (the national child protection line, also the anti-trafficking hotline).',
        );
      }
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const k of Object.keys(record)) {
        path.push(k);
        visit(record[k]);
        path.pop();
      }
    }
  };
  visit(pack);

  for (const name of files.keys()) {
    if (
      !usedFiles.has(name) &&
      PICTURE_EXTENSIONS.includes(extensionOf(name) as AllowedExtension)
    ) {
      problems.push(
        packWarning(
          'unused-file',
          name,
          `Tệp "${name}" có trong gói nhưng không được dùng.`,
          `The file "${name}" is in the pack but not used.`,
        ),
      );
    }
  }
  return { problems, pictures, usedFiles };
}

type Report = (code: string, path: (string | number)[], vi: string, en: string) => void;

function conditionParts(c: Condition): { vars: string[]; visited: string[] } {
  if ('var' in c) return { vars: [c.var], visited: [] };
  if ('visited' in c) return { vars: [], visited: [c.visited] };
  const children = 'all' in c ? c.all : 'any' in c ? c.any : [c.not];
  const parts = children.map(conditionParts);
  return { vars: parts.flatMap((p) => p.vars), visited: parts.flatMap((p) => p.visited) };
}

function checkSkit(
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
  const setEdges = (id: string, i: number, exits: string[]): void => {
    if (nodes.get(id) === i) edges.set(id, exits);
  };
  for (const [i, node] of skit.nodes.entries()) {
    const path = [...base, 'nodes', i];
    switch (node.type) {
      case 'line': {
        target(node.next, [...path, 'next']);
        const who = characters.get(node.character);
        if (!who)
          err(
            'unknown-character',
            [...path, 'character'],
            `Không có nhân vật "${node.character}".`,
            `No character "${node.character}".`,
          );
        else if (node.expression !== undefined && !(node.expression in who.portraits)) {
          err(
            'missing-portrait',
            [...path, 'expression'],
            `Nhân vật "${node.character}" không có chân dung cho nét mặt "${node.expression}".`,
            `Character "${node.character}" has no portrait for the expression "${node.expression}".`,
          );
        }
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
      case 'choice':
        if (node.character !== undefined && !characters.has(node.character)) {
          err(
            'unknown-character',
            [...path, 'character'],
            `Không có nhân vật "${node.character}".`,
            `No character "${node.character}".`,
          );
        }
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
