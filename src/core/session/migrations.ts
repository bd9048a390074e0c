import { SAVE_FORMAT, type Actor, type SessionLog } from './action-log';

/**
 * Saves are migrated forward one format at a time by registered migrations, and a save from
 * a newer game is refused (never overwritten), so a meeting's scores are never silently lost.
 */

type Json = Record<string, unknown>;

export type LoadResult =
  | {
      readonly ok: true;
      readonly log: SessionLog<unknown, unknown>;
      readonly migratedFrom: number | null;
    }
  | {
      readonly ok: false;
      readonly reason: 'not-a-save' | 'newer-format' | 'no-migration';
      readonly format?: number;
    };

/**
 * Format 1 (the first layout) kept bare actions and the pack as `packId`/`packHash`.
 * Format 2 records who did each action, which undo needs.
 */
function actorOf(activity: unknown, action: unknown): Actor {
  const type = typeof action === 'object' && action !== null ? (action as Json).type : undefined;
  if (type === 'time-up') return 'clock';
  return activity === 'solo-quiz' ? 'player' : 'facilitator';
}

export const MIGRATIONS: Readonly<Record<number, (save: Json) => Json>> = {
  1: (save) => {
    const { packId, packHash, packVersion, actions, ...rest } = save;
    return {
      ...rest,
      format: 2,
      pack: {
        id: packId,
        hash: packHash,
        version: typeof packVersion === 'string' ? packVersion : '0',
      },
      actions: (Array.isArray(actions) ? actions : []).map((action: unknown) => ({
        by: actorOf(save.activity, action),
        action,
      })),
    };
  },
};

function looksLikeLog(save: Json): boolean {
  const pack: unknown = save.pack;
  return (
    typeof save.activity === 'string' &&
    typeof save.seed === 'number' &&
    typeof save.startedAt === 'number' &&
    Array.isArray(save.actions) &&
    typeof pack === 'object' &&
    pack !== null &&
    typeof (pack as Json).id === 'string' &&
    typeof (pack as Json).hash === 'string'
  );
}

/** Reads a save of any known format, migrating it to the current one. */
export function loadSave(raw: unknown): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reason: 'not-a-save' };
  let save = raw as Json;
  const from = save.format;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    return { ok: false, reason: 'not-a-save' };
  if (from > SAVE_FORMAT) return { ok: false, reason: 'newer-format', format: from };
  for (let format = from; format < SAVE_FORMAT; format++) {
    const migrate = MIGRATIONS[format];
    if (!migrate) return { ok: false, reason: 'no-migration', format };
    save = migrate(save);
  }
  if (!looksLikeLog(save)) return { ok: false, reason: 'not-a-save' };
  return {
    ok: true,
    log: save as unknown as SessionLog<unknown, unknown>,
    migratedFrom: from === SAVE_FORMAT ? null : from,
  };
}
