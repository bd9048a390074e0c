import { exhaustiveGuard } from '../result';
import type { Skit } from '../types';
import { findNode, isOptionVisible } from './skit-runtime';
import type {
  ChoiceNode,
  HistoryEntry,
  RestingNode,
  SkitPlace,
  SkitState,
  SkitView,
  VisibleOption,
} from './skit-types';

/** The options of a choice whose condition holds, in pack order, each with its pack index. */
export function visibleOptions(
  node: ChoiceNode,
  place: Pick<SkitPlace, 'vars' | 'visits'>,
): VisibleOption[] {
  return node.options.flatMap((option, index) =>
    isOptionVisible(option, place.vars, place.visits) ? [{ index, option }] : [],
  );
}

/** A state that does not fit its skit is a bug in the caller, not a player's mistake. */
function restingNode(skit: Skit, nodeId: string): RestingNode {
  const node = findNode(skit, nodeId);
  if (node === undefined || node.type === 'jump') {
    throw new Error(`Skit "${skit.id}" has no resting node "${nodeId}": state from another skit?`);
  }
  return node;
}

/**
 * What the page shows now: a line, a narration, an open choice with its visible options, the
 * consequence of the option just chosen, or the ending. Throws only for a state of another skit.
 */
export function currentView(skit: Skit, state: SkitState): SkitView {
  const node = restingNode(skit, state.nodeId);
  const { background } = state;
  switch (node.type) {
    case 'line':
      return { kind: 'line', node, background };
    case 'narration':
      return { kind: 'narration', node, background };
    case 'choice': {
      if (state.consequence === null) {
        return { kind: 'choice', node, visibleOptions: visibleOptions(node, state), background };
      }
      const option = node.options[state.consequence];
      if (option === undefined) {
        throw new Error(`Choice "${node.id}" has no option ${state.consequence}`);
      }
      return {
        kind: 'consequence',
        node,
        chosen: { index: state.consequence, option },
        background,
      };
    }
    case 'ending': {
      const ending = skit.endings.find((e) => e.id === node.ending);
      if (ending === undefined) throw new Error(`Skit "${skit.id}" has no ending "${node.ending}"`);
      return { kind: 'ending', node, ending, background };
    }
    default:
      return exhaustiveGuard(node);
  }
}

/**
 * Who is shown beside the text, and in which mood: a line's speaker with the line's expression,
 * a choice's character with the choice's (the pack sets "worried" on a tense choice); neutral
 * where the pack names none; nobody on a narration, a consequence or an ending.
 */
export function shownPortrait(view: SkitView): { character: string; expression: string } | null {
  if (view.kind === 'line')
    return { character: view.node.character, expression: view.node.expression ?? 'neutral' };
  if (view.kind === 'choice' && view.node.character !== undefined)
    return { character: view.node.character, expression: view.node.expression ?? 'neutral' };
  return null;
}

/**
 * The resting nodes shown so far, oldest first and the current one last, each with the option
 * chosen there and the trail step to rewind to. A consequence belongs to its choice's entry.
 */
export function historyLines(skit: Skit, state: SkitState): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  state.trail.forEach((step, index) => {
    if (step.action === 'advance' && step.before.consequence !== null) return;
    const { nodeId } = step.before;
    const kind = restingNode(skit, nodeId).type;
    entries.push({ nodeId, kind, chosen: step.option, step: index });
  });
  if (state.consequence === null) {
    const kind = restingNode(skit, state.nodeId).type;
    entries.push({ nodeId: state.nodeId, kind, chosen: null, step: null });
  }
  return entries;
}
