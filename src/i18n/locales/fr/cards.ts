import type { cards as en } from '../en/cards';

export const cards: Record<keyof typeof en, string> = {
  'cards.answer.quoteLabel': 'À l’écran',
  'cards.answer.stepsLabel': 'Étapes',
  'cards.answer.followUpsLabel': 'Questions associées',
  'cards.answer.source': 'Source\u00a0: [{title}]({url}), {date}',

  'cards.help.title': 'Ce que je peux faire pour vous',
  'cards.help.intro': 'Je réponds aux questions sur les avantages de support technique MPN de votre entreprise\u00a0:',
  'cards.help.topic.incidents': 'le nombre d’incidents de support inclus dans chaque niveau d’adhésion',
  'cards.help.topic.activation': 'l’activation des avantages, l’{accessId} et le {contractId}',
  'cards.help.topic.requests':
    'les demandes pour les produits locaux dans {supportForBusiness} et pour les produits cloud dans le portail Azure',
  'cards.help.topic.errors': 'les messages d’erreur de l’Espace partenaires et du portail Azure',
  'cards.help.topic.more': 'les demandes des partenaires CSP, les plans de support payants et {tpd}',
  'cards.help.examplesLabel': 'Essayez par exemple\u00a0:',
  'cards.help.anytime': 'Tapez «\u00a0aide\u00a0» à tout moment pour revoir cette liste.',

  'cards.welcome.greeting': 'Bonjour\u00a0! Je suis votre assistant pour les avantages partenaires.',
  'cards.welcome.greetingNamed': 'Bonjour {name}\u00a0! Je suis votre assistant pour les avantages partenaires.',
  'cards.welcome.intro':
    'Posez-moi vos questions sur les avantages de support technique MPN\u00a0: incidents par niveau d’adhésion, activation, portails de support et messages d’erreur.',
  'cards.welcome.examplesLabel': 'Par exemple\u00a0:',
};
