import { AnswerModel, COMPOSERS } from '../answers';
import { LINKS } from '../domain/catalog';
import { BenefitRecord, BenefitState, RoleGrant } from '../domain/records';
import { Locale } from '../domain/types';
import { ROLE_LABELS } from '../domain/roles';
import { t, translator } from '../i18n/strings';

/** What the activation card shows, by who is asking. */
export interface ActivationView {
  /** The article's facts about activation (who, how, link), always shown. */
  answer: AnswerModel;
  mode: 'admin' | 'member' | 'adminAgent' | 'outsider';
  state: BenefitState;
  /** Display names of this tenant's Global admins and MPN partner admins. */
  admins: string[];
  /** A group chat or channel: IDs are not typed here, the hint points to the personal chat. */
  shared?: boolean;
}

export type IdsView =
  /** Someone outside the organization: nothing to show. */
  | { kind: 'outsider' }
  /** The message everyone in a group chat or channel sees: no IDs, a button for each person's own view. */
  | { kind: 'hidden' }
  | { kind: 'notActivated'; state: BenefitState; admins: string[] }
  | { kind: 'member' | 'admin'; record: BenefitRecord };

/** Typed data for the activation, IDs, edit and notice templates; every string already localized. */
export interface ActivationCardData {
  locale: Locale;
  title: string;
  summary: string;
  roleStyle: 'good' | 'attention' | 'emphasis';
  roleLines: string[];
  stepsLabel: string;
  steps: { number: string; text: string }[];
  form?: {
    title: string;
    accessId: string;
    contractId: string;
    contractEnd: string;
    incidents: string;
    required: string;
    submit: string;
    typeHint: string;
  };
  askButton: string;
  openPartnerCenter: { title: string; url: string };
  source: string;
}

export interface IdsCardData {
  locale: Locale;
  title: string;
  stateStyle: 'good' | 'attention' | 'warning' | 'emphasis';
  stateLine: string;
  facts: { title: string; value: string }[];
  notes: string[];
  recordedBy: string;
  showButton: string;
  admin: boolean;
  /** Mark expired is offered on an active benefit only. */
  canExpire: boolean;
  editButton: string;
  expireButton: string;
  askButton: string;
  links: { title: string; url: string }[];
}

export interface IdsEditCardData {
  locale: Locale;
  title: string;
  version: string;
  labels: Record<'accessId' | 'contractId' | 'contractEnd' | 'incidents' | 'required' | 'save', string>;
  /** incidentsRemaining is a number for Input.Number, or null when not recorded. */
  values: { accessId: string; contractId: string; contractEnd: string; incidentsRemaining: number | null };
}

export interface NoticeCardData {
  title: string;
  style: 'good' | 'attention' | 'emphasis' | 'default';
  lines: string[];
  facts: { title: string; value: string }[];
  buttons: { title: string; data: Record<string, unknown> }[];
}

export function activationCardData(locale: Locale, view: ActivationView): ActivationCardData {
  const s = translator(locale);
  const answer: AnswerModel = view.answer;
  const roleLines: string[] = [];
  let roleStyle: ActivationCardData['roleStyle'] = 'emphasis';
  if (view.mode === 'admin') {
    roleStyle = 'good';
    roleLines.push(s(view.state === 'active' ? 'act.admin.alreadyActive' : 'act.admin.intro'));
  } else if (view.mode === 'outsider') {
    roleStyle = 'attention';
    roleLines.push(s('act.outsider'));
  } else {
    roleStyle = 'emphasis';
    roleLines.push(s(view.mode === 'adminAgent' ? 'act.adminAgent.intro' : 'act.member.intro'));
    if (view.state === 'active') roleLines.push(s('act.member.active'));
    else roleLines.push(view.admins.length ? s('act.member.admins', { names: view.admins.join(', ') }) : s('act.member.noAdmins'));
  }
  const showForm = view.mode === 'admin' && view.state !== 'active';
  return {
    locale,
    title: s('act.title'),
    summary: answer.summary,
    roleStyle,
    roleLines,
    stepsLabel: t(locale, 'cards.answer.stepsLabel'),
    steps: (answer.steps ?? []).map((text, i) => ({ number: `${i + 1}.`, text })),
    form: showForm
      ? {
          title: s('act.form.title'),
          accessId: s('act.form.accessId'),
          contractId: s('act.form.contractId'),
          contractEnd: s('act.form.contractEnd'),
          incidents: s('act.form.incidents'),
          required: s('act.form.required'),
          submit: s('act.form.submit'),
          typeHint: s(view.shared ? 'act.admin.typeHintShared' : 'act.admin.typeHint'),
        }
      : undefined,
    askButton: (view.mode === 'member' || view.mode === 'adminAgent') && view.state !== 'active' ? s('act.askButton') : '',
    openPartnerCenter: { title: s('act.form.openPartnerCenter'), url: LINKS.technicalBenefits },
    source: t(locale, 'cards.answer.source', answer.source),
  };
}

function stateStyle(state: BenefitRecord['state']): IdsCardData['stateStyle'] {
  return state === 'active' ? 'good' : state === 'expired' ? 'attention' : 'warning';
}

export function idsCardData(locale: Locale, view: IdsView): IdsCardData {
  const s = translator(locale);
  const about = COMPOSERS.ids({ locale, slots: {} });
  const base: IdsCardData = {
    locale,
    title: s('ids.title'),
    stateStyle: 'emphasis',
    stateLine: '',
    facts: [],
    notes: [],
    recordedBy: '',
    showButton: '',
    admin: false,
    canExpire: false,
    editButton: s('ids.edit'),
    expireButton: s('ids.markExpired'),
    askButton: '',
    links: [],
  };
  switch (view.kind) {
    case 'hidden':
      return { ...base, stateLine: s('ids.hiddenInGroup'), showButton: s('ids.show') };
    case 'outsider':
      return { ...base, stateStyle: 'attention', stateLine: s('ids.outsider') };
    case 'notActivated':
      return {
        ...base,
        stateStyle: 'warning',
        stateLine: s(`ids.state.${view.state}`),
        notes: [
          s('ids.notActivated'),
          about.summary,
          view.admins.length ? s('act.member.admins', { names: view.admins.join(', ') }) : s('act.member.noAdmins'),
        ],
        askButton: s('act.askButton'),
        links: [{ title: s('act.form.openPartnerCenter'), url: LINKS.technicalBenefits }],
      };
    case 'member':
    case 'admin': {
      const r = view.record;
      const facts = [
        { title: s('ids.accessId'), value: r.accessId ?? '' },
        { title: s('ids.contractId'), value: r.contractId ?? '' },
      ];
      if (r.contractStart || r.contractEnd) {
        const value =
          r.contractStart && r.contractEnd
            ? s('ids.contractDates', { start: r.contractStart, end: r.contractEnd })
            : r.contractEnd
              ? s('ids.contractUntil', { end: r.contractEnd })
              : s('ids.contractFrom', { start: r.contractStart ?? '' });
        facts.push({ title: s('ids.contract'), value });
      }
      facts.push({
        title: s('ids.incidents'),
        value:
          r.incidentsRemaining !== undefined
            ? s('ids.incidentsAsOf', { count: r.incidentsRemaining, date: (r.incidentsAsOf ?? r.recordedAt ?? '').slice(0, 10) })
            : s('ids.incidentsUnknown'),
      });
      return {
        ...base,
        stateStyle: stateStyle(r.state),
        stateLine: s(`ids.state.${r.state}`),
        facts,
        notes: r.state === 'expired' ? [s('ids.expiredNext')] : [s('ids.where')],
        recordedBy: r.recordedBy ? s('ids.recordedBy', { name: r.recordedBy.name ?? r.recordedBy.userId, date: (r.recordedAt ?? '').slice(0, 10) }) : '',
        admin: view.kind === 'admin',
        canExpire: view.kind === 'admin' && r.state === 'active',
        links: [
          { title: s('ids.checkLive'), url: LINKS.remainingKb },
          { title: s('ids.openSfb'), url: LINKS.supportForBusiness },
        ],
      };
    }
  }
}

export function idsEditCardData(locale: Locale, record: BenefitRecord): IdsEditCardData {
  const s = translator(locale);
  return {
    locale,
    title: s('ids.edit.title'),
    version: String(record.version),
    labels: {
      accessId: s('act.form.accessId'),
      contractId: s('act.form.contractId'),
      contractEnd: s('act.form.contractEnd'),
      incidents: s('act.form.incidents'),
      required: s('act.form.required'),
      save: s('ids.edit.save'),
    },
    values: {
      accessId: record.accessId ?? '',
      contractId: record.contractId ?? '',
      contractEnd: record.contractEnd ?? '',
      incidentsRemaining: record.incidentsRemaining ?? null,
    },
  };
}

export function recordedNotice(locale: Locale, record: BenefitRecord, applied: boolean): NoticeCardData {
  const s = translator(locale);
  return {
    title: s('act.recorded.title'),
    style: 'good',
    // No IDs here: this message may be in a group chat or channel.
    lines: [s(applied ? 'act.recorded.text' : 'act.recorded.repeat'), s('ids.where')],
    facts: [{ title: s('ids.state'), value: s(`ids.state.${record.state}`) }],
    buttons: [{ title: s('ids.show'), data: { verb: 'ids.show', locale } }],
  };
}

/** To the admin whose activation lost the race: no IDs (this may be a channel), an Edit button. */
export function recordedByOtherNotice(locale: Locale, byName: string): NoticeCardData {
  const s = translator(locale);
  return {
    title: s('act.recordedByOther.title'),
    style: 'attention',
    lines: [s('act.recordedByOther.text', { name: byName })],
    facts: [],
    buttons: [{ title: s('act.recordedByOther.edit'), data: { verb: 'ids.edit', locale } }],
  };
}

export function announcementNotice(locale: Locale, byName: string): NoticeCardData {
  const s = translator(locale);
  return {
    title: s('announce.title'),
    style: 'good',
    lines: [s('announce.text', { name: byName })],
    facts: [],
    buttons: [{ title: s('ids.show'), data: { verb: 'ids.show', locale } }],
  };
}

export function askedNotice(locale: Locale, byName: string): NoticeCardData {
  const s = translator(locale);
  return {
    title: s('act.askedCard.title'),
    style: 'emphasis',
    lines: [s('act.askedCard.text', { name: byName })],
    facts: [],
    buttons: [{ title: s('act.askedCard.button'), data: { verb: 'activation.start', locale } }],
  };
}

export function rosterNotice(locale: Locale, grants: RoleGrant[]): NoticeCardData {
  const s = translator(locale);
  const byUser = new Map<string, { name: string; roles: string[] }>();
  for (const g of grants) {
    const entry = byUser.get(g.aadObjectId) ?? { name: g.name || g.aadObjectId, roles: [] };
    entry.roles.push(ROLE_LABELS[g.role]);
    byUser.set(g.aadObjectId, entry);
  }
  return {
    title: s('roles.title'),
    style: 'emphasis',
    // Who may activate, as the article says, before who holds which role here.
    lines: [s('roles.whoActivates'), ...(byUser.size ? [] : [s('roles.none')])],
    facts: [...byUser.values()].map((u) => ({ title: u.name, value: u.roles.join(', ') })),
    buttons: [],
  };
}

