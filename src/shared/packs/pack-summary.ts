import type { PackRef } from '../../core/session/action-log';
import type { PackText } from '../../core/types';
import type { Pack } from '../../content/pack-types';

/** What the menu shows of a pack, known before the pack's own data has loaded. */
export interface PackSummary extends PackRef {
  readonly title: PackText;
  readonly hasQuiz: boolean;
  /** The skit's title, null when the pack has no skit. */
  readonly skitTitle: PackText | null;
}

export function summarizePack(pack: Pack): PackSummary {
  return {
    id: pack.id,
    version: pack.version,
    hash: pack.hash,
    title: pack.title,
    hasQuiz: pack.quiz !== null,
    skitTitle: pack.skit?.title ?? null,
  };
}
