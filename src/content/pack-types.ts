import type { KeyPictureRules, PackText, QuizQuestion, Skit } from '../core/types';
import type { RebusToken } from './rebus';

/** The typed, frozen pack the game plays: the only thing that crosses the content boundary. */

export type Picture =
  | { readonly kind: 'file'; readonly path: string; readonly alt?: PackText }
  | {
      readonly kind: 'rebus';
      readonly rows: readonly (readonly RebusToken[])[];
      readonly alt?: PackText;
    };

export interface PackQuestion extends QuizQuestion {
  readonly picture: Picture;
  readonly hint?: PackText;
  readonly explanation?: PackText;
}

export interface PackKeyPicture extends KeyPictureRules {
  readonly picture: Picture;
  readonly explanation?: PackText;
}

/** A file of the pack: bytes from a zip or a fetch, or a URL for files bundled with the game. */
export type PackFile =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly mime: string }
  | { readonly kind: 'url'; readonly url: string; readonly mime: string };

export type PackFiles = ReadonlyMap<string, PackFile>;

export interface Pack {
  readonly id: string;
  readonly version: string;
  readonly hash: string;
  readonly title: PackText;
  readonly description?: PackText;
  readonly language: 'vi' | 'en' | 'both';
  readonly authors: readonly string[];
  readonly licence?: string;
  readonly sources: readonly {
    readonly title: string;
    readonly note?: string;
    readonly url?: string;
  }[];
  readonly categories: Readonly<Record<string, PackText>>;
  readonly quiz: {
    readonly questions: readonly PackQuestion[];
    /**
     * The pack's `quiz.defaults` as written (each question's points and time limit have them
     * filled in already); kept so that a copy of the pack writes them again.
     */
    readonly defaults?: { readonly points?: number; readonly timeLimitSec?: number };
  } | null;
  readonly keyPicture: PackKeyPicture | null;
  readonly skit: Skit | null;
  readonly files: PackFiles;
}

export const DEFAULT_POINTS = 100;
export const DEFAULT_TIME_LIMIT_SEC = 30;
