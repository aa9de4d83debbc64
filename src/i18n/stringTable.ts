/**
 * The type of a string table: the keys of the en reference table, each a string. Types only (the en
 * table is read with `import type`, erased from the JavaScript), so the ru and fr tables are typed here
 * without importing strings.ts, which imports them.
 */
import type { enTable } from './locales/en';

export type StringKey = keyof typeof enTable;
export type StringTable = Record<StringKey, string>;
