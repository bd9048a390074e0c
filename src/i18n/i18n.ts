import i18next, { type TFunction } from 'i18next';
import en from '../../locales/en/translation.json';
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

export async function initI18n(lang: Lang): Promise<TFunction> {
  const t = await i18next.init({
    lng: lang,
    fallbackLng: 'vi',
    initAsync: false,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lang;
  return t;
}

export function currentLang(): Lang {
  return i18next.language === 'en' ? 'en' : 'vi';
}

/** Switches the interface language and remembers it on this device. */
export async function setLang(lang: Lang): Promise<void> {
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
