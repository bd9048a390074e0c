/**
 * The skit runtime's data: its state (plain JSON), the actions that drive it, the events it
 * reports and the view the page renders. No behaviour lives here.
 */
import type { EndingKind, Effect, SkitEnding, SkitNode, SkitOption, SkitValue } from '../types';

export type LineNode = Extract<SkitNode, { type: 'line' }>;
export type NarrationNode = Extract<SkitNode, { type: 'narration' }>;
export type ChoiceNode = Extract<SkitNode, { type: 'choice' }>;
export type JumpNode = Extract<SkitNode, { type: 'jump' }>;
export type EndingNode = Extract<SkitNode, { type: 'ending' }>;
/** A node the story can rest on; a jump is only ever passed through. */
export type RestingNode = Exclude<SkitNode, JumpNode>;

export type SkitVars = Readonly<Record<string, SkitValue>>;
/** Node id → times entered. Nodes never entered are absent, not 0. */
export type SkitVisits = Readonly<Record<string, number>>;

/** Where the story stands, apart from its history. */
export interface SkitPlace {
  /** Always a resting node: jumps are resolved on entry. */
  readonly nodeId: string;
  /**
   * Index (in node.options) of the option whose consequence is showing, or null. While it is
   * showing, nodeId is still the choice node and the option's effects are already applied.
   */
  readonly consequence: number | null;
  readonly vars: SkitVars;
  readonly visits: SkitVisits;
  /** The last background a node set, carried forward; null until one does. */
  readonly background: string | null;
}

/** One accepted step and the place just before it, so that going back is exact. */
export interface TrailStep {
  readonly action: 'advance' | 'choose';
  /** The option chosen (index in node.options), or null for an advance. */
  readonly option: number | null;
  readonly byVote: boolean;
  readonly before: SkitPlace;
}

/** The audience's vote on one choice. */
export interface VoteRecord {
  readonly nodeId: string;
  /** Votes per option, indexed like node.options. */
  readonly counts: readonly number[];
  /** The winning option (index in node.options). */
  readonly chosen: number;
}

export interface SkitState extends SkitPlace {
  readonly trail: readonly TrailStep[];
  /** One record per step of the trail taken by vote, in order. */
  readonly votes: readonly VoteRecord[];
  /** The ending id once an ending node is reached, else null. */
  readonly ending: string | null;
}

export type SkitAction =
  /** Past a line, a narration or a consequence. */
  | { readonly type: 'advance' }
  /** Index in node.options (not in the visible list). */
  | { readonly type: 'choose'; readonly option: number }
  /** Audience votes per option, indexed like node.options. */
  | { readonly type: 'vote'; readonly counts: readonly number[] }
  /** Undo the last advance, choice or vote. */
  | { readonly type: 'back' }
  /** Return to the place just before trail step `toStep` (0 restarts the skit). */
  | { readonly type: 'rewind'; readonly toStep: number };

export type EffectSkipReason = 'unknown-variable' | 'type-mismatch' | 'not-finite';

export type SkitEvent =
  /** The story came to rest on a node (after any jumps). */
  | { readonly type: 'node-entered'; readonly nodeId: string; readonly kind: RestingNode['type'] }
  | { readonly type: 'background-changed'; readonly background: string }
  | {
      readonly type: 'choice-made';
      readonly nodeId: string;
      readonly option: number;
      readonly byVote: boolean;
    }
  | { readonly type: 'consequence-shown'; readonly nodeId: string; readonly option: number }
  | { readonly type: 'ending-reached'; readonly endingId: string; readonly kind: EndingKind }
  /** An effect the pack got wrong was left out; the story goes on. */
  | {
      readonly type: 'effect-skipped';
      readonly nodeId: string;
      readonly effect: Effect;
      readonly reason: EffectSkipReason;
    }
  | { readonly type: 'went-back'; readonly toStep: number; readonly nodeId: string };

/** Stable refusal codes; the shell maps them to translated messages. */
export const SKIT_REFUSAL = {
  skitEnded: 'skit-ended',
  awaitingChoice: 'awaiting-choice',
  awaitingAdvance: 'awaiting-advance',
  notAChoice: 'not-a-choice',
  optionOutOfRange: 'option-out-of-range',
  optionHidden: 'option-hidden',
  voteInvalid: 'vote-invalid',
  voteEmpty: 'vote-empty',
  nothingToUndo: 'nothing-to-undo',
  rewindOutOfRange: 'rewind-out-of-range',
  brokenSkit: 'broken-skit',
} as const;

export interface VisibleOption {
  /** Index in node.options: what `choose` takes. */
  readonly index: number;
  readonly option: SkitOption;
}

/** What the page shows now. */
export type SkitView =
  | { readonly kind: 'line'; readonly node: LineNode; readonly background: string | null }
  | {
      readonly kind: 'narration';
      readonly node: NarrationNode;
      readonly background: string | null;
    }
  | {
      readonly kind: 'choice';
      readonly node: ChoiceNode;
      readonly visibleOptions: readonly VisibleOption[];
      readonly background: string | null;
    }
  | {
      readonly kind: 'consequence';
      readonly node: ChoiceNode;
      readonly chosen: VisibleOption;
      readonly background: string | null;
    }
  | {
      readonly kind: 'ending';
      readonly node: EndingNode;
      readonly ending: SkitEnding;
      readonly background: string | null;
    };

/** One node shown so far, for the history panel. */
export interface HistoryEntry {
  readonly nodeId: string;
  readonly kind: RestingNode['type'];
  /** The option chosen at a choice node, or null (also for the choice still open). */
  readonly chosen: number | null;
  /** `rewind` to this step to stand here again; null for the current node. */
  readonly step: number | null;
}
