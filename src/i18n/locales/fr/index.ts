import type { StringTable } from '../../strings';
import { common } from './common';

export const frTable: StringTable = { ...common };
