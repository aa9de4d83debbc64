import type { StringTable } from '../../strings';
import { common } from './common';
import { answers } from './answers';
import { cards } from './cards';
import { activation } from './activation';

export const frTable: StringTable = { ...common, ...answers, ...cards, ...activation };
