import { LOCALES, Locale } from '../domain/types';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** "ru-RU", "fr_CA", "FR" → ru / fr; anything else → undefined. */
export function localeFromTag(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : undefined;
}

/**
 * Reply in the language of the user's message, else the activity's locale, else English.
 * `detected` is the recognizer's guess for the message text (undefined when the text is too short to tell).
 */
export function resolveLocale(detected: Locale | undefined, activityLocale: string | undefined): Locale {
  return detected ?? localeFromTag(activityLocale) ?? 'en';
}
