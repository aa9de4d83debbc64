import { ledgerSentences } from '../src/handlers/incidentLedger';

// Russian numbers govern the noun's case: 1 инцидент, 2-4 инцидента, 5+ инцидентов. A sentence that puts a
// count straight before "инцидентов" reads wrong for 1-4, so counts stand where no agreement is needed.

const wrongAgreement = /(?:^|[^\d])(?:1|2|3|4|21|22|23|24) (?:облачных |локальных )?инцидентов/;

describe('Russian ledger sentences read right whatever the count', () => {
  it.each([1, 2, 3, 4, 21, 22])('used %i cloud incidents with unlimited support, or with no allowance recorded', (used) => {
    const sentences = [
      ...ledgerSentences('ru', { lines: [{ supportType: 'cloud', used, allowance: { kind: 'unlimited' } }] }),
      ...ledgerSentences('ru', { lines: [{ supportType: 'onPremises', used }] }),
      ...ledgerSentences('ru', { lines: [{ supportType: 'cloud', used, allowance: { kind: 'none' } }] }),
    ];
    const text = sentences.join(' ');
    expect(text).toContain(`использовано: ${used}`);
    expect(text).not.toMatch(wrongAgreement);
  });

  it('"3 из 20" keeps the plural genitive that "из" asks for', () => {
    const [first] = ledgerSentences('ru', { lines: [{ supportType: 'onPremises', used: 3, allowance: { kind: 'count', incidents: 20 } }] });
    expect(first).toContain('использовано 3 из 20 локальных инцидентов');
  });
});
