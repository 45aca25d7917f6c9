// The monthly email when Apps Script cannot convert the drafts to PDF: sent without them, saying where to print them.
import * as MSG_LADDER from '../../src/shared/messages/ladder';
import * as MSG_OUTBOX from '../../src/shared/messages/outbox';
import { INCIDENTS, SENT_LOG, leadershipMails, monthlyAt, putDeeds, sheetAt, values } from './reporting-fixtures';

function monthWithProposals() {
  const addOn = sheetAt('2026-11-02T09:00:00+07:00');
  putDeeds(addOn, [
    { doneOn: '2026-11-03', thuKhen: true, title: 'Cứu người đuối nước' },
    { doneOn: '2026-11-05', giayKhen: true, title: 'Ba năm giữ sạch kênh' },
  ]);
  return addOn;
}

describe('the monthly email and the PDF conversion', () => {
  it('attaches the drafts when the conversion works', () => {
    const addOn = monthWithProposals();
    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    const [mail] = leadershipMails(addOn);
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.body).not.toContain(MSG_LADDER.draftsMissing);
  });

  it('goes without the attachment when the conversion fails, says where the drafts are, and records an incident', () => {
    const addOn = monthWithProposals();
    addOn.runtime.faults.failPdfConversions(1);
    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    const mails = leadershipMails(addOn);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.attachments ?? []).toHaveLength(0);
    expect(mail!.body).toContain(MSG_LADDER.draftsMissing);
    expect(mail!.htmlBody).toContain('«Xem bản in»');
    expect(mail!.body).toContain('Cứu người đuối nước'); // the report itself is whole
    const outbox = values(addOn, SENT_LOG).slice(1);
    expect(outbox.map((r) => [r[4], String(r[5])])).toEqual([
      [MSG_OUTBOX.status.sent, expect.stringContaining('Conversion from text/html to application/pdf failed')],
    ]);
    const incidents = values(addOn, INCIDENTS).slice(1);
    expect(incidents).toHaveLength(1);
    expect(String(incidents[0]![3])).toContain('không kèm được PDF');
    expect(String(incidents[0]![4])).toContain('«Xem bản in»');
    // Never sent twice: the next run finds it sent.
    expect(monthlyAt(addOn, '2026-12-01T07:00:00+07:00').error).toBeUndefined();
    expect(leadershipMails(addOn)).toHaveLength(1);
  });
});
