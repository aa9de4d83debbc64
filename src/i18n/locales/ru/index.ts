import type { StringTable } from '../../stringTable';
import { common } from './common';
import { answers } from './answers';
import { cards } from './cards';
import { activation } from './activation';
import { helpdesk } from './helpdesk';
import { learning } from './learning';
import { reminders } from './reminders';
import { report } from './report';
import { orgAnswers } from './orgAnswers';
import { ownWords } from './ownWords';

export const ruTable: StringTable = { ...common, ...answers, ...cards, ...activation, ...helpdesk, ...learning, ...reminders, ...report, ...orgAnswers, ...ownWords };
