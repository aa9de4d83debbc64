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
  }
  return samples;
}

module.exports = { loadModules, buildSamples };
