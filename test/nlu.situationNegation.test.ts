import { situationOf } from '../src/nlu/situations';
import { prepareText } from '../src/nlu/text';

/** Typed answers to the Azure error's question, read clause by clause, negations included (the article's two cases). */
describe('the case of the Azure "already associated" error, in the person\'s words', () => {
  const cases: Array<[string, string | undefined]> = [
    ["the contract hasn't expired and there are still incidents on it, I believe we linked it ourselves", 'linkedBefore'],
    ['все инциденты из пакета уже потрачены', 'invalid'],
    ['контракт ещё не истёк, инциденты есть', 'linkedBefore'],
    ["le contrat n'a pas expiré et il nous reste des incidents", 'linkedBefore'],
    ['notre pack de 10 incidents est entièrement consommé', 'invalid'],
    ['we burned through the whole 5-pack', 'invalid'],
    ['no incidents left', 'invalid'],
    ['hmm what', undefined],
  ];
  it.each(cases)('%s', (text, want) => expect(situationOf('errorAccessIdAssociated', prepareText(text), {})).toBe(want));
});
