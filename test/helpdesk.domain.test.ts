import { entitlementSnapshot, matchesFilter, parseHelpdeskCommand, transition, type Ticket } from '../src/domain/tickets';

const dana = { userId: '29:dana', aadObjectId: 'd', name: 'Dana' };
const hugo = { userId: '29:hugo', aadObjectId: 'h', name: 'Hugo' };
type State = Pick<Ticket, 'status' | 'assignee'>;

describe('the ticket lifecycle', () => {
  it('goes New → Assigned → Waiting on requester → Resolved → Closed, and reopens', () => {
    let s: State = { status: 'new' };
    const step = (action: Parameters<typeof transition>[1], by = dana, target?: typeof hugo) => {
      const r = transition(s, action, by, target);
      if (!r.ok) throw new Error(`${action} refused: ${r.reason}`);
      s = { status: r.status, assignee: r.assignee };
      return s.status;
    };
    expect(step('assignSelf')).toBe('assigned');
    expect(step('reply')).toBe('waiting');
    expect(step('resolve')).toBe('resolved');
    expect(step('reopen')).toBe('assigned');
    expect(step('assign', dana, hugo)).toBe('assigned');
    expect(s.assignee).toBe(hugo);
    expect(step('resolve')).toBe('resolved');
    expect(step('close')).toBe('closed');
    expect(step('reopen')).toBe('assigned');
  });

  it('a stale "Assign to me" names who has the ticket; closed and resolved tickets take no reply', () => {
    expect(transition({ status: 'assigned', assignee: dana }, 'assignSelf', hugo)).toEqual({ ok: false, reason: 'alreadyAssigned', assignee: dana });
    expect(transition({ status: 'closed' }, 'reply', dana)).toEqual({ ok: false, reason: 'notAllowed' });
    expect(transition({ status: 'resolved' }, 'resolve', dana)).toEqual({ ok: false, reason: 'notAllowed' });
    expect(transition({ status: 'new' }, 'close', dana)).toEqual({ ok: false, reason: 'notAllowed' });
  });
});

describe('helpdesk commands in en, ru and fr', () => {
  it.each([
    ['I want to talk to the helpdesk', 'escalate'],
    ['create a ticket', 'escalate'],
    ['нужен человек', 'escalate'],
    ['создай заявку', 'escalate'],
    ['хочу связаться с поддержкой', 'escalate'],
    ['je veux parler au support', 'escalate'],
    ['créer un ticket', 'escalate'],
    ['<at>Partner</at> helpdesk here', 'helpdeskHere'],
    ['хелпдеск здесь', 'helpdeskHere'],
    ['support ici', 'helpdeskHere'],
    ['my tickets', 'myTickets'],
    ['мои заявки', 'myTickets'],
    ['mes tickets', 'myTickets'],
  ])('"%s" is %s', (text, kind) => {
    expect(parseHelpdeskCommand(text)?.kind).toBe(kind);
  });

  it('reads the queue filters and a ticket number', () => {
    expect(parseHelpdeskCommand('tickets')).toEqual({ kind: 'queue', filter: 'all' });
    expect(parseHelpdeskCommand('queue unassigned')).toEqual({ kind: 'queue', filter: 'unassigned' });
    expect(parseHelpdeskCommand('заявки мои')).toEqual({ kind: 'queue', filter: 'mine' });
    expect(parseHelpdeskCommand('tickets en attente')).toEqual({ kind: 'queue', filter: 'waiting' });
    expect(parseHelpdeskCommand('tickets older than a day')).toEqual({ kind: 'queue', filter: 'old' });
    expect(parseHelpdeskCommand('ticket 42')).toEqual({ kind: 'showTicket', number: 42 });
    expect(parseHelpdeskCommand('заявка №7')).toBeUndefined();
    expect(parseHelpdeskCommand('ticket #7')).toEqual({ kind: 'showTicket', number: 7 });
  });

  it('leaves questions about the benefits alone', () => {
    for (const q of [
      'how many incidents does Gold get?',
      'tickets for cloud products?',
      'what is a support ticket in Azure',
      'open a ticket for our on-premises Dynamics',
      'I need to raise a ticket for Office 365',
      'у нас проблема с Exchange Server локально, как открыть тикет',
      'как связаться с поддержкой по проблеме локального продукта',
      'créer un ticket au nom d\'un client CSP',
    ]) {
      expect(parseHelpdeskCommand(q)).toBeUndefined();
    }
  });
});

describe('the entitlement snapshot', () => {
  it('records the profile, the activation status and expiry, and the incidents the profile allows, never the IDs', () => {
    const snap = entitlementSnapshot(
      { tenantId: 't', tier: 'gold', competencies: ['security'], updatedBy: 'x', updatedAt: '2026-01-01T00:00:00Z' },
      { tenantId: 't', state: 'active', accessId: 'ACC-1', contractId: 'CON-1', contractEnd: '2027-06-30', version: 2 },
    );
    // The article: Gold gets 20 on-premises incidents; a cloud competency gives unlimited Signature Cloud Support.
    expect(snap).toEqual({
      tier: 'gold',
      competencies: ['security'],
      activation: { activated: true, state: 'active', expires: '2027-06-30' },
      incidents: { onPremises: { kind: 'count', incidents: 20 }, cloud: { kind: 'unlimited' } },
    });
    expect(JSON.stringify(snap)).not.toMatch(/ACC-1|CON-1/);
  });

  it('without a recorded profile says nothing about incidents', () => {
    expect(entitlementSnapshot(undefined, { tenantId: 't', state: 'notActivated', version: 0 })).toEqual({
      competencies: [],
      activation: { activated: false, state: 'notActivated' },
    });
  });
});

describe('queue filters', () => {
  const base = { status: 'new', createdAt: '2026-11-29T08:00:00.000Z' } as Ticket;
  const now = new Date('2026-11-30T10:00:00.000Z');
  it('unassigned, mine, waiting and older than a day; closed tickets are never in the queue', () => {
    expect(matchesFilter(base, 'unassigned', dana, now)).toBe(true);
    expect(matchesFilter({ ...base, assignee: dana, status: 'assigned' }, 'unassigned', dana, now)).toBe(false);
    expect(matchesFilter({ ...base, assignee: dana, status: 'assigned' }, 'mine', dana, now)).toBe(true);
    expect(matchesFilter({ ...base, assignee: hugo, status: 'assigned' }, 'mine', dana, now)).toBe(false);
    expect(matchesFilter({ ...base, status: 'waiting' }, 'waiting', dana, now)).toBe(true);
    expect(matchesFilter(base, 'old', dana, now)).toBe(true); // 26 hours
    expect(matchesFilter({ ...base, createdAt: '2026-11-30T09:00:00.000Z' }, 'old', dana, now)).toBe(false);
    expect(matchesFilter({ ...base, status: 'closed' }, 'all', dana, now)).toBe(false);
  });
});
