import { common } from './common';

/** The reference table: every other locale has exactly these keys. */
export const enTable = { ...common };
