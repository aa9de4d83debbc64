import { common } from './common';
import { answers } from './answers';
import { cards } from './cards';
import { activation } from './activation';

/** The reference table: every other locale has exactly these keys. */
export const enTable = { ...common, ...answers, ...cards, ...activation };
