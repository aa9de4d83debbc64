import { maskIds } from '../src/domain/idMasking';

/** What the helpdesk channel may show of a person's words: IDs hidden, everything else as typed. */
describe('masking Access IDs and Contract IDs in shared posts', () => {
  const hidden = (text: string, recorded: string[] = []) => maskIds(text, recorded);

  it.each([
    ['en', 'our access id is AID-7Q2K-99 and the contract id: CID-5521-XY', ['AID-7Q2K-99', 'CID-5521-XY']],
    ['en', 'Access ID 1234-5678-90, please check', ['1234-5678-90']],
    ['ru', 'наш идентификатор доступа — 77QX-3100, а ID контракта 55-AB-9', ['77QX-3100', '55-AB-9']],
    ['ru', 'Access ID у нас AC-300-17', ['AC-300-17']],
    ['fr', 'notre ID d’accès est AX-4410-K et le numéro de contrat CT-2020-9', ['AX-4410-K', 'CT-2020-9']],
    ['fr', "l'identifiant de contrat : Z9Y8X7", ['Z9Y8X7']],
  ])('%s: an ID named as such is hidden (%s)', (_lang, text, ids) => {
    const r = hidden(text);
    expect(r.masked).toBe(true);
    for (const id of ids) expect(r.text).not.toContain(id);
  });

  it('the recorded IDs are hidden wherever they stand, in any case, as whole tokens only', () => {
    const r = hidden('see acc-77 and CON-88 (ACC-770 is something else)', ['ACC-77', 'CON-88']);
    expect(r.text).not.toMatch(/acc-77(?!0)/i);
    expect(r.text).not.toContain('CON-88');
    expect(r.text).toContain('ACC-770');
  });

  it.each([
    'This Access ID is already associated to an account',
    'Where do I find the contract id in Partner Center?',
    'we have 20 incidents, access id question for ticket 42',
    'Как найти ID контракта в Partner Center?',
  ])('leaves text without an ID alone: %s', (text) => {
    expect(hidden(text)).toEqual({ text, masked: false });
  });
});
