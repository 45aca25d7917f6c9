// «Hộp thư đi» rows found again by key right before each status write (built bundle): a person deleting or sorting
// rows of the tab while the daily run sends marks no wrong message; a row that is gone is an incident, not a guess.
import type { AddOn } from '../../local/addon';
import { ADMIN, runTrigger, submitAnswers } from '../../local/flows';
import { GOOD, freshAddOn, tabRows, withoutUnitAddresses } from '../helpers';
import { OUTBOX } from '../../src/domain/tabs';
import { INCIDENTS } from './reporting-fixtures';

const SEND = 'Mail.MailApp.sendEmail';
const people = ['an@example.org', 'binh@example.org', 'chi@example.org'];
/** Each row's recipients and status. */
const statuses = (addOn: AddOn) => tabRows(addOn, OUTBOX.name).map((r) => [r[OUTBOX.col.to], r[OUTBOX.col.status]]);
const sentTo = (addOn: AddOn) => addOn.runtime.mail.sent.map((m) => m.to);
const outboxTab = (addOn: AddOn) => addOn.runtime.spreadsheet.getSheetByName(OUTBOX.name)!;

/** Three refused submissions whose «Cần bổ sung» mails wait in «Hộp thư đi» (the script lock was busy). */
function threeQueued(): AddOn {
  const addOn = withoutUnitAddresses(freshAddOn());
  addOn.runtime.setUser(ADMIN);
  addOn.runtime.faults.holdLock('script');
  for (const email of people) submitAnswers(addOn, { ...GOOD, email, title: 'Ví', description: 'quá ngắn' });
  addOn.runtime.faults.holdLock('script', false);
  expect(statuses(addOn)).toEqual(people.map((p) => [p, 'Chờ gửi']));
  return addOn;
}

describe('the outbox writes each status to its own row, wherever a person moved it', () => {
  it('a row above deleted while the first mail goes: each message marked in its own row, each sent once', () => {
    const addOn = threeQueued();
    const sheet = outboxTab(addOn);
    const old = sheet.getRange(2, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    sheet.insertRowBefore(2); // an old, sent message at the top, which a person tidies away during the run
    sheet
      .getRange(2, 1, 1, old.length)
      .setValues([[...old.slice(0, 2), 'cu@example.org', old[3], 'Đã gửi', ...old.slice(5)]]);
    addOn.runtime.faults.duringCall(SEND, () => outboxTab(addOn).deleteRow(2));
    runTrigger(addOn, 'sendQueuedMail');
    expect(sentTo(addOn)).toEqual(people);
    expect(statuses(addOn)).toEqual(people.map((p) => [p, 'Đã gửi']));
    expect(tabRows(addOn, INCIDENTS)).toEqual([]);
  });

  it('rows sorted during the run: found again by key, each status in the right row', () => {
    const addOn = threeQueued();
    addOn.runtime.faults.duringCall(SEND, () => {
      const sheet = outboxTab(addOn);
      const range = sheet.getRange(2, 1, 3, sheet.getLastColumn());
      range.setValues(range.getValues().reverse()); // what a sort Z→A by recipient does to the cells
    });
    runTrigger(addOn, 'sendQueuedMail');
    expect(sentTo(addOn)).toEqual(people);
    expect(statuses(addOn)).toEqual([...people].reverse().map((p) => [p, 'Đã gửi']));
    expect(tabRows(addOn, INCIDENTS)).toEqual([]);
  });

  it('the row being sent deleted: nothing written to another row, nothing appended, an incident says which', () => {
    const addOn = threeQueued();
    addOn.runtime.faults.duringCall(SEND, () => outboxTab(addOn).deleteRow(2));
    runTrigger(addOn, 'sendQueuedMail');
    expect(sentTo(addOn)).toEqual(people); // the first had gone already; the others are marked in their rows
    expect(statuses(addOn)).toEqual(people.slice(1).map((p) => [p, 'Đã gửi']));
    const incidents = tabRows(addOn, INCIDENTS);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.slice(1, 3)).toEqual(['Hộp thư đi', expect.stringMatching(/^needs_fix\|VT-/)]);
    expect(String(incidents[0]![3])).toContain('«Đã gửi» chưa ghi');
    runTrigger(addOn, 'sendQueuedMail');
    expect(sentTo(addOn)).toHaveLength(3);
  });
});
