import type { Role } from './roles';
import type { QueueFilter } from './tickets';
import type { SupportType, Tier, CloudCompetency } from './types';

/**
 * What a person asks the bot to do, read from their own words ("can you log that we opened case 1234567 with
 * Microsoft for an on-prem SQL issue", "возьму заявку 1 на себя", "tu peux me sortir le rapport en csv ?"): the
 * same actions as the commands and card buttons, with the details the message gives. Details it does not give
 * stay undefined; the handler asks for them (one question) or takes them from the conversation ("close it"
 * after "show me ticket 1").
 */
export type TicketAction = 'assignSelf' | 'assign' | 'reply' | 'resolve' | 'reopen' | 'close';

export type OwnWordsRequest =
  // Reading: answered at once.
  | { kind: 'whoAdmins' }
  | { kind: 'myTickets' }
  | { kind: 'showTicket'; number?: number }
  | { kind: 'queue'; filter: QueueFilter }
  | { kind: 'report'; csv: boolean }
  | { kind: 'showProfile' }
  // Changing something: confirmed first.
  /** `byPronoun`: the message named no ticket ("close it"): the conversation must say which. */
  | { kind: 'ticket'; action: TicketAction; number?: number; reply?: string; assignee?: string; assigneeText?: string; byPronoun?: boolean }
  | { kind: 'recordCase'; caseNumber?: string; badNumber?: string; supportType?: SupportType; openedOn?: string; badDate?: string }
  | { kind: 'removeCase'; caseNumber?: string }
  | { kind: 'setQueue' }
  | { kind: 'saveIds'; accessId: string; contractId: string }
  | { kind: 'askAdmin' }
  | { kind: 'setProfile'; tier?: Tier; competencies: CloudCompetency[]; other: boolean }
  /** By Entra object id, or by a person's name (`personName`) that the handler looks up among the people it knows. */
  | { kind: 'role'; grant: boolean; role: Role; aadObjectId?: string; personName?: string };

export type OwnWordsKind = OwnWordsRequest['kind'];

/** Requests that change something: they go through a confirmation card. */
export const CHANGING_KINDS: ReadonlySet<OwnWordsKind> = new Set<OwnWordsKind>([
  'ticket',
  'recordCase',
  'removeCase',
  'setQueue',
  'saveIds',
  'askAdmin',
  'setProfile',
  'role',
]);
