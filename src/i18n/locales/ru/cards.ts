import type { cards as en } from '../en/cards';

export const cards: Record<keyof typeof en, string> = {
  'cards.answer.quoteLabel': 'На экране',
  'cards.answer.stepsLabel': 'Шаги',
  'cards.answer.followUpsLabel': 'Связанные вопросы',
  'cards.answer.source': 'Источник: [{title}]({url}), {date}',

  'cards.help.title': 'Чем я могу помочь',
  'cards.help.intro': 'Я отвечаю на вопросы о преимуществах технической поддержки MPN вашей компании:',
  'cards.help.topic.incidents': 'сколько инцидентов поддержки дает каждый уровень членства',
  'cards.help.topic.activation': 'активация преимуществ, {accessId} и {contractId}',
  'cards.help.topic.requests':
    'обращения по локальным продуктам в {supportForBusiness} и по облачным — на портале Azure',
  'cards.help.topic.errors': 'сообщения об ошибках в Центре партнеров и на портале Azure',
  'cards.help.topic.more': 'обращения партнеров CSP, платные планы поддержки и {tpd}',
  'cards.help.examplesLabel': 'Спросите, например:',
  'cards.help.anytime': 'Напишите «помощь» в любой момент, чтобы снова увидеть этот список.',

  'cards.welcome.greeting': 'Здравствуйте! Я помощник по партнерским преимуществам.',
  'cards.welcome.greetingNamed': 'Здравствуйте, {name}! Я помощник по партнерским преимуществам.',
  'cards.welcome.intro':
    'Спрашивайте о преимуществах технической поддержки MPN: инциденты по уровням членства, активация, порталы поддержки и сообщения об ошибках.',
  'cards.welcome.examplesLabel': 'Например:',
};
