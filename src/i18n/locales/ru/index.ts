import type { StringTable } from '../../strings';
import { common } from './common';

export const ruTable: StringTable = { ...common };
