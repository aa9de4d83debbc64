import type { StringTable } from '../../strings';
import { common } from './common';
import { answers } from './answers';
import { cards } from './cards';

export const ruTable: StringTable = { ...common, ...answers, ...cards };
