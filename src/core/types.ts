/**
 * The core's input types: what a validated content pack hands to the game rules.
 * src/content produces exactly these (frozen); the core never sees raw JSON.
 */

/** A text the pack may give in one language or both. The core carries it and never reads it. */
export type PackText = string | { readonly vi?: string; readonly en?: string };

export type Difficulty = 1 | 2 | 3 | 4 | 5;

export interface QuizQuestion {
  readonly id: string;
  /** The answer as Vietnamese words, with marks: "đường dây nóng". */
  readonly answer: string;
  /** Other answers the pack accepts (synonyms count only when listed here). */
  readonly alternatives: readonly string[];
  readonly difficulty: Difficulty;
  readonly category: string;
  /** Points for a right answer, before bonuses and hint costs. */
  readonly points: number;
  /** Seconds the question runs for in team play and for the solo time bonus. */
  readonly timeLimitSec: number;
  /** The written clue; the rules only ask whether there is one. */
  readonly hint?: PackText;
}

export interface Quiz {
  readonly questions: readonly QuizQuestion[];
}

/** The hidden key picture of team play, covered by `tiles` tiles. */
export interface KeyPictureRules {
  readonly answer: string;
  readonly alternatives: readonly string[];
  /** Number of covering tiles, 4 to 12. */
  readonly tiles: number;
  /** Bonus for guessing with every tile still closed; it shrinks as tiles open. */
  readonly bonus: number;
}

export type SkitValue = number | boolean | string;

/** A condition written as data; packs never carry code. */
export type Condition =
  | {
      readonly var: string;
      readonly op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte';
      readonly value: SkitValue;
    }
  | { readonly visited: string; readonly min?: number }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export type Effect =
  | { readonly set: string; readonly value: SkitValue }
  | { readonly add: string; readonly value: number };

export interface SkitOption {
  readonly text: PackText;
  readonly next: string;
  readonly condition?: Condition;
  readonly effects?: readonly Effect[];
  /** Shown after the choice, before the next node: what this choice led to. */
  readonly consequence?: PackText;
}

export type SkitNode =
  | {
      readonly type: 'line';
      readonly id: string;
      readonly character: string;
      readonly expression?: string;
      readonly text: PackText;
      readonly next: string;
      readonly background?: string;
      readonly effects?: readonly Effect[];
    }
  | {
      readonly type: 'narration';
      readonly id: string;
      readonly text: PackText;
      readonly next: string;
      readonly background?: string;
      readonly effects?: readonly Effect[];
    }
  | {
      readonly type: 'choice';
      readonly id: string;
      readonly prompt?: PackText;
      readonly character?: string;
      /** The character's mood while the player chooses (a tense moment: "worried"). */
      readonly expression?: string;
      readonly background?: string;
      readonly options: readonly SkitOption[];
    }
  | {
      readonly type: 'jump';
      readonly id: string;
      readonly branches: readonly { readonly condition: Condition; readonly next: string }[];
      readonly else: string;
    }
  | { readonly type: 'ending'; readonly id: string; readonly ending: string };

export type EndingKind = 'safe' | 'at-risk' | 'harmed';

export interface HelpResource {
  readonly name: PackText;
  readonly phone?: string;
  readonly description: PackText;
}

export interface SkitEnding {
  readonly id: string;
  readonly title: PackText;
  readonly kind: EndingKind;
  readonly summary: PackText;
  /** Reflection questions for the debrief. */
  readonly debrief: readonly PackText[];
  readonly help: readonly HelpResource[];
}

export interface SkitCharacter {
  readonly id: string;
  readonly name: PackText;
  readonly color: string;
  /** Expression name → picture reference in the pack. */
  readonly portraits: Readonly<Record<string, string>>;
}

export interface Skit {
  readonly id: string;
  readonly title: PackText;
  readonly start: string;
  readonly characters: readonly SkitCharacter[];
  /** Background id → picture reference in the pack. */
  readonly backgrounds: Readonly<Record<string, string>>;
  readonly variables: Readonly<Record<string, SkitValue>>;
  readonly nodes: readonly SkitNode[];
  readonly endings: readonly SkitEnding[];
}
