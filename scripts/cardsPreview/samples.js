'use strict';
/**
 * Realistic data for every card template, built with the bot's own builders and composers from dist/
 * (so the previews show exactly the strings the bot sends), in several variants per template.
 * Each sample: { template, variant, locale, data }.
 */
const path = require('path');
const { ROOT } = require('./build');

function load(rel) {
  return require(path.join(ROOT, 'dist', rel));
}

function loadModules() {
  return {
    cards: load('src/cards/index.js'),
    answers: load('src/answers/index.js'),
    act: load('src/cards/activationCards.js'),
    strings: load('src/i18n/strings.js'),
    catalog: load('src/domain/catalog.js'),
    types: load('src/domain/types.js'),
    entitlements: load('src/domain/entitlements.js'),
    dialog: load('src/dialogs/entitlementDialog.js'),
    tickets: load('src/cards/ticketCards.js'),
    report: load('src/cards/reportCards.js'),
    reportDomain: load('src/domain/helpdeskReport.js'),
    ledger: load('src/handlers/incidentLedger.js'),
    orgAnswers: load('src/cards/orgAnswerCards.js'),
  };
}

function buildSamples(m) {
  const { answerCard, entitlementTableCard, choiceCard, helpCard, welcomeCard } = m.cards;
  const { COMPOSERS, composeIncidentsAnswer, composeEntitlementTable, entitlementSentence } = m.answers;
  const { activationCardData, idsCardData, idsEditCardData, recordedNotice, announcementNotice, askedNotice, rosterNotice } = m.act;
  const { t } = m.strings;
  const { TIER_NAMES, COMPETENCY_NAMES, CLOUD_COMPETENCY_LIST } = m.catalog;
  const { calculateEntitlement } = m.entitlements;
  const CHOOSE_VERB = m.dialog.CHOOSE_VERB;

  const record = {
    tenantId: 'contoso',
    state: 'active',
    accessId: 'ABCD1234-EF56-7890-ABCD-1234567890EF',
    contractId: '7712345678',
    contractStart: '2025-07-01',
    contractEnd: '2026-06-30',
    incidentsRemaining: 17,
    incidentsAsOf: '2025-11-03',
    recordedBy: { userId: '29:1a2b', name: 'Anna Kowalczyk-Villeneuve' },
    recordedAt: '2025-11-03T09:14:00Z',
    version: 4,
  };
  const admins = ['Anna Kowalczyk-Villeneuve', 'Jean-Baptiste Lemoine'];
  const grants = [
    { tenantId: 'contoso', aadObjectId: 'a1', role: 'globalAdmin', grantedBy: 'sys', grantedAt: '2025-01-01', name: 'Anna Kowalczyk-Villeneuve' },
    { tenantId: 'contoso', aadObjectId: 'a1', role: 'mpnPartnerAdmin', grantedBy: 'sys', grantedAt: '2025-01-01', name: 'Anna Kowalczyk-Villeneuve' },
    { tenantId: 'contoso', aadObjectId: 'a2', role: 'adminAgent', grantedBy: 'a1', grantedAt: '2025-02-01', name: 'Jean-Baptiste Lemoine' },
    { tenantId: 'contoso', aadObjectId: 'a3', role: 'helpdesk', grantedBy: 'a1', grantedAt: '2025-02-01', name: 'Дмитрий Константинопольский' },
  ];

  const samples = [];
  const add = (template, variant, locale, data) => samples.push({ template, variant, locale, data });

  for (const locale of m.types.LOCALES) {
    const ctx = { locale, slots: {} };

    // answer: steps, a quoted error (with and without steps), bullets, three links, an incidents answer.
    add('answer', 'steps', locale, answerCard(COMPOSERS.cloudRequest(ctx), locale));
    add('answer', 'quote', locale, answerCard(COMPOSERS.errorAccessIdAssociated(ctx), locale));
    add('answer', 'quoteSteps', locale, answerCard(COMPOSERS.errorNoBenefits(ctx), locale));
    add('answer', 'bullets', locale, answerCard(COMPOSERS.cloudCompetencies(ctx), locale));
    add('answer', 'links', locale, answerCard(COMPOSERS.incidentsRemaining(ctx), locale));
    // "How many incidents do we have left?" with cases recorded in the ledger (as IncidentLedger.withLedger adds them).
    const remaining = COMPOSERS.incidentsRemaining(ctx);
    const ledgerLines = m.ledger.ledgerSentences(locale, {
      period: { start: '2025-07-01', end: '2026-06-30' },
      lines: [
        { supportType: 'onPremises', used: 3, allowance: { kind: 'count', incidents: 20 } },
        { supportType: 'cloud', used: 2, allowance: { kind: 'unlimited' } },
      ],
    });
    add('answer', 'ledger', locale, answerCard({ ...remaining, summary: `${ledgerLines.join(' ')} ${remaining.summary}`, paragraphs: [...ledgerLines, ...remaining.paragraphs] }, locale));
    const goldOther = calculateEntitlement({ tier: 'gold', supportType: 'cloud', competencyKind: 'other' });
    add('answer', 'incidents', locale, answerCard(composeIncidentsAnswer(ctx, goldOther), locale));

    // entitlementTable: the whole table, one highlighted cell (as CardPresenter.incidents builds it), two cells.
    add('entitlementTable', 'plain', locale, entitlementTableCard(composeEntitlementTable(locale), locale));
    const silverSecurity = calculateEntitlement({ tier: 'silver', supportType: 'cloud', competency: 'security' });
    const highlighted = {
      ...composeEntitlementTable(locale, { tier: 'silver', supportType: 'cloud', competencyKind: silverSecurity.competencyKind }),
      summary: entitlementSentence(locale, silverSecurity),
    };
    add('entitlementTable', 'highlight', locale, entitlementTableCard(highlighted, locale));
    add('entitlementTable', 'highlightTwo', locale, entitlementTableCard(composeEntitlementTable(locale, { tier: 'gold', supportType: 'cloud' }), locale));

    // choice: the three questions of the entitlement dialog, one re-asked after a miss.
    const button = (title, slots) => ({ title, data: { verb: CHOOSE_VERB, slots, locale } });
    add('choice', 'tier', locale, choiceCard({
      prompt: t(locale, 'clarify.tierCloud'),
      choices: ['actionPack', 'silver', 'gold'].map((tier) => button(TIER_NAMES[tier], { tier })),
    }));
    add('choice', 'supportType', locale, choiceCard({
      prompt: `${t(locale, 'clarify.notUnderstood')} ${t(locale, 'clarify.supportType', { tier: TIER_NAMES.silver })}`,
      choices: [
        button(t(locale, 'clarify.supportType.onPremises'), { tier: 'silver', supportType: 'onPremises' }),
        button(t(locale, 'clarify.supportType.cloud'), { tier: 'silver', supportType: 'cloud' }),
      ],
    }));
    add('choice', 'competency', locale, choiceCard({
      prompt: t(locale, 'clarify.competency', { tier: TIER_NAMES.gold }),
      items: CLOUD_COMPETENCY_LIST.map((c) => COMPETENCY_NAMES[c]),
      choices: [
        button(t(locale, 'clarify.competency.cloud'), { tier: 'gold', supportType: 'cloud', competencyKind: 'cloud' }),
        button(t(locale, 'clarify.competency.other'), { tier: 'gold', supportType: 'cloud', competencyKind: 'other' }),
      ],
    }));
    // The competency question once answered: the choice shown, no buttons left.
    add('choice', 'answered', locale, choiceCard({
      prompt: t(locale, 'clarify.competency', { tier: TIER_NAMES.gold }),
      items: CLOUD_COMPETENCY_LIST.map((c) => COMPETENCY_NAMES[c]),
      answer: t(locale, 'clarify.answered', { choice: t(locale, 'clarify.competency.cloud') }),
      choices: [],
    }));

    // help and welcome.
    add('help', 'plain', locale, helpCard(locale));
    add('help', 'lead', locale, helpCard(locale, t(locale, 'fallback.unsure')));
    add('welcome', 'plain', locale, welcomeCard(locale));
    add('welcome', 'named', locale, welcomeCard(locale, 'Anna Kowalczyk-Villeneuve'));

    // activation: admin with the form, admin when already active, member asking, admin agent, outsider.
    const answer = COMPOSERS.activation(ctx);
    add('activation', 'admin', locale, activationCardData(locale, { answer, mode: 'admin', state: 'notActivated', admins }));
    add('activation', 'adminActive', locale, activationCardData(locale, { answer, mode: 'admin', state: 'active', admins }));
    add('activation', 'member', locale, activationCardData(locale, { answer, mode: 'member', state: 'notActivated', admins }));
    add('activation', 'memberNoAdmins', locale, activationCardData(locale, { answer, mode: 'member', state: 'activationRequested', admins: [] }));
    add('activation', 'adminAgent', locale, activationCardData(locale, { answer, mode: 'adminAgent', state: 'notActivated', admins }));
    add('activation', 'outsider', locale, activationCardData(locale, { answer, mode: 'outsider', state: 'notActivated', admins: [] }));

    // ids: the four views.
    add('ids', 'member', locale, idsCardData(locale, { kind: 'member', record }));
    add('ids', 'admin', locale, idsCardData(locale, { kind: 'admin', record: { ...record, incidentsRemaining: undefined } }));
    add('ids', 'adminExpired', locale, idsCardData(locale, { kind: 'admin', record: { ...record, state: 'expired' } }));
    add('ids', 'notActivated', locale, idsCardData(locale, { kind: 'notActivated', state: 'activationRequested', admins }));
    add('ids', 'outsider', locale, idsCardData(locale, { kind: 'outsider' }));
    add('ids', 'hidden', locale, idsCardData(locale, { kind: 'hidden' }));

    // idsEdit: filled in, and with the optional fields empty.
    add('idsEdit', 'filled', locale, idsEditCardData(locale, record));
    add('idsEdit', 'partial', locale, idsEditCardData(locale, { ...record, contractEnd: undefined, incidentsRemaining: undefined }));

    // notice: every notice the bot sends.
    add('notice', 'recorded', locale, recordedNotice(locale, record, true));
    add('notice', 'recordedRepeat', locale, recordedNotice(locale, record, false));
    add('notice', 'announcement', locale, announcementNotice(locale, 'Anna Kowalczyk-Villeneuve'));
    add('notice', 'asked', locale, askedNotice(locale, 'Jean-Baptiste Lemoine'));
    add('notice', 'roster', locale, rosterNotice(locale, grants));
    add('notice', 'rosterEmpty', locale, rosterNotice(locale, []));

    // helpdesk: the ticket card (new with every action, waiting with a long exchange and a delivery problem,
    // resolved, read-only for a requester), the queue and the requester's list, the escalation form, a reply.
    const { ticketCardData, queueCardData, escalationCardData, ticketReplyCardData } = m.tickets;
    const question = {
      en: 'Our Gold cloud incidents are used up: can we buy more before the renewal in June?',
      ru: 'У нас закончились облачные инциденты Gold: можно ли докупить их до продления в июне?',
      fr: 'Nos incidents cloud Gold sont épuisés : pouvons-nous en acheter avant le renouvellement en juin ?',
    }[locale];
    const requester = { userId: '29:r1', aadObjectId: 'r1', name: 'Jean-Baptiste Lemoine', conversationId: 'a:1', reference: {} };
    const deskMember = { userId: '29:a3', aadObjectId: 'a3', name: 'Дмитрий Константинопольский' };
    const at = (m) => `2026-11-30T09:${String(m).padStart(2, '0')}:00Z`;
    const ticket = {
      tenantId: 'contoso',
      number: 1042,
      status: 'new',
      requester,
      locale,
      question,
      urgency: 'high',
      topic: 'paidPlans',
      transcript: [
        { from: 'user', text: question },
        { from: 'bot', text: 'Gold: unlimited Signature Cloud Support incidents with a cloud competency, 20 on-premises incidents.' },
        { from: 'user', text: 'I want to talk to the helpdesk' },
      ],
      entitlement: {
        tier: 'gold',
        competencies: ['security'],
        activation: { activated: true, state: 'active', expires: '2026-06-30' },
        incidents: { onPremises: { kind: 'count', incidents: 20 }, cloud: { kind: 'unlimited' } },
      },
      createdAt: at(5),
      updatedAt: at(5),
      version: 1,
      history: [{ at: at(5), kind: 'created', actor: requester }],
    };
    const exchange = [
      ...ticket.history,
      { at: at(7), kind: 'assigned', actor: deskMember, detail: deskMember.name },
      { at: at(9), kind: 'reply', actor: deskMember, text: 'Open the request in Partner Center, Support, and mention ticket 1042; the renewal keeps your allowance.' },
      { at: at(20), kind: 'answer', actor: requester, text: 'Thanks, we opened it.' },
      { at: at(21), kind: 'reply', actor: deskMember, text: 'Good: tell me when Microsoft answers.' },
    ];
    const roster = grants.filter((g) => g.role === 'helpdesk');
    add('ticket', 'new', locale, ticketCardData(locale, ticket, roster, true));
    add('ticket', 'waiting', locale, ticketCardData(locale, { ...ticket, status: 'waiting', assignee: deskMember, history: exchange, deliveryProblem: 'requester:403' }, roster, true));
    add('ticket', 'resolved', locale, ticketCardData(locale, { ...ticket, status: 'resolved', assignee: deskMember, history: [...exchange, { at: at(30), kind: 'resolved', actor: deskMember }] }, roster, true));
    add('ticket', 'readOnly', locale, ticketCardData(locale, { ...ticket, status: 'assigned', assignee: deskMember, history: exchange.slice(0, 2), entitlement: { competencies: [], activation: { activated: false, state: 'notActivated' } }, topic: undefined, urgency: 'normal' }, [], false));
    const open = [
      ticket,
      { ...ticket, number: 1043, status: 'assigned', assignee: deskMember, urgency: 'normal', history: exchange, deliveryProblem: 'channel:403' },
      { ...ticket, number: 1044, status: 'waiting', assignee: deskMember, history: exchange },
    ];
    add('queue', 'queue', locale, queueCardData(locale, open, { kind: 'queue', filter: 'all', noChannel: false }));
    add('queue', 'queueNoChannel', locale, queueCardData(locale, open.slice(0, 1), { kind: 'queue', filter: 'unassigned', noChannel: true }));
    add('queue', 'queueEmpty', locale, queueCardData(locale, [], { kind: 'queue', filter: 'mine', noChannel: false }));
    add('queue', 'mine', locale, queueCardData(locale, open, { kind: 'mine' }));
    add('queue', 'mineEmpty', locale, queueCardData(locale, [], { kind: 'mine' }));
    add('escalation', 'question', locale, escalationCardData(locale, 'draft-1', question));
    add('escalation', 'empty', locale, escalationCardData(locale, 'draft-2', ''));
    add('ticketReply', 'plain', locale, ticketReplyCardData(locale, 1042, deskMember.name, exchange[2].text));

    // report: a month of a helpdesk (questions the bot could not answer, dislikes, tickets, medians), and an empty one.
    const { buildReport, normalizeQuestion } = m.reportDomain;
    const { reportCardData } = m.report;
    const now = new Date('2026-11-30T12:00:00Z');
    const ago = (days, minutes = 0) => new Date(now.getTime() - days * 86_400_000 + minutes * 60_000).toISOString();
    const asked = {
      en: ['How many TPD hours do we get with Gold?', 'What is the phone number for partner support?', 'Can we move our incidents to another tenant?'],
      ru: ['Сколько часов TPD у Gold?', 'Какой номер телефона партнерской поддержки?', 'Можно ли перенести инциденты в другой тенант?'],
      fr: ['Combien d’heures TPD avec Gold ?', 'Quel est le numéro de téléphone du support partenaire ?', 'Peut-on transférer nos incidents vers un autre tenant ?'],
    }[locale];
    // As the store counts them (in SQL): asked 2, 5, 12 and 20 days ago; 1 and 18; 25.
    const counted = (text, last7, last30) => ({ normalized: normalizeQuestion(text), example: text, counts: { 7: last7, 30: last30 } });
    const unanswered = { total: { 7: 3, 30: 7 }, top: [counted(asked[0], 2, 4), counted(asked[1], 1, 2), counted(asked[2], 0, 1)] };
    const feedback = [
      { at: ago(1), topic: 'incidents', reaction: 'dislike' },
      { at: ago(9), topic: 'incidents', reaction: 'dislike' },
      { at: ago(3), topic: 'errorAccessIdAssociated', reaction: 'dislike' },
      { at: ago(4), topic: 'activation', reaction: 'like' },
    ];
    const facts = (number, status, topic, days, events) => ({
      number, status, topic, createdAt: ago(days),
      history: [{ at: ago(days), kind: 'created' }, ...events.map(([kind, minutes]) => ({ at: ago(days, minutes), kind }))],
    });
    const reportTickets = [
      facts(1040, 'closed', 'activation', 26, [['assigned', 35], ['resolved', 300], ['closed', 1500]]),
      facts(1041, 'resolved', 'incidentsRemaining', 15, [['reply', 50], ['resolved', 200]]),
      facts(1042, 'waiting', 'paidPlans', 4, [['assigned', 12], ['reply', 40]]),
      facts(1043, 'assigned', 'activation', 2, [['assigned', 25]]),
      facts(1044, 'new', undefined, 0, []),
    ];
    const orgFeedback = [...feedback, { at: ago(2), topic: 'org:a1', reaction: 'like' }, { at: ago(3), topic: 'org:a2', reaction: 'dislike' }, { at: ago(5), topic: 'org:a2', reaction: 'dislike' }];
    const orgAnswersSection = m.reportDomain.orgAnswersSection(
      now,
      [{ answerId: 'a1', at: ago(1) }, { answerId: 'a1', at: ago(2) }, { answerId: 'a1', at: ago(12) }, { answerId: 'a2', at: ago(3) }, { answerId: 'gone', at: ago(20) }],
      orgFeedback,
      new Map([['a1', asked[0]], ['a2', asked[2]]]),
    );
    add('report', 'month', locale, reportCardData(locale, { ...buildReport({ tenantId: 'contoso', now, unanswered, feedback: orgFeedback, tickets: reportTickets }), orgAnswers: orgAnswersSection }));
    add('report', 'empty', locale, reportCardData(locale, buildReport({ tenantId: 'contoso', now, unanswered: { total: { 7: 0, 30: 0 }, top: [] }, feedback: [], tickets: [] })));

    // The organization's answers: the form (from a ticket, refused for a figure, editing), the answer as
    // served alone and added under an article answer, the helpdesk's view, the list, the review reminder.
    const { orgAnswerFormData, orgAnswerCardData, orgAnswerListData, figureRefusal, reviewNoticeData } = m.orgAnswers;
    const written = {
      en: { q: 'How many TPD hours do we have this year?', a: 'We have 40 TPD hours for the year.\nDana Whitfield-Okonkwo books them in Partner Center: ask her two weeks before the session. See https://contoso.example/tpd for the form.' },
      ru: { q: 'Сколько часов TPD у нас в этом году?', a: 'На год у нас 40 часов TPD.\nБронирует их Дана Уитфилд-Оконкво в Partner Center: напишите ей за две недели до сессии. Форма: https://contoso.example/tpd' },
      fr: { q: 'Combien d’heures TPD avons-nous cette année ?', a: 'Nous avons 40 heures TPD par an.\nDana Whitfield-Okonkwo les réserve dans Partner Center : prévenez-la deux semaines avant. Formulaire : https://contoso.example/tpd' },
    }[locale];
    const orgAnswer = {
      tenantId: 'contoso', id: 'a1', locale, question: written.q, phrasings: ['TPD hours left', 'presales hours balance'], answer: written.a,
      origin: { kind: 'ticket', number: 1042 }, createdBy: deskMember, createdAt: at(40), updatedBy: requester, updatedAt: '2026-12-02T10:00:00Z',
      reviewDue: '2027-05-31T09:40:00Z', uses: 12, version: 2,
    };
    const formValues = { draft: 'd1', question, answer: exchange[2].text, phrasings: [], answerLocale: locale, origin: 'ticket', ticket: 1042 };
    add('orgAnswerForm', 'fromTicket', locale, orgAnswerFormData(locale, formValues));
    add('orgAnswerForm', 'refusedFigure', locale, orgAnswerFormData(locale, { ...formValues, answer: 'Gold partners get 25 on-premises incidents.' }, figureRefusal(locale, { tier: 'gold', stated: 25, supportTypes: ['onPremises'] })));
    add('orgAnswerForm', 'edit', locale, orgAnswerFormData(locale, { ...formValues, question: written.q, answer: written.a, phrasings: orgAnswer.phrasings, edit: { id: 'a1', version: 2 } }));
    add('orgAnswerForm', 'empty', locale, orgAnswerFormData(locale, { draft: 'd2', question: '', answer: '', phrasings: [], answerLocale: locale, origin: 'chat' }));
    add('orgAnswer', 'served', locale, orgAnswerCardData(locale, orgAnswer, { kind: 'served', asked: written.q }));
    add('orgAnswer', 'adds', locale, orgAnswerCardData(locale, { ...orgAnswer, version: 1, updatedAt: orgAnswer.createdAt }, { kind: 'adds' }));
    add('orgAnswer', 'manage', locale, orgAnswerCardData(locale, orgAnswer, { kind: 'manage', notice: t(locale, 'orgAnswer.saved') }));
    const stats = [
      { answer: orgAnswer, likes: 4, dislikes: 1 },
      { answer: { ...orgAnswer, id: 'a2', question: asked[2], answer: 'No: incidents stay with the tenant they were activated in.', uses: 3 }, likes: 0, dislikes: 3 },
    ];
    add('orgAnswerList', 'newest', locale, orgAnswerListData(locale, stats, 'newest'));
    add('orgAnswerList', 'leastHelpful', locale, orgAnswerListData(locale, stats, 'leastHelpful'));
    add('orgAnswerList', 'empty', locale, orgAnswerListData(locale, [], 'newest'));
    add('notice', 'answerReview', locale, reviewNoticeData(locale, orgAnswer));
  }
  return samples;
}

module.exports = { loadModules, buildSamples };
