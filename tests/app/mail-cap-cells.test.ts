// «Hộp thư đi» keeps as text every cell it rewrites when a mail is sent or held back (issue 13, Low: the status write
// went without the leading apostrophe), so an address a form respondent typed as "=…" never becomes a formula.
import { submitKeyed } from '../../local/flows';
import { OUTBOX } from '../../src/domain/tabs';
import * as MSG_OUTBOX from '../../src/shared/messages/outbox';
import { freshAddOn, GOOD, sentMail, withoutUnitAddresses } from '../helpers';

const REFUSED = { ...GOOD, description: 'quá ngắn', doneOn: '2030-01-01' };
const TYPED = '=1+1@example.org';

it('writes the recipients, the status and the note of a sent and of a held-back mail as text, never as formulas', () => {
  const addOn = withoutUnitAddresses(freshAddOn());
  submitKeyed(addOn, { ...REFUSED, title: 'Lần một', email: TYPED });
  submitKeyed(addOn, { ...REFUSED, title: 'Lần hai', email: TYPED }); // held back: the address was mailed today
  expect(sentMail(addOn).filter((m) => m.to === TYPED)).toHaveLength(1);
  const sheet = addOn.runtime.spreadsheet.getSheetByName(OUTBOX.name)!;
  const cells = sheet.getRange(2, OUTBOX.col.to + 1, 2, OUTBOX.col.note - OUTBOX.col.to + 1);
  expect(
    cells
      .getFormulas()
      .flat()
      .filter((f) => f !== ''),
  ).toEqual([]);
  const values = cells.getValues();
  const at = (column: number) => column - OUTBOX.col.to;
  expect(values.map((r) => [r[at(OUTBOX.col.to)], r[at(OUTBOX.col.status)]])).toEqual([
    [TYPED, MSG_OUTBOX.status.sent],
    [TYPED, MSG_OUTBOX.status.held],
  ]);
});
