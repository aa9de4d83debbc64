import { validateActivationDetails } from '../src/domain/activationDetails';

describe('validateActivationDetails', () => {
  it('accepts trimmed ids and optional fields, dropping unknown ones', () => {
    const r = validateActivationDetails({
      accessId: '  AB-1234  ',
      contractId: 'C-9\t',
      contractStart: '2024-02-29',
      contractEnd: '2025-02-28',
      incidentsRemaining: 0,
      extra: 'ignored',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        accessId: 'AB-1234',
        contractId: 'C-9',
        contractStart: '2024-02-29',
        contractEnd: '2025-02-28',
        incidentsRemaining: 0,
      },
    });
  });

  it('treats an empty "Incidents remaining" as not given, as some Teams hosts send it ("" or blanks)', () => {
    for (const incidentsRemaining of ['', '  ']) {
      expect(validateActivationDetails({ accessId: 'a', contractId: 'c', incidentsRemaining })).toEqual({ ok: true, value: { accessId: 'a', contractId: 'c' } });
    }
    expect(validateActivationDetails({ accessId: 'a', contractId: 'c', incidentsRemaining: 'many' })).toEqual({ ok: false, errors: ['badIncidents'] });
  });

  it('treats null and blank optional fields as absent', () => {
    const r = validateActivationDetails({ accessId: 'a', contractId: 'c', contractStart: ' ', contractEnd: null });
    expect(r).toEqual({ ok: true, value: { accessId: 'a', contractId: 'c' } });
  });

  it.each([
    [undefined, ['accessIdRequired', 'contractIdRequired']],
    ['text', ['accessIdRequired', 'contractIdRequired']],
    [[], ['accessIdRequired', 'contractIdRequired']],
    [{ accessId: '   ', contractId: 'c' }, ['accessIdRequired']],
    [{ accessId: 'a' }, ['contractIdRequired']],
    [{ accessId: 123, contractId: 'c' }, ['accessIdRequired']],
    [{ accessId: 'a'.repeat(65), contractId: 'c'.repeat(64) }, ['accessIdTooLong']],
    [{ accessId: 'a', contractId: 'c'.repeat(65) }, ['contractIdTooLong']],
  ])('requires both ids, at most 64 characters: %j', (input, errors) => {
    expect(validateActivationDetails(input)).toEqual({ ok: false, errors });
  });

  it.each([
    '<b>x</b>',
    'a>b',
    'line\nbreak',
    'nul\u0000',
    'del\u007f',
    '[click](https://evil.example)',
    'x](javascript:alert(1))',
  ])('rejects markup or control characters: %j', (accessId) => {
    expect(validateActivationDetails({ accessId, contractId: 'c' })).toEqual({ ok: false, errors: ['markup'] });
  });

  it('allows brackets that are not a link', () => {
    expect(validateActivationDetails({ accessId: '[A-1]', contractId: 'c (2)' }).ok).toBe(true);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-01-32', '24-01-01', '2024/01/01', '2024-1-1', 20240101])(
    'rejects a date that is not a real YYYY-MM-DD: %j',
    (contractStart) => {
      expect(validateActivationDetails({ accessId: 'a', contractId: 'c', contractStart })).toEqual({
        ok: false,
        errors: ['badDate'],
      });
    },
  );

  it('rejects an end before the start, accepts the same day', () => {
    const base = { accessId: 'a', contractId: 'c' };
    expect(validateActivationDetails({ ...base, contractStart: '2025-06-02', contractEnd: '2025-06-01' })).toEqual({
      ok: false,
      errors: ['endBeforeStart'],
    });
    expect(validateActivationDetails({ ...base, contractStart: '2025-06-01', contractEnd: '2025-06-01' }).ok).toBe(true);
  });

  it.each([-1, 1.5, '3', Number.NaN, Infinity, 2 ** 60])('rejects incidentsRemaining %p', (incidentsRemaining) => {
    expect(validateActivationDetails({ accessId: 'a', contractId: 'c', incidentsRemaining })).toEqual({
      ok: false,
      errors: ['badIncidents'],
    });
  });

  it('reports every problem once, in a stable order', () => {
    const r = validateActivationDetails({
      accessId: '<x>'.repeat(30),
      contractId: '',
      contractStart: 'soon',
      incidentsRemaining: -2,
    });
    expect(r).toEqual({
      ok: false,
      errors: ['contractIdRequired', 'accessIdTooLong', 'markup', 'badDate', 'badIncidents'],
    });
  });
});
