/** Card chrome: labels around the answers, help and welcome (clarifying questions live in common.ts). */
export const cards = {
  'cards.answer.quoteLabel': 'On screen',
  'cards.answer.stepsLabel': 'Steps',
  'cards.answer.followUpsLabel': 'Related questions',
  'cards.answer.source': 'Source: [{title}]({url}), {date}',

  'cards.help.title': 'What I can help with',
  'cards.help.intro': 'I answer questions about your company’s MPN technical support benefits:',
  'cards.help.topic.incidents': 'how many support incidents each membership level includes',
  'cards.help.topic.activation': 'activating the benefits, and the {accessId} and {contractId}',
  'cards.help.topic.requests':
    'opening requests for on-premises products in {supportForBusiness} and for cloud products in the Azure portal',
  'cards.help.topic.errors': 'error messages in Partner Center and the Azure portal',
  'cards.help.topic.more': 'CSP requests, paid support plans and {tpd}',
  'cards.help.examplesLabel': 'Try asking:',
  'cards.help.anytime': 'Type “help” anytime to see this again.',

  'cards.welcome.greeting': 'Hello! I’m your partner benefits assistant.',
  'cards.welcome.greetingNamed': 'Hello, {name}! I’m your partner benefits assistant.',
  'cards.welcome.intro':
    'Ask me about your MPN technical support benefits: incidents per membership level, activation, support portals and error messages.',
  'cards.welcome.examplesLabel': 'For example:',
};
