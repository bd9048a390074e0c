import i18next, { type TFunction } from 'i18next';
import vi from '../../locales/vi/translation.json';
import type { PackText } from '../core/types';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
const LANG_KEY = 'dhbc.lang';

function storedLang(): Lang | null {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return v === 'vi' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

/** The language to start in: ?lang= first, then the last choice on this device, then Vietnamese. */
export function initialLang(param: string | null): Lang {
  if (param === 'vi' || param === 'en') return param;
  return storedLang() ?? 'vi';
}

/**
 * Vietnamese, the first language and everyone's fallback, comes with the first screen; the
 * English texts are a chunk of their own, fetched when English is chosen.
 */
async function ensureLoaded(lang: Lang): Promise<void> {
  if (lang === 'vi' || i18next.hasResourceBundle(lang, 'translation')) return;
  const en = (await import('../../locales/en/translation.json')).default;
  i18next.addResourceBundle(lang, 'translation', en);
}

export async function initI18n(lang: Lang): Promise<TFunction> {
  const t = await i18next.init({
    lng: 'vi',
    fallbackLng: 'vi',
    initAsync: false,
    resources: { vi: { translation: vi } },
    interpolation: { escapeValue: false },
  });
  if (lang === 'vi') {
    document.documentElement.lang = lang;
    return t;
  }
  try {
    await ensureLoaded(lang);
  } catch {
    // Offline before the English texts were ever fetched: Vietnamese it is, for now.
    return t;
  }
  const switched = await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  return switched;
}

export function currentLang(): Lang {
  return i18next.language === 'en' ? 'en' : 'vi';
}

/** Switches the interface language and remembers it on this device. */
export async function setLang(lang: Lang): Promise<void> {
  await ensureLoaded(lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
}

export function t(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, options);
}

/** A pack text in the interface language, falling back to the other one. */
export function packText(text: PackText | undefined, lang: Lang = currentLang()): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? (text.en ?? text.vi) : (text.vi ?? text.en)) ?? '';
}
