import type { PackText } from '../core/types';
import type { Pack } from '../content/pack-types';

/**
 * What a copy (draft-copy.ts) keeps of its pack beyond the fields the editor shows: the description, the
 * language, the authors, the licence, the sources, every category (with both its names, used or
 * not), the quiz's defaults and the key picture. They are written back as they were, so a copy
 * exports as the pack it was made from. A new draft has none of them.
 */
export interface KeptFields {
  readonly description?: PackText;
  readonly language?: Pack['language'];
  readonly authors?: readonly string[];
  readonly licence?: string;
  readonly sources?: Pack['sources'];
  /** The pack's categories by id, as declared (a question may use an id not declared here). */
  readonly categories?: Readonly<Record<string, PackText>>;
  readonly quizDefaults?: { readonly points?: number; readonly timeLimitSec?: number };
  /** The key picture as pack JSON; a picture file of it is in the draft's files. */
  readonly keyPicture?: Readonly<Record<string, unknown>>;
}

/** The key picture's file, when it is a file of the pack. */
export function keyPictureFile(kept: KeptFields | undefined): string | null {
  const picture = kept?.keyPicture?.picture;
  if (typeof picture !== 'object' || picture === null || !('file' in picture)) return null;
  return typeof picture.file === 'string' ? picture.file : null;
}

/** The kept fields as pack JSON, in the schema's order around the title and language. */
export function keptJson(kept: KeptFields | undefined): {
  readonly head: Record<string, unknown>;
  readonly tail: Record<string, unknown>;
} {
  if (!kept) return { head: {}, tail: {} };
  return {
    head: {
      ...(kept.description === undefined ? {} : { description: kept.description }),
    },
    tail: {
      ...(kept.authors && kept.authors.length > 0 ? { authors: kept.authors } : {}),
      ...(kept.licence === undefined ? {} : { licence: kept.licence }),
      ...(kept.sources && kept.sources.length > 0 ? { sources: kept.sources } : {}),
    },
  };
}

/** A category's name as the editor shows it: its Vietnamese, else its English, else its id. */
export function categoryName(id: string, text: PackText | undefined): string {
  if (text === undefined) return id;
  if (typeof text === 'string') return text;
  return text.vi ?? text.en ?? id;
}
