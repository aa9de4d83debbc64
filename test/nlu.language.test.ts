import { detectLanguage } from '../src/nlu';

describe('language of a message', () => {
  it.each([
    ['how many incidents do we get?', 'en'],
    ['Gold partner, how many on-prem incidents?', 'en'],
    ['сколько инцидентов у нас?', 'ru'],
    ['у нас Gold, сколько cloud incidents?', 'ru'],
    ["combien d'incidents cloud pour Silver", 'fr'],
    ['où est le bouton Activer', 'fr'],
    ['Problème activation avantages', 'fr'],
    ['help', 'en'],
    ['aide', 'fr'],
    ['merci', 'fr'],
    ['thanks', 'en'],
  ])('"%s" → %s', (text, locale) => {
    expect(detectLanguage(text)).toBe(locale);
  });

  it.each(['Gold', 'ok', '10', 'CSP', 'TPD?', 'Silver cloud', 'Cloud Platform', 'stop', '?', ''])(
    '"%s" does not tell',
    (text) => {
      expect(detectLanguage(text)).toBeUndefined();
    },
  );

  it('reads the user, not the English they paste or the product they name', () => {
    expect(detectLanguage("j'ai l'erreur You are not authorized for this action")).toBe('fr');
    expect(detectLanguage('erreur : access ID is already associated')).toBe('fr');
    expect(detectLanguage('not authorized for this action : comment corriger ?')).toBe('fr');
    expect(detectLanguage('Link support benefits donne une erreur')).toBe('fr');
    expect(detectLanguage('parle-moi de Premier Support for Partners')).toBe('fr');
    expect(detectLanguage('« Looks like you don\'t have any benefits yet », que faire ?')).toBe('fr');
  });

  it('reads a bare paste as the language it is in', () => {
    expect(detectLanguage('You are not authorized for this action')).toBe('en');
    expect(detectLanguage("vous n'êtes pas autorisé à effectuer cette action")).toBe('fr');
  });
});
