import { CardRenderer } from '../src/cards';
import { queueCardData, ticketCardData } from '../src/cards/ticketCards';
import type { Ticket } from '../src/domain/tickets';

/** What a helpdesk member reads on the ticket card's facts. */
function ticket(topic: string | undefined, locale: 'en' | 'ru' | 'fr'): Ticket {
  const requester = { userId: '29:megan', aadObjectId: 'm1', name: 'Megan Bowen', conversationId: 'a:1', reference: {} };
  return {
    tenantId: 'contoso',
    number: 7,
    status: 'new',
    requester,
    locale,
    question: 'Can we buy more incidents?',
    urgency: 'normal',
    topic,
    transcript: [],
    entitlement: { competencies: [], activation: { activated: false, state: 'notActivated' } },
    createdAt: '2026-11-30T09:00:00Z',
    updatedAt: '2026-11-30T09:00:00Z',
    version: 1,
    history: [],
  };
}

describe('ticket card: the recognized topic', () => {
  it.each([
    ['en', 'Paid support plans'],
    ['ru', 'Платные планы'],
    ['fr', 'Plans payants'],
  ] as const)('is named in %s, not shown as the internal intent id', (locale, name) => {
    const facts = ticketCardData(locale, ticket('paidPlans', locale), [], false).facts;
    const values = facts.map((f) => f.value);
    expect(values).toContain(name);
    expect(values).not.toContain('paidPlans');
  });

  it('is left out when nothing was recognized', () => {
    const titles = ticketCardData('en', ticket(undefined, 'en'), [], false).facts.map((f) => f.title);
    expect(titles).not.toContain('Topic');
  });
});

describe('queue card: the filters', () => {
  interface Node {
    type?: string;
    id?: string;
    value?: string;
    title?: string;
    data?: Record<string, unknown>;
    choices?: { title: string; value: string }[];
    body?: Node[];
    actions?: Node[];
  }
  const render = (data: ReturnType<typeof queueCardData>) => new CardRenderer().render('queue', data).content as Node;

  it('are one drop-down sending the chosen query as typed, with one button, so five filters fit the card', () => {
    const card = render(queueCardData('en', [], { kind: 'queue', filter: 'unassigned', noChannel: false }));
    const select = card.body!.find((n) => n.type === 'Input.ChoiceSet')!;
    expect(select.id).toBe('query');
    expect(select.value).toBe('tickets unassigned');
    expect(select.choices!.map((c) => c.title)).toEqual(['all open', 'unassigned', 'mine', 'waiting', 'older than a day']);
    expect(select.choices!.map((c) => c.value)).toContain('tickets older than a day');
    expect(card.actions).toHaveLength(1);
    expect(card.actions![0]).toMatchObject({ type: 'Action.Submit', title: 'Show', data: { verb: 'ask' } });
  });

  it('are left out of a requester\'s own list', () => {
    const card = render(queueCardData('fr', [], { kind: 'mine' }));
    expect(card.body!.some((n) => n.type === 'Input.ChoiceSet')).toBe(false);
    expect(card.actions ?? []).toHaveLength(0);
  });
});

describe('ticket card: the buttons fit a narrow card', () => {
  interface Node {
    type?: string;
    title?: string;
    actions?: Node[];
    body?: Node[];
    [k: string]: unknown;
  }
  /** The rows of buttons a helpdesk member sees before opening anything: each ActionSet, then the card's actions. */
  const rows = (card: Node): string[][] => {
    const out: string[][] = [];
    for (const item of card.body ?? []) if (item.type === 'ActionSet') out.push(item.actions!.map((a) => a.title!));
    if (card.actions?.length) out.push(card.actions.map((a) => a.title!));
    return out;
  };
  const full = (locale: 'en' | 'ru' | 'fr', status: Ticket['status']) =>
    new CardRenderer().render(
      'ticket',
      ticketCardData(locale, { ...ticket('paidPlans', locale), status }, [{ aadObjectId: 'h1', name: 'Dana' }]),
    ).content as Node;

  // Six buttons in one row were cut to "Открыто обращение в Mic…" and "Назн…" at phone width (and in Teams' side
  // panel): the everyday verbs come first, the rest in rows short enough to show whole titles.
  it.each([
    ['en', [['Assign to me', 'Reply', 'Resolve'], ['Assign to…', 'Send this answer'], ['Microsoft case opened']]],
    ['ru', [['Взять себе', 'Ответить', 'Решена'], ['Назначить…', 'Отправить этот ответ'], ['Открыто обращение в Microsoft']]],
    ['fr', [['Me l’attribuer', 'Répondre', 'Résoudre'], ['Attribuer à…', 'Envoyer cette réponse'], ['Dossier Microsoft ouvert']]],
  ] as const)('in %s: Assign to me, Reply and Resolve first, at most two longer ones a row', (locale, expected) => {
    expect(rows(full(locale, 'new'))).toEqual(expected);
  });

  it('a resolved ticket: Reopen and Close in a row, the Microsoft case on its own', () => {
    expect(rows(full('ru', 'resolved'))).toEqual([['Открыть снова', 'Закрыть'], ['Открыто обращение в Microsoft']]);
  });
});
