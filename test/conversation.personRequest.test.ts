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
  ])('a request: %s', (text) => expect(asksForPerson(text)).toBe(true));

  it.each([
    'how do I open a ticket for Azure?',
    'how many tickets does Gold get for cloud products?',
    'combien de tickets pour Gold en cloud ?',
    'как открыть заявку в Support for Business?',
    'which portal do we use to open a support request with Microsoft',
    'Silver, la VM Azure ne démarre pas, combien de demandes ?',
    'quel est le numéro pour joindre le support partenaires de Microsoft ?',
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

  it('inside the activation dialog (an admin who changes her mind)', async () => {
    const say = chat('en', admin);
    const started = await say('activate');
    expect(visibleText(started)).toMatch(/Access ID/);
    offersTicket(await say('actually I need to talk to a real person first'));
  });
});
