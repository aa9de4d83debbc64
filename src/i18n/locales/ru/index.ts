import type { StringTable } from '../../strings';
import { common } from './common';
import { answers } from './answers';
import { cards } from './cards';
import { activation } from './activation';

export const ruTable: StringTable = { ...common, ...answers, ...cards, ...activation };
