import { asksForPerson } from '../src/nlu/personRequest';
import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { buttonTitles } from './support/replies';

/**
 * Asking for a person, in one's own words, reaches the helpdesk flow from any state: a fresh chat, inside a
 * clarifying question, inside a troubleshooter's question, inside the activation dialog. The form offers the
 * question asked before, to confirm. Asking how to open a request with Microsoft is not asking for a person.
 */
const CREATE = /^(Create the ticket|Создать заявку|Créer le ticket)$/;
const LOCALE = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;

describe('asking for a person, read by meaning', () => {
  it.each([
    "I'd rather speak with somebody from our IT team",
    'it would be nice if somebody could check this for me',
    'I would appreciate it if one of you could take a look',
    'ce serait bien que quelqu’un regarde ça',
    "you're not helping at all, get me an actual person",
    'could you put me through to the service desk please',
    'please escalate this',
    'open a ticket for me, thanks',
    'соедините меня с живым специалистом',
    'толку от бота нет, хочу поговорить с сотрудником поддержки',
    'заведите мне заявку пожалуйста',
    'je préfère échanger avec un conseiller',
    'franchement ça ne m’aide en rien, je veux une vraie personne',
    'pouvez-vous me créer un ticket ?',
    'pourriez-vous faire remonter ma question à notre support interne',
    'откройте, будьте добры, заявку на это',
    'can you forward my question to the help desk',
    'I would prefer to go over this with somebody from support',
    'just find me a person please',
    'this really doesnt help, is anyone from the help desk around?',
    'можно с живым специалистом пообщаться?',
    'позовите кого-нибудь из техподдержки',
    'мне это совсем не помогает',
    'je préférerais en discuter avec quelqu’un',
    // The helpdesk asked to act on it, with "let"/"пусть"/"que" rather than a question.
    'ok, let our support team investigate this one',
    'the service desk should handle this, I give up',
    'ладно, пусть поддержка разберётся',
    'пусть специалисты глянут, я не понимаю',
    'hélas, que l’équipe support s’en occupe',
    'laissez le helpdesk vérifier, merci',
    // Passing the question on, or checking it with the helpdesk's people.
    'could you pass my question on to them please',
    'I want to check this with the folks from the service desk',
    'перешлите, пожалуйста, этот вопрос коллегам',
    'лучше спрошу у ребят из поддержки',
    'transmettez-leur ma question, s’il vous plaît',
  ])('a request: %s', (text) => expect(asksForPerson(text)).toBe(true));

  it.each([
    'how do I open a ticket for Azure?',
    'how many tickets does Gold get for cloud products?',
    'combien de tickets pour Gold en cloud ?',
    'как открыть заявку в Support for Business?',
    'which portal do we use to open a support request with Microsoft',
    'Silver, la VM Azure ne démarre pas, combien de demandes ?',
    'quel est le numéro pour joindre le support partenaires de Microsoft ?',
    'let it sort itself out, we will retry tomorrow',
    'пусть будет Gold, сколько инцидентов?',
    'aucune idée de ce que veut dire Signature',
  ])('not a request: %s', (text) => expect(asksForPerson(text)).toBe(false));
});

describe('a person on request, from every state, through the bot', () => {
  let bot: RunningBot;
  const admin = person('ph-admin');
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn', BOOTSTRAP_ADMINS: admin.aadObjectId });
  });
  afterAll(() => bot.close());

  function chat(lang: keyof typeof LOCALE, who = person(`ph-${lang}-${Math.random().toString(36).slice(2, 8)}`)) {
    const where = personalChat();
    return (text: string) => bot.send(messageActivity(text, who, where, LOCALE[lang]));
  }
  const offersTicket = (replies: Reply[]) => expect(buttonTitles(replies)).toEqual(expect.arrayContaining([expect.stringMatching(CREATE)]));

  it.each([
    ['en', 'how many incidents do we get for cloud stuff', 'meh, just let me chat with a human'],
    ['ru', 'сколько облачных инцидентов нам дают', 'бот не помогает, позовите человека'],
    ['fr', 'combien d’incidents cloud avons-nous', 'bon, je peux parler à quelqu’un du support ?'],
  ] as const)('%s: inside the clarifying question, the form comes with the question asked before', async (lang, question, ask) => {
    const say = chat(lang);
    const asked = await say(question);
    expect(buttonTitles(asked)).toEqual(expect.arrayContaining(['Silver', 'Gold']));
    const offer = await say(ask);
    offersTicket(offer);
    expect(JSON.stringify(offer)).toContain(question);
  });

  it.each([
    ['en', 'Azure keeps saying This Access ID is already associated to an account', "this isn't helpful, can somebody from the helpdesk look at it"],
    ['ru', 'Azure пишет This Access ID is already associated to an account', 'хочу связаться с оператором'],
    ['fr', 'Azure affiche This Access ID is already associated to an account', 'je voudrais discuter avec un humain'],
  ] as const)('%s: inside the troubleshooter question', async (lang, error, ask) => {
    const say = chat(lang);
    await say(error);
    offersTicket(await say(ask));
  });

  it.each([
    ['en', 'Azure keeps saying This Access ID is already associated to an account', 'honestly no clue which it is'],
    ['ru', 'Azure пишет This Access ID is already associated to an account', 'хз, без понятия если честно'],
    ['fr', 'Azure affiche This Access ID is already associated to an account', 'aucune idée, franchement'],
  ] as const)('%s: not knowing the case gets what the message means in each, with the helpdesk first', async (lang, error, unsure) => {
    const say = chat(lang);
    await say(error);
    const replies = await say(unsure);
    const text = visibleText(replies);
    // The article's two cases and its instruction that the message is invalid, and no guess of one case.
    expect(text).toMatch({ en: /invalid and should be ignored/i, ru: /недействительн|игнорир/i, fr: /invalide|ignor/i }[lang]);
    expect(text).toMatch(/New Support request/);
    expect(text).toMatch({ en: /new support plan/i, ru: /нов[а-я]* план/i, fr: /nouveau plan/i }[lang]);
    // The helpdesk comes before the two cases' buttons.
    const titles = buttonTitles(replies);
    const helpdesk = titles.findIndex((t) => /^(Ask the helpdesk|Спросить службу поддержки|Demander au support interne)$/.test(t));
    const cases = titles.findIndex((t) => /^(I linked it before|Уже связывали раньше|Déjà associé avant)$/.test(t));
    expect(helpdesk).toBeGreaterThanOrEqual(0);
    expect(helpdesk).toBeLessThan(cases);
  });

  it('inside the activation dialog (an admin who changes her mind)', async () => {
    const say = chat('en', admin);
    const started = await say('activate');
    expect(visibleText(started)).toMatch(/Access ID/);
    offersTicket(await say('actually I need to talk to a real person first'));
  });
});
