import { createRecognizer, Recognizer } from '../src/nlu';

/** "What is <benefit>?" asks what the benefit gives: the entitlement of that support type, old or current name. */
describe('questions about a benefit by name', () => {
  let recognizer: Recognizer;
  beforeAll(async () => {
    recognizer = await createRecognizer();
  });

  it.each([
    ['what is Partner Cloud Support?', 'cloud'],
    ['What is Partner On-premises Support?', 'onPremises'],
    ['что такое Partner Cloud Support?', 'cloud'],
    ['Qu’est-ce que Partner On-premises Support ?', 'onPremises'],
    ['what is Signature Cloud Support?', 'cloud'],
    ['what is Microsoft Product Support?', 'onPremises'],
  ])('"%s" is an entitlement question about %s support', async (text, supportType) => {
    const r = await recognizer.recognize(text);
    expect(r.intent).toBe('incidents');
    expect(r.slots.supportType).toBe(supportType);
  });

  it('a how-to question naming a benefit still goes to its topic', async () => {
    expect((await recognizer.recognize('how do I use Signature Cloud Support in the Azure portal?')).intent).toBe('cloudRequest');
  });
});

describe('a named competency leaves "cloud" to the support type', () => {
  it.each([
    ['Gold, incidents cloud, compétence Sécurité', 'fr'],
    ['Gold, Security competency, cloud incidents', 'en'],
  ] as const)('"%s"', async (text, locale) => {
    const { extractSlots } = await import('../src/nlu');
    expect(extractSlots(text, locale)).toEqual({ tier: 'gold', supportType: 'cloud', competency: 'security' });
  });
});
