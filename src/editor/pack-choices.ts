import type { PackFile } from '../content/pack-types';
import type { PackResult } from '../content/validate';
import { currentLang, packText } from '../shared/i18n';
import { DEFAULT_PACK_SUMMARY, loadDefaultPack } from '../shared/packs/default-pack';
import { loadStoredPack } from '../shared/packs/pack-source';
import type { Services } from '../shared/services';
import { draftFromPack } from './draft-copy';
import { pw, type PackChoice, type PackChoices } from './pack-picker';

/**
 * The packs a draft may be copied from: the built-in pack, the pack in play when it is neither
 * built in nor kept (opened with ?pack=), and every pack kept on the device, each loaded by the
 * rules it is played by (a kept pack is checked again, as at a start).
 */
export function packChoices(
  services: Services,
  readFile: (file: PackFile) => Promise<Uint8Array | null>,
): PackChoices {
  const copyOf = async (result: PackResult | null): ReturnType<PackChoice['copy']> => {
    if (result === null) return { ok: false, why: pw('pickGone') };
    if (!result.ok) {
      const first = result.problems[0];
      return { ok: false, why: first ? (currentLang() === 'en' ? first.en : first.vi) : '' };
    }
    return { ok: true, draft: await draftFromPack(result.pack, readFile) };
  };
  const date = (ms: number): string =>
    new Intl.DateTimeFormat(currentLang() === 'en' ? 'en-GB' : 'vi-VN', {
      dateStyle: 'medium',
    }).format(new Date(ms));
  return async () => {
    const kept = await services.library.list();
    const inPlay = services.packSummary?.hash;
    const builtIn: PackChoice = {
      key: 'built-in',
      title: pw('pickBuiltIn', { title: packText(DEFAULT_PACK_SUMMARY.title) }),
      details: pw('pickBuiltInDetails', { version: DEFAULT_PACK_SUMMARY.version }),
      inPlay: inPlay === DEFAULT_PACK_SUMMARY.hash,
      copy: async () => copyOf(await loadDefaultPack()),
    };
    const pack = services.pack;
    const other: PackChoice[] =
      pack && pack.hash !== DEFAULT_PACK_SUMMARY.hash && !kept?.some((k) => k.hash === pack.hash)
        ? [
            {
              key: 'in-play',
              title: packText(pack.title),
              details: pw('pickBuiltInDetails', { version: pack.version }),
              inPlay: true,
              copy: () => copyOf({ ok: true, pack, warnings: [] }),
            },
          ]
        : [];
    const stored: PackChoice[] = (kept ?? []).map((info) => ({
      key: info.key,
      title: packText(info.title),
      details: pw('pickDetails', { version: info.version, date: date(info.loadedAt) }),
      inPlay: inPlay === info.hash,
      copy: async () => {
        const bytes = await services.library.get(info.key);
        return copyOf(bytes ? await loadStoredPack(bytes) : null);
      },
    }));
    return { choices: [builtIn, ...other, ...stored], storageUnavailable: kept === null };
  };
}
