import vi from '../../locales/vi/join.json';
import en from '../../locales/en/join.json';

/**
 * The join page's words, Vietnamese first (locales/vi/join.json, locales/en/join.json). The page
 * is the first thing a phone in the hall loads, over the hall's Wi-Fi: it carries its few words
 * itself rather than the game's i18next and its whole translation files.
 */
export type Texts = typeof vi;
export type Lang = 'vi' | 'en';

const EN: Texts = en;

export function texts(lang: Lang): Texts {
  return lang === 'en' ? EN : vi;
}

/** Fills `{name}` places. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
