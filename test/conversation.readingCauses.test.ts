import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';

/**
 * General causes found after held-out sets B and C (each stated here in other wordings than the sets'):
 * Russian words with "й" in the patterns (they never matched normalized text), a troubleshooter guessed from a
 * word like "benefits" alone, small talk read as "start over", "сначала" read as "from the start", a greeting
 * that states the membership, whether the organization has a kind of support at all, negations across clauses
 * ("neither … nor", "nobody linked it"), a corrected error case, "neither Gold nor Silver", a support type
 * ruled out, a relative clause taken for a question, old product versions, the error quoted by two words, a
 * phone call that is an aside, and French ways of asking for a person. Figures from the article: on-premises
 * Action Pack 10, Silver 15, Gold 20; Signature Cloud Support none for Action Pack, Silver 5 and Gold 10
 * without a cloud competency, unlimited with one.
 */
const LOCALE = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;
type Lang = keyof typeof LOCALE;
const n = (x: number) => new RegExp(`(^|[^0-9])${x}([^0-9]|$)`);
const UNLIMITED = { en: /unlimited/i, ru: /неогранич/i, fr: /illimit/i };
const NO_CLOUD = { en: /no Signature Cloud Support/i, ru: /не получают Signature Cloud Support/i, fr: /(pas|aucun)[^.]*Signature Cloud Support/i };
const BUY = { en: /buy|purchase/i, ru: /купи|приобр/i, fr: /achet/i };
const NEW_REQUEST = /New Support request/;

function lead(replies: Reply[]): string {
  const r = replies.find((x) => x.type === 'message');
  const card = r?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return card?.fallbackText ?? r?.text ?? '';
}

describe('reading people the way they write', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  async function run(lang: Lang, turns: readonly string[]): Promise<Reply[]> {
    const who = person(`read-${lang}-${Math.random().toString(36).slice(2, 8)}`);
    const where = personalChat();
    let replies: Reply[] = [];
    for (const text of turns) replies = await bot.send(messageActivity(text, who, where, LOCALE[lang]));
    return replies;
  }

  async function expectLead(lang: Lang, turns: readonly string[], right: RegExp, wrong?: RegExp): Promise<void> {
    const first = lead(await run(lang, turns));
    expect(first).toMatch(right);
    if (wrong) expect(first).not.toMatch(wrong);
  }

  it('Russian patterns with "й" match what people type ("кейсов", "какой")', async () => {
    await expectLead('ru', ['у нас Silver, компетенция Data Analytics', 'скока кейсов на облако у нас?'], n(5), n(15));
  });

  it.each([
    ['en', ['I am putting together an overview of our partner benefits for the new hires.', 'we are Gold, competency Security', 'how many cloud incidents is that?'], UNLIMITED.en],
    ['fr', ['Je prépare une note sur nos avantages partenaires pour le comité.', 'on est Gold, compétence Sécurité', 'combien d’incidents cloud ?'], UNLIMITED.fr],
  ] as const)('%s: a remark about "our benefits" is no error message, and the details after it are kept', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it.each([
    ['ru', ['мы Gold, компетенция Cloud Platform', 'кстати, посоветуй фильм на вечер', 'ладно, сколько облачных инцидентов?'], UNLIMITED.ru],
    ['ru', ['сколько инцидентов на локальные продукты?', 'подожди, сначала скажи, который час', 'мы Silver'], n(15)],
  ] as const)('%s: small talk and "сначала" (first) do not start the conversation over', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it.each([
    ['en', ['hello! we are Silver with Cloud Platform', 'cloud incidents?'], UNLIMITED.en],
    ['fr', ['bonjour, on est Gold avec Data Analytics', 'et en cloud, combien ?'], n(10)],
  ] as const)('%s: a greeting that states the membership is remembered', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it.each([
    ['en', ['we have the Action Pack', 'is Signature cloud support available to us at all?'], NO_CLOUD.en],
    ['ru', ['у нас Action Pack', 'облачная поддержка Signature нам вообще положена?'], NO_CLOUD.ru],
    ['fr', ['nous avons l’Action Pack', 'a-t-on droit au support cloud Signature ?'], NO_CLOUD.fr],
  ] as const)('%s: whether the organization has cloud support at all is the entitlement, not how to open a request', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it.each([
    ['en', ['Azure portal: the access id is already associated to an account, contact your TAM', 'nobody ever linked it here as far as I know, but the agreement finished in May'], BUY.en, NEW_REQUEST],
    ['en', ['Azure portal: the access id is already associated to an account, contact your TAM', 'the contract is neither expired nor out of incidents; a colleague linked it in the spring'], NEW_REQUEST, BUY.en],
    ['ru', ['Azure: «This Access ID is already associated to an account»', 'он действует, но все инциденты уже потрачены'], BUY.ru, NEW_REQUEST],
    ['fr', ['Azure : « This Access ID is already associated to an account »', 'personne ne l’a jamais lié, le contrat a pris fin en juin'], BUY.fr, NEW_REQUEST],
  ] as const)('%s: the case of the Azure error is read clause by clause, negations included', async (lang, turns, right, wrong) => {
    await expectLead(lang, turns, right, wrong);
  });

  it.each([
    ['en', ['Azure says the Access ID is already associated to an account; we linked it last month for on-prem support', 'no wait, I was wrong: it was never linked, the contract lapsed in March'], BUY.en],
    ['ru', ['Azure пишет «This Access ID is already associated to an account», мы раньше привязывали его', 'нет, я перепутал: его никто не привязывал, контракт просто истек'], BUY.ru],
  ] as const)('%s: a corrected case of the error gets the fix for the corrected case', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it.each([
    ['fr', ['combien d’incidents pour un souci Windows Server chez un client ?', 'ni Silver ni Gold, seulement l’Action Pack'], n(10), n(15)],
    ['en', ['how many incidents for an on-prem Exchange problem?', 'neither Gold nor Silver, we only have the Action Pack'], n(10), n(20)],
  ] as const)('%s: memberships named in a negation are not asked about', async (lang, turns, right, wrong) => {
    await expectLead(lang, turns, right, wrong);
  });

  it('a support type ruled out ("nothing cloud-based") is not the one answered', async () => {
    await expectLead('en', ['Gold, competency Cloud Productivity: how many incidents for a Teams outage at a customer?', 'correction: it is their SharePoint Server 2016 in their own datacenter, nothing in the cloud. how many then?'], n(20), UNLIMITED.en);
  });

  it('details after the question answer it, a relative clause ("…, which we can’t bring up") is no new question', async () => {
    await expectLead('en', ['how many incidents do Silver partners get?', 'It is on-prem: the customer’s SQL cluster, which we can’t bring up.'], n(15), n(5));
  });

  it.each([
    ['en', 'Gold: can we spend an incident on a customer’s Exchange 2007 that keeps crashing?', 'Exchange'],
    ['ru', 'мы Silver, у клиента Windows Vista на станке, это покрывается?', 'Windows Vista'],
    ['fr', 'Silver : le client a encore Outlook 2007 qui plante, c’est couvert ?', '2007'],
  ] as const)('%s: an old on-premises version named inside a sentence gets the article’s rule (aka.ms/n-1)', async (lang, text, named) => {
    const all = visibleText(await run(lang, [text]));
    expect(all).toMatch(/aka\.ms\/n-1/);
    expect(all).toContain(named);
  });

  it('the Azure error quoted by its two words is the error', async () => {
    expect(lead(await run('en', ["Link support benefits keeps saying 'already associated', what now?"]))).toMatch(/already associated/);
  });

  it('a phone call mentioned in passing is not a question about a phone number', async () => {
    const all = visibleText(await run('en', ['sorry, had a phone call. where do I open an on-premises request?']));
    expect(all).toMatch(/Support for Business/);
    expect(all).not.toMatch(/phone number/i);
  });

  it.each([
    ['en', 'is partner support open on public holidays?'],
    ['ru', 'поддержка Signature работает круглосуточно?'],
    ['fr', 'le support partenaire répond le week-end ?'],
    ['en', 'if we do not use all our incidents this year, do they roll over?'],
    ['ru', 'сколько действует контракт поддержки после активации?'],
    ['fr', 'les incidents non utilisés sont-ils reportés sur l’année suivante ?'],
  ] as const)('%s: "%s" is a fact the article does not give: no figure', async (lang, text) => {
    const all = visibleText(await run(lang, [text]));
    expect(all).toMatch({ en: /does not say/, ru: /не сказано/, fr: /ne précise pas/ }[lang]);
    expect(all.replace(/https?:\/\/\S+|20\d\d-\d\d-\d\d/g, '')).not.toMatch(/\d/);
  });

  it('the count asked at the end ("… cloud cases with our benefits? how many?") is a count', async () => {
    await expectLead('en', ['can we raise cloud cases with what we have? how many?', 'we only have the Action Pack'], NO_CLOUD.en);
  });

  it('"err" corrects the value just said', async () => {
    await expectLead('en', ['on-prem incidents for us? we are gold.. err silver'], n(15), n(20));
  });

  it.each(['tu peux me passer le support interne ?', 'je préfère voir ça avec notre helpdesk'])('fr: "%s" opens the helpdesk form', async (text) => {
    const all = visibleText(await run('fr', ['combien d’incidents sur site ?', text]));
    expect(all).toMatch(/Créer le ticket/);
  });

  it('fr: "un souci Teams" names the cloud product', async () => {
    await expectLead('fr', ['Gold sans compétence cloud : combien d’incidents pour un souci Teams chez un client ?'], n(10), n(20));
  });

  it.each(['mettez-moi en relation avec le support, svp', 'passe-moi quelqu’un du helpdesk'])('fr: "%s" opens the helpdesk form', async (text) => {
    const all = visibleText(await run('fr', ['combien d’incidents sur site ?', text]));
    expect(all).toMatch(/Demander au support/);
    expect(all).toMatch(/Créer le ticket/);
  });

  // Causes found after held-out set F (each stated in other wordings than the set's).
  it.each([
    ['en', ['we are Silver', 'does anyone know whether the canteen is open late?', 'like I said, Silver... no wait, Gold since last year. on-prem incidents?'], n(20), n(15)],
    ['ru', ['Мы Action Pack.', 'кто-нибудь видел мой зонт?', 'ну так вот, Action Pack... а нет, Silver с лета. сколько локальных инцидентов?'], n(15), n(10)],
    ['fr', ['On est Action Pack.', 'quelqu’un a une agrafeuse ?', 'bref, Action Pack... tout bien réfléchi, Gold. combien d’incidents sur site ?'], n(20), n(10)],
  ] as const)('%s: a second thought inside a message ("X… no, Y") keeps Y, after a detour', async (lang, turns, right, wrong) => {
    await expectLead(lang, turns, right, wrong);
  });

  it.each([
    ['en', ['we are gold', 'competency-wise: Data Platform, nothing on the cloud side', 'a customer VM in Azure keeps crashing, how many incidents could we use?'], n(10)],
    ['en', ['how many on-prem incidents for Silver?', 'brb', 'back. and for cloud? our competency is only DevOps.'], n(5)],
  ] as const)('%s: a competency named with cloud words is a competency, and the count follows', async (lang, turns, right) => {
    await expectLead(lang, turns, right, UNLIMITED.en);
  });

  it('"is X a cloud competency?" still lists the cloud competencies', async () => {
    expect(visibleText(await run('en', ['is DevOps a cloud competency?']))).toMatch(/Cloud Productivity/);
  });

  it.each([
    ['ru', ['Сколько облачных инцидентов?', 'без понятия, я не технарь. давайте заявку в хелпдеск'], /Создать заявку/],
    ['fr', ['Combien d’incidents cloud ?', 'aucune idée. faites-moi plutôt un ticket au support interne'], /Créer le ticket/],
    ['en', ['how many cloud incidents?', 'not sure, I do marketing. just open a ticket with the helpdesk then'], /Create the ticket/],
  ] as const)('%s: a ticket for the helpdesk asked inside a clarifying question opens the helpdesk form', async (lang, turns, button) => {
    expect(visibleText(await run(lang, turns))).toMatch(button);
  });

  it('"сколько обращений в поддержку…" is still a count, not a ticket', async () => {
    expect(visibleText(await run('ru', ['мы Gold. сколько обращений в поддержку по локальным продуктам нам положено?']))).toMatch(n(20));
  });

  it.each([
    ['en', 'My teammate already typed the Access ID and Contract ID with his login. Must I enter them with mine too?', /first time you use the benefit with each account/],
    ['ru', 'Коллега уже ввёл Access ID и Contract ID. Мне тоже нужно их вводить под своей учёткой?', /при первом[^.]*кажд/],
    ['fr', 'Un collègue a déjà saisi l’Access ID et le Contract ID. Dois-je aussi les saisir avec mon compte ?', /première fois[^.]*chaque compte/],
  ] as const)('%s: whether each account enters the IDs: the first time, for each account', async (lang, text, rule) => {
    expect(visibleText(await run(lang, [text]))).toMatch(rule);
  });

  it.each([
    ['en', 'Our Signature 5-pack ran dry last week. Can we still raise cases in the Azure portal?'],
    ['ru', 'У нас израсходован весь пакет Signature 10. Можно дальше создавать обращения в Azure?'],
    ['fr', 'Le pack Signature 10 est consommé. On peut toujours créer des demandes dans le portail Azure ?'],
  ] as const)('%s: requests once the pack is used up: a new support plan leads', async (lang, text) => {
    expect(lead(await run(lang, [text]))).toMatch({ en: /new plan/i, ru: /новый план/i, fr: /nouveau plan/i }[lang]);
  });

  it.each([
    ['en', 'do Gold partners get a rebate on Azure licences?'],
    ['ru', 'Есть ли скидка на лицензии для партнёров Silver?'],
    ['fr', 'Les partenaires Silver ont-ils une remise sur les licences ?'],
  ] as const)('%s: "%s" asks about money the article does not describe: no figure', async (lang, text) => {
    const all = visibleText(await run(lang, [text]));
    expect(all).toMatch({ en: /does not mention/, ru: /не упомина/, fr: /ne mentionne/ }[lang]);
    expect(all.replace(/https?:\/\/\S+|20\d\d-\d\d-\d\d/g, '')).not.toMatch(/\d/);
  });

  it('a decimal release of an on-premises product ("Dynamics CRM 3.0") gets the aka.ms/n-1 rule', async () => {
    expect(visibleText(await run('en', ['we are Silver. a client still runs Dynamics CRM 3.0 on their servers and it crashes. can we use an incident?']))).toMatch(/n-1/);
  });

  it('"who has to activate it?" after naming another role: the card says Global admin or MPN partner admin', async () => {
    expect(visibleText(await run('en', ['could I activate our benefit?', 'I am just a billing admin in Partner Center. who needs to do it then?']))).toMatch(/Global admin or MPN partner admin/);
  });

  it.each([
    ['en', 'anyone know if the gym is open on sunday?'],
    ['fr', 'il neige encore'],
  ] as const)('%s: small talk "%s" is not read as a benefits topic', async (lang, text) => {
    expect(visibleText(await run(lang, [text]))).toMatch({ en: /not sure I understood/, fr: /pas sûr d’avoir compris/ }[lang]);
  });

  it.each([
    ['en', ['Silver. competency is DevOps. cloud incidents?', 'oops, Cloud Platform, not DevOps'], UNLIMITED.en, n(5)],
    ['fr', ['Silver, compétence Cloud Platform, combien en cloud ?', 'pardon, DevOps et pas Cloud Platform'], n(5), UNLIMITED.fr],
    ['ru', ['Gold, компетенция Data Platform, скок облачных?', 'ой, Security, а не Data Platform'], UNLIMITED.ru, n(10)],
  ] as const)('%s: a corrected competency ("X, not Y") keeps X, wherever it is named', async (lang, turns, right, wrong) => {
    await expectLead(lang, turns, right, wrong);
  });

  it.each([
    ['en', ['we are Gold', 'our 9am got cancelled, so I have time now', 'competency is DevOps. cloud incidents?'], n(10)],
    ['fr', ['Combien d’incidents cloud ?', 'On est Silver.', 'Désolé, le téléphone n’arrête pas de sonner.', 'Donc la compétence : DevOps.'], n(5)],
    ['ru', ['Мы Gold.', 'ой, совещание отменили, теперь свободен', 'компетенция DevOps. сколько облачных инцидентов?'], n(10)],
  ] as const)('%s: a detour telling that something was cancelled or does not stop is no "start over"', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it('en: "in case that matters" after a competency asks for nothing: the competency is noted, the tier kept', async () => {
    await expectLead('en', ['we are Gold', 'our competency is Cloud Platform, just in case that matters', 'how many Azure incidents then?'], UNLIMITED.en);
  });

  it.each([
    ['en', ['Where do I file a support case?', "Not cloud. It's a Windows Server cluster at a client."], /Support for Business/],
    ['fr', ['Comment ouvrir une demande de support ?', 'Pas le cloud : un SharePoint Server installé chez un client.'], /Support for Business/],
    ['ru', ['Где открыть запрос в поддержку?', 'Не облако, а локальный Exchange Server у заказчика.'], /Support for Business/],
  ] as const)('%s: after the how-to of a request, "not cloud, on-premises X" is the on-premises how-to', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it.each([
    ['ru', 'Через сколько времени Microsoft обязан среагировать на инцидент — в какой срок?'],
    ['ru', 'Контракт поддержки действует календарный год или год от активации?'],
    ['en', 'how long does Microsoft take to respond to a sev A case?'],
  ] as const)('%s: "%s" is a fact the article does not give: no figure', async (lang, text) => {
    const all = visibleText(await run(lang, [text]));
    expect(all).toMatch({ en: /does not say/, ru: /не сказано/, fr: /ne précise pas/ }[lang]);
    expect(all.replace(/https?:\/\/\S+|20\d\d-\d\d-\d\d/g, '')).not.toMatch(/\d/);
  });

  it('fr: "notre dotation d’incidents" is a count', async () => {
    await expectLead('fr', ['Quelle est notre dotation d’incidents sur site ? On est Gold.'], n(20));
  });

  it.each([
    ['en', 'we need the helpdesk on this one, honestly', /Create the ticket/],
    ['fr', 'j’ai besoin du helpdesk pour ce cas', /Créer le ticket/],
  ] as const)('%s: "%s" opens the helpdesk form', async (lang, text, button) => {
    expect(visibleText(await run(lang, [text]))).toMatch(button);
  });

  // Causes found after held-out set H's first run (in other wordings).
  it('an old release asked about spending an incident on: the rule for recent products leads', async () => {
    expect(lead(await run('en', ['an Exchange Server 2007 box at a client crashed, may we use a partner incident for it?']))).toMatch(/recent on-premises products only/);
  });

  it('a count for a versioned product keeps its figure first', async () => {
    expect(lead(await run('en', ['we are Gold: how many incidents for an Exchange Server 2019 outage?']))).toMatch(n(20));
  });

  it('the "not authorized" question names both CSP and MPN', async () => {
    expect(lead(await run('en', ['Partner Center says You are not authorized for this action, no idea why']))).toMatch(/CSP[^.]*MPN/);
  });

  it.each([
    ['en', ['can we raise an Azure ticket with our partner benefit?', 'we are Action Pack, not Silver'], /no Signature Cloud Support/i],
    ['fr', ['on peut ouvrir une demande Azure avec nos avantages ?', 'on est Action Pack'], /pas accès à Signature Cloud Support|uniquement/i],
  ] as const)('%s: Action Pack stated after the cloud how-to gets the answer for Action Pack and the cloud', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it('"and we have none of the cloud competencies" is stated, and the count follows', async () => {
    await expectLead('en', ['we are Silver', 'and we have none of the cloud competencies', 'how many incidents for an Entra ID sign-in problem?'], n(5), UNLIMITED.en);
  });

  it('ru: a count with trouble words the model hears as "stop" is still a count', async () => {
    await expectLead('ru', ['мы Silver, компетенция Security', 'скока можно открыть обращений по Intune? у клиента устройства не регистрируются, всё встало'], UNLIMITED.ru);
  });

  // Causes found after set H became a regression set (in other wordings than the set's).
  it.each([
    ['en', ['how many cloud incidents do we get', 'we are Gold with Security', 'wait, our Security competency expired last month, only Data Analytics left'], n(10)],
    ['ru', ['сколько облачных инцидентов у Silver с Security?', 'хотя Security у нас истекла в прошлом году, других облачных нет'], n(5)],
    ['fr', ['combien d’incidents cloud pour nous ?', 'Gold, compétence Cloud Platform', 'ah non, Cloud Platform a expiré, on n’a plus de compétence cloud'], n(10)],
  ] as const)('%s: a cloud competency said to be lost is not counted as held', async (lang, turns, right) => {
    await expectLead(lang, turns, right, UNLIMITED[lang]);
  });

  it('a competency that expires later is still held', async () => {
    await expectLead('en', ['we are Silver; our Security competency expires in March. how many cloud incidents?'], UNLIMITED.en);
  });

  it.each([
    ['en', ['how fast does Microsoft answer an on-prem case for a Gold partner?', 'oops, I meant cloud ones']],
    ['ru', ['какое SLA у облачных инцидентов?', 'ой, то есть для локальных продуктов']],
    ['fr', ['quel est le délai de réponse pour un incident sur site ?', 'pardon, je voulais dire pour le cloud']],
  ] as const)('%s: a fact the article does not give, corrected to another support type, is still not in the article', async (lang, turns) => {
    const replies = await run(lang, turns);
    expect(lead(replies)).toMatch({ en: /does not say/, ru: /не сказано/, fr: /ne précise pas/ }[lang]);
    expect(lead(replies)).not.toMatch(/\d/);
  });

  it.each([
    ['en', 'my coworker set up the benefit on his account; do I have to type in the access id and contract id too with my own login?', /once|first time/i],
    ['ru', 'нужно ли мне вводить access id и contract id на своей учётке, если коллега уже это сделал?', /один раз|первом/i],
    ['fr', 'est-ce que je dois retaper l’Access ID et le Contract ID avec mon propre compte ?', /une seule fois|première fois/i],
  ] as const)('%s: whether each account enters the IDs gets the article’s rule first, also before activation', async (lang, text, right) => {
    await expectLead(lang, [text], right);
  });

  it.each([
    ['en', ['we are Gold now', 'the benefits are not activated yet', 'so what must we do first before we can raise a support case?']],
    ['ru', ['что нужно сделать, чтобы открывать инциденты в Microsoft?']],
    ['fr', ['que faut-il faire avant de pouvoir ouvrir un incident chez Microsoft ?']],
  ] as const)('%s: what has to happen before a case can be opened is activation, by an admin role', async (lang, turns) => {
    const replies = await run(lang, turns);
    expect(visibleText(replies)).toMatch(/Global admin/);
    expect(lead(replies)).toMatch({ en: /activat/i, ru: /актив/i, fr: /activ/i }[lang]);
  });

  it.each([
    ['en', 'all our incidents are used up, what now?'],
    ['ru', 'мы израсходовали все облачные инциденты, что теперь делать?'],
    ['fr', 'notre pack de 10 incidents est vide, que faire ?'],
  ] as const)('%s: the incidents used up and "what now": a new support plan', async (lang, text) => {
    await expectLead(lang, [text], { en: /new plan/i, ru: /новый план/i, fr: /nouveau plan/i }[lang]);
  });

  it('"the first thing to do" is no ticket number', async () => {
    expect(lead(await run('en', ['what is the first thing to do before we can open a case?']))).not.toMatch(/ticket #1/i);
  });

  it.each([
    ['en', ['how many cloud incidents do we get?', 'Gold', 'hang on, am I talking to a bot?', 'fine. our competency is Cloud Productivity'], /\bbot\b/i],
    ['ru', ['сколько облачных инцидентов?', 'а вы вообще человек или бот?', 'ладно, мы Gold, компетенция Data Analytics'], /(^|[^а-я])бот([^а-я]|$)/i],
    ['fr', ['combien d’incidents cloud ?', 'au fait, vous êtes un robot ?', 'bon, nous sommes Gold avec Security'], /\bbot\b/i],
  ] as const)('%s: "are you a bot?" is answered as such, not as a request for a person, and the open question goes on', async (lang, turns, itself) => {
    const who = person(`who-${lang}-${Math.random().toString(36).slice(2, 8)}`);
    const where = personalChat();
    const replies: Reply[][] = [];
    for (const text of turns) replies.push(await bot.send(messageActivity(text, who, where, LOCALE[lang])));
    const aside = replies[replies.length - 2];
    expect(lead(aside)).toMatch(itself);
    expect(visibleText(aside)).not.toMatch(/helpdesk will see|служба поддержки вашей организации увидит|le support de votre organisation la verra/i);
    expect(lead(replies[replies.length - 1])).toMatch(lang === 'ru' ? n(10) : UNLIMITED[lang]);
  });

  it.each([
    ['en', 'Good afternoon, I am in accounting: what does it cost us each time we use one of these support incidents?', /does not say/],
    ['fr', 'Merci ! Et combien de temps Microsoft met-il à répondre, en général ?', /ne précise pas/],
    ['ru', 'сколько времени ждать ответа от Microsoft по инциденту?', /не сказано/],
  ] as const)('%s: a price or a delay asked in other words is not in the article', async (lang, text, right) => {
    await expectLead(lang, [text], right, /\d/);
  });

  it('fr: the incidents used up and "que devons-nous faire ?": a new plan', async () => {
    await expectLead('fr', ['nous avons consommé tous nos incidents cloud, que devons-nous faire ?'], /nouveau plan/i);
  });

  // Causes found after set J became a regression set (in other wordings than the set's).
  it('a member’s news with "would that change it?" re-answers the open question; nothing is refused', async () => {
    const replies = await run('en', ['we are Silver, competency Data Analytics; how many cloud incidents?', 'oh wait, a colleague says we now have Security instead. would that change it?']);
    expect(lead(replies)).toMatch(UNLIMITED.en);
    expect(visibleText(replies)).not.toMatch(/Only a Global admin/);
  });

  it('"if I understood our membership correctly" is no request to show the profile', async () => {
    await expectLead('en', ['we are Gold if I understood our membership correctly; how many on-prem incidents?'], n(20));
  });

  it.each([
    ['en', ['we are Gold with Cloud Platform, how many cloud incidents?', 'the Partner Center page took ages to load this morning, I had to sign in three times', 'anyway, remind me, how many was it?'], UNLIMITED.en],
    ['fr', ['nous sommes Gold avec Cloud Platform, combien d’incidents cloud ?', 'l’Espace partenaires ramait ce matin, j’ai dû me reconnecter trois fois', 'bref, rappelez-moi, c’était combien ?'], UNLIMITED.fr],
  ] as const)('%s: a remark answered with another topic does not lose the question before it', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it('"and what if it is on-prem instead, where do I go?" after the cloud how-to is the on-premises how-to', async () => {
    await expectLead('en', ['where do I open a request for a cloud product?', 'and what if it is an on-premises product instead, where do I go?'], /Support for Business/);
  });

  it('"so to confirm, Partner Center will not show it, right?" gets the answer just given again', async () => {
    await expectLead('en', ['where can I see how many incidents we have left?', 'so to confirm, Partner Center will not show it, right?'], /Support for Business/);
  });

  it.each([
    ['en', 'who made you, by the way?', /bot/i],
    ['ru', 'на каких языках вы понимаете?', /бот/i],
    ['fr', 'qui vous a conçu ?', /bot/i],
  ] as const)('%s: a question about the bot itself', async (lang, text, right) => {
    await expectLead(lang, [text], right);
  });

  it.each([
    ['ru', 'пусть этим займётся кто-нибудь из поддержки, пожалуйста'],
    ['fr', 'j’aimerais que quelqu’un du support regarde ça avec moi'],
    ['en', 'please open a ticket with our own IT people for this'],
  ] as const)('%s: a person asked for in other words reaches the helpdesk form', async (lang, text) => {
    expect(visibleText(await run(lang, [text]))).toMatch(/helpdesk will see|служба поддержки вашей организации увидит|le support de votre organisation la verra/i);
  });

  it('"has anyone from the helpdesk got back to me yet?" asks how my request stands, not for a new one', async () => {
    expect(visibleText(await run('en', ['has anyone from the helpdesk got back to me yet?']))).not.toMatch(/helpdesk will see/i);
  });

  it('a CSP partner asking what comes before an Azure request gets the CSP plan', async () => {
    expect(visibleText(await run('en', ['we resell as a CSP; before we can open an Azure request for a customer, do we need to add a support contract?']))).toMatch(/Cloud Solution Provider/);
  });

  it('fr: "combien d’incidents … en plus" counts incidents', async () => {
    await expectLead('fr', ['nous sommes Gold sans compétence cloud : combien d’incidents cloud avons-nous en plus du support sur site ?'], n(10), /ne précise pas/);
  });

  it('the contract ID asked for, with Azure around it, is the IDs answer, not the Azure error', async () => {
    expect(lead(await run('en', ['could you send me our contract id? Azure asks for it when I link the support benefits']))).toMatch(/Access ID and Contract ID/);
  });

  it.each([
    ['en', 'we are Gold with Security: how many cloud incidents... no sorry, I need on-prem ones, how many then?', n(20), UNLIMITED.en],
    ['ru', 'у нас Gold, компетенция Data Analytics. Сколько облачных инцидентов… нет, извините, меня интересует локальный продукт. Сколько тогда?', n(20), n(10)],
    ['fr', 'nous sommes Gold : combien d’incidents cloud… non pardon, pour un produit local, combien alors ?', n(20), /illimit/i],
  ] as const)('%s: a support type corrected inside the message: the one meant', async (lang, text, right, wrong) => {
    await expectLead(lang, [text], right, wrong);
  });

  it.each([
    ['en', 'the Windows Sever 2012 machine at a client broke. Does our Gold membership cover it with support incidents?'],
    ['fr', 'notre client a un souci sur un Windows Serveur 2008, c’est couvert par nos incidents ?'],
  ] as const)('%s: a product name misspelled inside a sentence is still found, with the rule for recent products', async (lang, text) => {
    expect(visibleText(await run(lang, [text]))).toMatch(/aka\.ms\/n-1/);
  });

  // Causes found after set L became a regression set (in other wordings than the set's).
  it.each([
    ['ru', ['мы сильвер', 'компетенция облачная платформа', 'скока облачных?'], UNLIMITED.ru],
    ['en', ['cases for cloud?', 'we are Gold with Security'], UNLIMITED.en],
  ] as const)('%s: chat shorthand for a count ("скока", "cases for cloud?") is a count, not a how-to', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it('"стоп" opening a longer message is a second thought, not "start over"', async () => {
    await expectLead('ru', ['мы Gold, компетенция Security', 'сколько облачных инцидентов?', 'стоп, Security у нас закончилась в том году, других облачных нет'], n(10), UNLIMITED.ru);
  });

  it('"my first question, how much was it for cloud?" after a detour goes back to it', async () => {
    await expectLead('en', ['we are Silver with Cloud Productivity, how many cloud incidents?', 'by the way where do I open a request for an on-prem product?', 'ok, back to my first question: how much was it for cloud?'], UNLIMITED.en);
  });

  it('"where do I check that again?" after the incidents-left answer gets it again', async () => {
    await expectLead('en', ['where can I see the incidents we have left?', 'brb, meeting', 'ok, where do I check that again?'], /Support for Business/);
  });

  it.each([
    ['en', 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID', 'the first one', /New Support request/],
    ['fr', 'Azure me dit : This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID', 'la deuxième', /achet/i],
  ] as const)('%s: the case chosen by its place among the question’s buttons, typed', async (lang, error, choice, right) => {
    await expectLead(lang, [error, choice], right);
  });

  it.each([
    ['en', 'Azure wants the two numbers from Partner Center, the access one and the contract one: do we have ours?'],
    ['ru', 'Azure просит два кода из Центра партнеров, доступа и контракта, какие у нас?'],
    ['fr', 'Azure me demande les deux numéros, d’accès et de contrat : vous avez les nôtres ?'],
  ] as const)('%s: the two IDs described without their names are the IDs answer', async (lang, text) => {
    expect(visibleText(await run(lang, [text]))).toMatch(/Access ID/);
  });
  it.each([
    ['en', ['our on-prem Exchange 2019 box will not start after patching', 'we are gold', 'how many incidents can we spend on it?'], n(20), UNLIMITED.en],
    ['ru', ['у нас локальный Exchange 2019 не стартует после обновления', 'мы gold', 'сколько инцидентов можно на это потратить?'], n(20), UNLIMITED.ru],
    ['fr', ['réunions Teams qui coupent tout le temps', 'nous sommes silver, sans compétence cloud', 'combien d’incidents pour ce problème ?'], n(5), n(15)],
  ] as const)('%s: the product a person works on, told before the membership, decides the support type of "how many for it?"', async (lang, turns, right, wrong) => {
    await expectLead(lang, turns, right, wrong);
  });

  it.each([
    ['en', ['SharePoint Server 2019 search is broken on our farm', 'gold here', 'how many could we burn on that?'], n(20), UNLIMITED.en],
    ['ru', ['поиск в SharePoint Server 2019 сломался', 'мы silver', 'а сколько можно на это потратить?'], n(15), UNLIMITED.ru],
    ['en', ['Teams meetings keep dropping for everyone', 'silver, none of the cloud competencies', 'how many can we use for this one?'], n(5), n(15)],
  ] as const)('%s: a count that names nothing ("how many could we use on that?") is the incidents question of the conversation', async (lang, turns, right, wrong) => {
    await expectLead(lang, turns, right, wrong);
  });

  it('a count of something else ("how many people…") after a membership is not the incidents answer', async () => {
    expect(lead(await run('en', ['we are gold', 'how many people work in your helpdesk?']))).not.toMatch(n(20));
  });
  it.each([
    ['ru', ['мы silver', 'облачной компетенции у нас нет', 'сколько облачных инцидентов?'], n(5), UNLIMITED.ru],
    ['en', ['how many cloud incidents?', 'silver', 'a cloud competency we do not have'], n(5), UNLIMITED.en],
    ['fr', ['combien d’incidents cloud ?', 'silver', 'compétence cloud, on n’en a pas'], n(5), UNLIMITED.fr],
  ] as const)('%s: a cloud competency denied after its name ("… we do not have") is none of the cloud ones', async (lang, turns, right, wrong) => {
    await expectLead(lang, turns, right, wrong);
  });

  it.each([
    ['en', ['gold, security comp. cloud incidents?', 'by the way where do i file an on-prem request', 'right, back to my original question, how many cloud was that?'], UNLIMITED.en, n(20)],
    ['ru', ['голд, компетенция security, сколько облачных?', 'кстати, а где подавать запрос по локальным продуктам?', 'ладно, возвращаясь к первому вопросу, сколько облачных было?'], UNLIMITED.ru, n(20)],
  ] as const)('%s: a where-to detour is answered as the request how-to, and going back to the first question keeps its details', async (lang, turns, right, wrong) => {
    await expectLead(lang, turns, right, wrong);
  });

  it('ru: "а где подавать…" after an incidents question is the request how-to, not an incidents follow-up', async () => {
    expect(lead(await run('ru', ['голд, сколько инцидентов?', 'а где подавать запрос по локальным продуктам?']))).toMatch(/Support for Business/);
  });
  it.each([
    ['en', 'Azure keeps asking for the contract id when I try to open a case, where would I find it?', /not (yet )?activated/i],
    ['ru', 'портал Azure требует Access ID, прежде чем создать запрос, где его взять?', /не активирован/i],
    ['fr', 'le portail Azure me demande notre Access ID pour ouvrir une demande, je le trouve où ?', /pas encore activ/i],
  ] as const)('%s: where an ID the portal asks for comes from is the IDs answer (not activated yet: who activates), not the Azure how-to', async (lang, text, right) => {
    expect(visibleText(await run(lang, [text]))).toMatch(right);
  });
  it.each([
    ['en', ['how many incidents do we get?', 'cloud ones. Gold. our competency is not a cloud one though'], n(10), UNLIMITED.en],
    ['fr', ['combien d’incidents cloud pour nous ?', 'Gold', 'pardon, Silver, et notre compétence n’est pas cloud'], n(5), n(10)],
    ['ru', ['сколько облачных инцидентов у Silver, если компетенция не облачная?'], n(5), UNLIMITED.ru],
  ] as const)('%s: a competency said not to be a cloud one ("our competency is not a cloud one") is none of the cloud ones', async (lang, turns, right, wrong) => {
    await expectLead(lang, turns, right, wrong);
  });

  it.each([
    ['en', ['how many cloud incidents does Gold with Security get?', 'sorry, my manager just pinged me about a budget thing', 'ok, where were we, what was the answer?']],
    ['ru', ['сколько облачных инцидентов у Gold с Security?', 'извини, отвлекли на совещание по бюджету', 'так, на чём мы остановились? что ты ответил?']],
    ['fr', ['combien d’incidents cloud pour Gold avec Security ?', 'pardon, on m’a appelé pour une histoire de facture', 'bon, on en était où ? c’était quoi la réponse ?']],
  ] as const)('%s: "where were we, what was the answer?" after a detour gives the answer again', async (lang, turns) => {
    await expectLead(lang, turns, UNLIMITED[lang]);
  });

  it.each([
    ['en', ['we are Gold, says our director', 'and cloud support?', 'I think so'], UNLIMITED.en],
    ['ru', ['мы Gold', 'а что с облачной поддержкой?', 'кажется, да'], UNLIMITED.ru],
    ['fr', ['nous sommes Gold', 'et le support cloud ?', 'je ne pense pas'], n(10)],
  ] as const)('%s: a follow-up naming a support type after a stated membership asks the entitlement; a hedged yes or no answers the competency question', async (lang, turns, right) => {
    await expectLead(lang, turns, right);
  });

  it.each([
    ['en', 'I hit Activate but as a plain user it does nothing. which role does that need?'],
    ['fr', 'Activate me refuse dans Partner Center, je suis simple utilisateur. quel rôle faut-il ?'],
  ] as const)('%s: which role activation needs gets the activation answer with the roles', async (lang, text) => {
    expect(visibleText(await run(lang, [text]))).toMatch(/Global admin/);
  });

  it('two on-premises products named, the first with an old version, get the recent-products rule', async () => {
    expect(visibleText(await run('en', ['the customer still runs SharePoint Server 2010 on Windows Server 2008, is that covered by our Gold incidents?']))).toMatch(/aka\.ms\/n-1/);
  });

  it('ru: "кого-нибудь из нашего хелпдеска" asks for a person', async () => {
    expect(visibleText(await run('ru', ['позовите кого-нибудь из нашего хелпдеска']))).toMatch(/поддержк/i);
  });
  it.each([
    ['en', 'I never remember where our support IDs are kept, Azure asks for them every time'],
    ['ru', 'не помню, где у нас записаны наши ID, Azure опять их просит'],
    ['fr', 'je ne sais plus où sont notés nos identifiants, Azure les redemande'],
  ] as const)('%s: not remembering where the IDs are kept is the IDs answer', async (lang, text) => {
    expect(visibleText(await run(lang, [text]))).toMatch(/Access ID/);
    expect(lead(await run(lang, [text]))).not.toMatch(/Link support benefits/);
  });
});
