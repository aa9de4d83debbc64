import { Locale } from '../domain/types';
import { enTable } from './locales/en';
import { ruTable } from './locales/ru';
import { frTable } from './locales/fr';
import type { StringKey, StringTable } from './stringTable';

export type { StringKey, StringTable } from './stringTable';

/** en is the reference table; ru and fr must have exactly its keys (checked by the compiler and a test). */
export const TABLES: Record<Locale, StringTable> = { en: enTable, ru: ruTable, fr: frTable };

export type Params = Record<string, string | number>;

/** The string for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function t(locale: Locale, key: StringKey, params?: Params): string {
  const template = TABLES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A translator bound to one locale, handed to composers and handlers. */
export type Translate = (key: StringKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
