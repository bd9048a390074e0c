import type { PackRef } from '../../core/session/action-log';
import type { Pack } from '../../content/pack-types';

export function packRef(pack: Pack): PackRef {
  return { id: pack.id, version: pack.version, hash: pack.hash };
}
