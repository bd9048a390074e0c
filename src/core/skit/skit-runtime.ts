import { accept, exhaustiveGuard, refuse, type Step } from '../result';
import type { Skit, SkitNode, SkitOption } from '../types';
import { evaluateCondition, ownEntry } from './conditions';
import { applyEffects, type SkippedEffect } from './effects';
import {
  SKIT_REFUSAL,
  type ChoiceNode,
  type SkitAction,
  type SkitEvent,
  type SkitPlace,
  type SkitState,
  type SkitVars,
  type TrailStep,
  type VoteRecord,
} from './skit-types';

/**
 * Most jumps taken in a row before the runtime gives up: a cycle of jumps with no resting node
 * would otherwise loop forever. Loops that end through visit counts stay far below it.
 */
export const MAX_JUMP_HOPS = 1000;

type SkitStep = Step<SkitState, SkitEvent>;

/** The node with this id, or undefined when the skit has none. */
export function findNode(skit: Skit, nodeId: string): SkitNode | undefined {
  return skit.nodes.find((node) => node.id === nodeId);
}

type Arrival =
  | {
      readonly ok: true;
      readonly place: SkitPlace;
      readonly ending: string | null;
      readonly events: SkitEvent[];
    }
  | { readonly ok: false; readonly detail: string };

function skippedEvents(nodeId: string, skipped: readonly SkippedEffect[]): SkitEvent[] {
  return skipped.map(({ effect, reason }) => ({ type: 'effect-skipped', nodeId, effect, reason }));
}

/**
 * Enters `targetId` from `vars`/`visits`/`background`, passing through jumps until a resting
 * node. Every node entered, jumps included, counts one visit, and a jump's conditions already
 * see its own visit. A line or narration applies its effects on entry.
 */
function enter(
  skit: Skit,
  targetId: string,
  vars: SkitVars,
  visits: SkitPlace['visits'],
  background: string | null,
): Arrival {
  let nodeId = targetId;
  let seen = visits;
  for (let hops = 0; hops <= MAX_JUMP_HOPS; hops++) {
    const node = findNode(skit, nodeId);
    if (node === undefined) return { ok: false, detail: `node "${nodeId}" does not exist` };
    seen = { ...seen, [nodeId]: (ownEntry(seen, nodeId) ?? 0) + 1 };
    if (node.type === 'jump') {
      const branch = node.branches.find((b) => evaluateCondition(b.condition, vars, seen));
      nodeId = branch?.next ?? node.else;
      continue;
    }
    const events: SkitEvent[] = [];
    let nextVars = vars;
    let nextBackground = background;
    let reached: SkitEvent | null = null;
    switch (node.type) {
      case 'line':
      case 'narration': {
        const applied = applyEffects(node.effects ?? [], vars);
        nextVars = applied.vars;
        events.push(...skippedEvents(node.id, applied.skipped));
        nextBackground = node.background ?? background;
        break;
      }
      case 'choice':
        nextBackground = node.background ?? background;
        break;
      case 'ending': {
        const ending = skit.endings.find((e) => e.id === node.ending);
        if (ending === undefined) {
          return {
            ok: false,
            detail: `ending "${node.ending}" of node "${node.id}" does not exist`,
          };
        }
        reached = { type: 'ending-reached', endingId: ending.id, kind: ending.kind };
        break;
      }
      default:
        return exhaustiveGuard(node);
    }
    if (nextBackground !== null && nextBackground !== background) {
      events.push({ type: 'background-changed', background: nextBackground });
    }
    events.push({ type: 'node-entered', nodeId: node.id, kind: node.type });
    if (reached !== null) events.push(reached);
    const place: SkitPlace = {
      nodeId: node.id,
      consequence: null,
      vars: nextVars,
      visits: seen,
      background: nextBackground,
    };
    return { ok: true, place, ending: node.type === 'ending' ? node.ending : null, events };
  }
  return {
    ok: false,
    detail: `more than ${MAX_JUMP_HOPS} jumps in a row from "${targetId}": a cycle of jumps`,
  };
}

function placeOf(state: SkitState): SkitPlace {
  return {
    nodeId: state.nodeId,
    consequence: state.consequence,
    vars: state.vars,
    visits: state.visits,
    background: state.background,
  };
}

function makeState(
  place: SkitPlace,
  trail: readonly TrailStep[],
  votes: readonly VoteRecord[],
  ending: string | null,
): SkitState {
  return {
    nodeId: place.nodeId,
    consequence: place.consequence,
    vars: place.vars,
    visits: place.visits,
    background: place.background,
    trail,
    votes,
    ending,
  };
}

/**
 * The state at the skit's start node (jumps resolved, its effects applied, one visit).
 * Throws only for a skit that failed validation: a missing start node or a cycle of jumps.
 */
export function startSkit(skit: Skit): SkitState {
  const arrival = enter(skit, skit.start, { ...skit.variables }, {}, null);
  if (!arrival.ok) throw new Error(`Skit "${skit.id}" cannot start: ${arrival.detail}`);
  return makeState(arrival.place, [], [], arrival.ending);
}

/** Moves from the current place to `targetId`, recording `step` in the trail. */
function moveTo(
  skit: Skit,
  state: SkitState,
  targetId: string,
  vars: SkitVars,
  step: TrailStep,
  vote: VoteRecord | null,
  events: readonly SkitEvent[],
): SkitStep {
  const arrival = enter(skit, targetId, vars, state.visits, state.background);
  if (!arrival.ok) return refuse(state, SKIT_REFUSAL.brokenSkit, arrival.detail);
  const votes = vote === null ? state.votes : [...state.votes, vote];
  const next = makeState(arrival.place, [...state.trail, step], votes, arrival.ending);
  return accept(next, [...events, ...arrival.events]);
}

function advance(skit: Skit, state: SkitState): SkitStep {
  if (state.ending !== null) return refuse(state, SKIT_REFUSAL.skitEnded);
  const node = findNode(skit, state.nodeId);
  if (node === undefined) {
    return refuse(state, SKIT_REFUSAL.brokenSkit, `node "${state.nodeId}" does not exist`);
  }
  const step: TrailStep = {
    action: 'advance',
    option: null,
    byVote: false,
    before: placeOf(state),
  };
  switch (node.type) {
    case 'line':
    case 'narration':
      return moveTo(skit, state, node.next, state.vars, step, null, []);
    case 'choice': {
      if (state.consequence === null) return refuse(state, SKIT_REFUSAL.awaitingChoice);
      const option = node.options[state.consequence];
      if (option === undefined) {
        return refuse(state, SKIT_REFUSAL.brokenSkit, `option ${state.consequence} does not exist`);
      }
      return moveTo(skit, state, option.next, state.vars, step, null, []);
    }
    case 'ending':
      return refuse(state, SKIT_REFUSAL.skitEnded);
    case 'jump':
      return refuse(state, SKIT_REFUSAL.brokenSkit, `the story rests on jump "${node.id}"`);
    default:
      return exhaustiveGuard(node);
  }
}

/** The open choice node, or the refusal that says why there is none. */
function openChoice(skit: Skit, state: SkitState): ChoiceNode | SkitStep {
  if (state.ending !== null) return refuse(state, SKIT_REFUSAL.skitEnded);
  if (state.consequence !== null) return refuse(state, SKIT_REFUSAL.awaitingAdvance);
  const node = findNode(skit, state.nodeId);
  if (node?.type !== 'choice') return refuse(state, SKIT_REFUSAL.notAChoice);
  return node;
}

/** Whether `option` is shown with the current variables and visits. */
export function isOptionVisible(
  option: SkitOption,
  vars: SkitVars,
  visits: SkitPlace['visits'],
): boolean {
  return option.condition === undefined || evaluateCondition(option.condition, vars, visits);
}

function choose(
  skit: Skit,
  state: SkitState,
  given: number,
  counts: readonly number[] | null,
): SkitStep {
  // -0 is option 0, kept as 0: a saved state must read back exactly as it was.
  const index = given + 0;
  const node = openChoice(skit, state);
  if ('ok' in node) return node;
  const option = Number.isInteger(index) ? node.options[index] : undefined;
  if (option === undefined) return refuse(state, SKIT_REFUSAL.optionOutOfRange, `${index}`);
  if (!isOptionVisible(option, state.vars, state.visits)) {
    return refuse(state, SKIT_REFUSAL.optionHidden, `${index}`);
  }
  const byVote = counts !== null;
  const applied = applyEffects(option.effects ?? [], state.vars);
  const events: SkitEvent[] = [
    { type: 'choice-made', nodeId: node.id, option: index, byVote },
    ...skippedEvents(node.id, applied.skipped),
  ];
  const step: TrailStep = { action: 'choose', option: index, byVote, before: placeOf(state) };
  const vote: VoteRecord | null = byVote
    ? { nodeId: node.id, counts: [...counts], chosen: index }
    : null;
  if (option.consequence === undefined) {
    return moveTo(skit, state, option.next, applied.vars, step, vote, events);
  }
  const place: SkitPlace = { ...placeOf(state), consequence: index, vars: applied.vars };
  const votes = vote === null ? state.votes : [...state.votes, vote];
  events.push({ type: 'consequence-shown', nodeId: node.id, option: index });
  return accept(makeState(place, [...state.trail, step], votes, null), events);
}

/**
 * The visible option with most votes wins; a tie goes to the earliest visible option. Counts
 * must be whole numbers ≥ 0, one per option in node.options; hidden options' counts are ignored.
 */
function vote(skit: Skit, state: SkitState, counts: readonly number[]): SkitStep {
  const node = openChoice(skit, state);
  if ('ok' in node) return node;
  if (counts.length !== node.options.length) {
    return refuse(state, SKIT_REFUSAL.voteInvalid, `expected ${node.options.length} counts`);
  }
  if (!counts.every((c) => Number.isSafeInteger(c) && c >= 0)) {
    return refuse(state, SKIT_REFUSAL.voteInvalid, 'counts must be whole numbers ≥ 0');
  }
  let winner: number | null = null;
  let best = 0;
  for (const [index, option] of node.options.entries()) {
    const count = counts[index] ?? 0;
    if (count > best && isOptionVisible(option, state.vars, state.visits)) {
      winner = index;
      best = count;
    }
  }
  if (winner === null) return refuse(state, SKIT_REFUSAL.voteEmpty);
  return choose(skit, state, winner, counts);
}

/** Back to the place just before trail step `toStep`, dropping it and every later step. */
function rewind(state: SkitState, toStep: number): SkitStep {
  const step = Number.isInteger(toStep) ? state.trail[toStep] : undefined;
  if (step === undefined) return refuse(state, SKIT_REFUSAL.rewindOutOfRange, `${toStep}`);
  const trail = state.trail.slice(0, toStep);
  const votes = state.votes.slice(0, trail.filter((s) => s.byVote).length);
  return accept(makeState(step.before, trail, votes, null), [
    { type: 'went-back', toStep, nodeId: step.before.nodeId },
  ]);
}

/**
 * Applies one action. `advance` passes a line, narration or consequence; `choose`/`vote` answer
 * an open choice; `back`/`rewind` restore an earlier state exactly. Illegal actions are refused
 * with the state untouched; after the ending only back and rewind are accepted.
 */
export function skitReducer(skit: Skit, state: SkitState, action: SkitAction): SkitStep {
  switch (action.type) {
    case 'advance':
      return advance(skit, state);
    case 'choose':
      return choose(skit, state, action.option, null);
    case 'vote':
      return vote(skit, state, action.counts);
    case 'back':
      return state.trail.length === 0
        ? refuse(state, SKIT_REFUSAL.nothingToUndo)
        : rewind(state, state.trail.length - 1);
    case 'rewind':
      return rewind(state, action.toStep);
    default:
      return exhaustiveGuard(action);
  }
}

/** The state after folding `actions` from the start; refused actions change nothing. */
export function replaySkit(skit: Skit, actions: readonly SkitAction[]): SkitState {
  return actions.reduce((state, action) => skitReducer(skit, state, action).state, startSkit(skit));
}
