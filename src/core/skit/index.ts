/**
 * The skit runtime: a pull-based state machine over a validated Skit. The engine says what is
 * current; the page shows it and turns input into actions.
 *
 *   const state0 = startSkit(skit);                        // rests on the first resting node
 *   const view = currentView(skit, state);                  // line | narration | choice | consequence | ending
 *   const step = skitReducer(skit, state, { type: 'choose', option: 1 });
 *   if (step.ok) { state = step.state; render(step.events); } else { explain(step.refusal.code); }
 *
 * Actions: `advance` (past a line, narration or consequence), `choose` (index in node.options),
 * `vote` (counts per option; the visible option with most votes wins, ties to the earliest
 * visible one, all-zero is refused), `back` (undo the last step), `rewind` (to the place just
 * before a trail step; `historyLines` gives each entry's step).
 *
 * Rules the shell and the pack validator can rely on:
 * - State is plain JSON: the resting node, vars, visits, background, the trail and the votes.
 *   Each trail step keeps the place before it (vars and visits are shared, never copied in
 *   memory), so back and rewind restore the earlier state exactly.
 * - Every node entered counts one visit, jumps included; a jump's conditions see its own visit.
 * - Effects apply when a line or narration is entered and when an option is chosen (before
 *   moving on). A variable keeps its declared type: an effect on an undeclared variable, of the
 *   wrong type or giving a non-finite number is skipped with an `effect-skipped` event.
 * - Comparisons hold only between values of the same type; an unknown variable makes every op
 *   false, `ne` included.
 * - An option with a `consequence` stops on it (view kind 'consequence', effects already
 *   applied); the next `advance` goes on to option.next.
 * - A missing node or ending, or more than MAX_JUMP_HOPS jumps in a row, refuses the action with
 *   'broken-skit' (startSkit throws instead: there is no earlier state to keep).
 */
export { evaluateCondition } from './conditions';
export { applyEffects, type SkippedEffect } from './effects';
export {
  MAX_JUMP_HOPS,
  findNode,
  isOptionVisible,
  replaySkit,
  skitReducer,
  startSkit,
} from './skit-runtime';
export { currentView, historyLines, shownPortrait, visibleOptions } from './skit-view';
export * from './skit-types';
