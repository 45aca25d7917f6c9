// The daily trigger of the guidance's recipients, through the bundle: before the week starts, the radio its script
// and every unit (in Bcc batches) the flag-ceremony stories not told yet, from any accepted deed, each recorded once
// in «Chuyện kể dưới cờ»; in early May, the 19/5 list with each performer's history for Ban Thường vụ.
import { ADMIN, REVIEWER } from '../../local/flows';
import type { AddOn } from '../../local/addon';
import { SAMPLE_UNITS } from '../../local/demo';
import type { LadderView, Suggestion } from '#contract';
import { okValue, sidebarCall, tabRows, withoutUnitAddresses } from '../helpers';
import { INCIDENTS, fire, putDeeds, setSetting, sheetAt } from './reporting-fixtures';
import type { DeedSpec } from './reporting-fixtures';
import { FLAG_STORIES } from '../../src/domain/tabs';

const HANDLER = 'sendRecipientMail';
const RADIO = 'dai@example.org';
const BTV = 'btv@example.org';
const FRIDAY = '2026-11-27T15:00:00+07:00'; // the coming week is 2026-W49, 30/11–06/12

function at(addOn: AddOn, when: string) {
  addOn.runtime.clock.set(new Date(when));
  return fire(addOn, HANDLER);
}
const unitAt = (code: string) => SAMPLE_UNITS.findIndex((u) => u.code === code);
const mails = (addOn: AddOn, subject: RegExp) => addOn.runtime.mail.sent.filter((m) => subject.test(m.subject));

function sheet(specs: DeedSpec[]): AddOn {
  const addOn = sheetAt('2026-11-20T09:00:00+07:00');
  setSetting(addOn, 'Email Đài Truyền thanh (nhận kịch bản phát thanh mỗi tuần)', RADIO);
  putDeeds(addOn, specs);
  return addOn;
}

describe('before the week starts', () => {
  it('sends the radio its script and every unit the stories not told yet, each story once', () => {
    const addOn = sheet([
      {
        doneOn: '2026-11-24',
        radioWeek: '2026-W49',
        title: 'Cứu người đuối nước',
        description: 'Anh Tư lao xuống sông cứu em bé bị đuối nước.',
      },
      { doneOn: '2026-11-25', radioWeek: '2026-W49', title: 'Sửa đường cho dân', unit: 2 },
      { doneOn: '2026-11-25', radioWeek: '2026-W50', title: 'Tuần sau nữa' },
      { doneOn: '2026-09-03', flagStory: true, title: 'Chuyện tháng chín', unit: 3 }, // old, never told
      { doneOn: '2026-11-26', flagStory: true, title: 'Chuyện tuần này', unit: 4 },
      { doneOn: '2026-11-26', flagStory: true, title: 'Chưa duyệt', status: 'moi' },
    ]);
    expect(at(addOn, '2026-11-26T15:00:00+07:00').error).toBeUndefined(); // Thursday: nothing due
    expect(addOn.runtime.mail.sent).toHaveLength(0);

    expect(at(addOn, FRIDAY).error).toBeUndefined();
    const [radio, ...moreRadio] = mails(addOn, /^Kịch bản phát thanh/);
    expect(moreRadio).toHaveLength(0);
    expect(radio!.to).toBe(RADIO);
    expect(radio!.subject).toBe('Kịch bản phát thanh Tuần 49 (30/11–06/12): 2 mô hình');
    expect(radio!.body).toContain('Kính thưa quý vị thính giả!');
    expect(radio!.body).toContain('lao xuống sông cứu em bé');
    expect(radio!.body).not.toContain('Tuần sau nữa');

    const stories = mails(addOn, /^Chuyện kể dưới cờ/);
    expect(stories).toHaveLength(1); // 48 units: one Bcc batch
    expect(stories[0]!.bcc!.split(',')).toHaveLength(SAMPLE_UNITS.length);
    expect(stories[0]!.to).toBe(stories[0]!.from); // the sender itself: no unit sees the others' addresses
    expect(stories[0]!.body).toContain('Chuyện tháng chín');
    expect(stories[0]!.body).toContain('Chuyện tuần này');
    expect(stories[0]!.body).not.toContain('Chưa duyệt');
    const told = tabRows(addOn, FLAG_STORIES.name);
    expect(told.map((r) => [r[1], r[2]])).toEqual([
      ['Tuần 49 (30/11–06/12/2026)', 'Chuyện tháng chín'],
      ['Tuần 49 (30/11–06/12/2026)', 'Chuyện tuần này'],
    ]);

    // Later the same day, nothing twice; the next Friday, a told story is not told again.
    const count = addOn.runtime.mail.sent.length;
    at(addOn, '2026-11-27T16:00:00+07:00');
    expect(addOn.runtime.mail.sent).toHaveLength(count);
    putDeeds(addOn, [{ doneOn: '2026-12-01', flagStory: true, title: 'Chuyện mới' }]);
    at(addOn, '2026-12-04T15:00:00+07:00');
    const next = mails(addOn, /^Chuyện kể dưới cờ/).slice(1);
    expect(next).toHaveLength(1);
    expect(next[0]!.body).toContain('Chuyện mới');
    expect(next[0]!.body).not.toContain('Chuyện tháng chín');
    expect(tabRows(addOn, FLAG_STORIES.name)).toHaveLength(3);
  });

  it('sends the stories to the base committees, asked to pass them on, when the quota cannot reach every unit', () => {
    const addOn = sheet([{ doneOn: '2026-11-26', flagStory: true, title: 'Chuyện tuần này' }]);
    addOn.runtime.clock.set(new Date(FRIDAY));
    addOn.runtime.setUser(ADMIN); // the triggers' owner, whose quota they spend
    addOn.runtime.faults.mailQuotaLeft(48);
    expect(fire(addOn, HANDLER).error).toBeUndefined();
    const [mail] = mails(addOn, /^Chuyện kể dưới cờ/);
    expect(mail!.bcc!.split(',')).toHaveLength(SAMPLE_UNITS.length - 3);
    expect(mail!.body).toContain('đề nghị chuyển tiếp cho các chi bộ, đơn vị trực thuộc');
  });
});

describe('flag stories when no unit has an address', () => {
  it('records none as told, tells the reviewers and admins, and sends them once the addresses are there', () => {
    const addOn = withoutUnitAddresses(sheet([{ doneOn: '2026-11-26', flagStory: true, title: 'Chuyện tuần này' }]));
    expect(at(addOn, FRIDAY).error).toBeUndefined();
    expect(mails(addOn, /^Chuyện kể dưới cờ/)).toHaveLength(0);
    expect(tabRows(addOn, FLAG_STORIES.name)).toHaveLength(0);
    const [incident, ...more] = tabRows(addOn, INCIDENTS);
    expect(more).toHaveLength(0);
    expect(String(incident![3])).toContain('1 chuyện kể dưới cờ chưa gửi được: không đơn vị nào có email');
    expect(mails(addOn, /Chuyện kể dưới cờ/).map((m) => m.to)).toEqual([expect.stringContaining(REVIEWER)]);

    addOn.runtime.userEdit('Đơn vị', 'E2', 'chibo@example.org', { user: ADMIN });
    expect(at(addOn, '2026-12-04T15:00:00+07:00').error).toBeUndefined();
    const [sent] = mails(addOn, /^Chuyện kể dưới cờ/);
    expect(sent!.bcc).toBe('chibo@example.org');
    expect(sent!.body).toContain('Chuyện tuần này');
    expect(tabRows(addOn, FLAG_STORIES.name).map((r) => r[1])).toEqual(['Tuần 50 (07/12–13/12/2026)']);
  });
});

describe('the 19/5 list', () => {
  it('goes to Ban Thường vụ once in early May, with the accepted proposals and each performer’s history', () => {
    const addOn = sheetAt('2027-04-20T09:00:00+07:00');
    setSetting(addOn, 'Email Ban Thường vụ (nhận danh sách đề nghị Giấy khen, gương điển hình)', BTV);
    putDeeds(
      addOn,
      ['2026-06-02', '2026-08-09', '2026-10-11', '2027-03-12'].map((doneOn) => ({
        doneOn,
        performerName: 'Trần Văn Năm',
        title: `Giúp dân ngày ${doneOn}`,
      })),
    );
    const view = okValue(sidebarCall<LadderView>(addOn, REVIEWER, 'refreshLadder'));
    const model = view.suggestions.find((s) => s.kind === 'guong_dien_hinh') as Suggestion;
    okValue(sidebarCall(addOn, REVIEWER, 'decideSuggestion', { key: model.key, accept: true }));

    at(addOn, '2027-05-04T15:00:00+07:00'); // before the organisation's day (5 May)
    expect(mails(addOn, /19\/5/)).toHaveLength(0);
    at(addOn, '2027-05-05T15:00:00+07:00');
    at(addOn, '2027-05-06T15:00:00+07:00');
    const [list, ...again] = mails(addOn, /19\/5/);
    expect(again).toHaveLength(0);
    expect(list!.to).toBe(BTV);
    expect(list!.subject).toBe('Đề nghị dịp 19/5/2027: 0 Giấy khen, 1 gương điển hình');
    expect(list!.body).toContain('Trần Văn Năm');
    expect(list!.body).toContain('Quá trình: 4 việc tốt đã duyệt');
    expect(list!.body).toContain('Giúp dân ngày 2026-06-02');
    expect(list!.body).toContain('Ngưỡng do tổ chức chọn (Hướng dẫn không quy định)');
    expect(tabRows(addOn, INCIDENTS)).toHaveLength(0);
  });
});

describe('the Kỷ yếu', () => {
  it('compiles the honours year’s gương điển hình and chosen deeds by loại hình, as a PDF for the reviewers, once', () => {
    const addOn = sheetAt('2027-05-10T09:00:00+07:00');
    putDeeds(addOn, [
      { doneOn: '2026-12-01', guongDienHinh: true, title: 'Mười năm dạy chữ miễn phí', unit: unitAt('CB-PGD') },
      { doneOn: '2027-02-01', kyYeu: true, title: 'Tuần tra đêm giữ bình yên', unit: unitAt('DB-CONGAN') },
      { doneOn: '2026-04-01', kyYeu: true, title: 'Năm trước: không vào' },
      { doneOn: '2027-03-01', title: 'Không được chọn' },
    ]);
    at(addOn, '2027-05-19T15:00:00+07:00');
    expect(mails(addOn, /^Kỷ yếu/)).toHaveLength(0);
    at(addOn, '2027-05-20T15:00:00+07:00');
    at(addOn, '2027-05-21T15:00:00+07:00');
    const [book, ...again] = mails(addOn, /^Kỷ yếu/);
    expect(again).toHaveLength(0);
    expect(book!.to.split(',')).toContain(REVIEWER); // the reviewers of «Cấu hình»
    expect(book!.subject).toBe('Kỷ yếu 2026–2027: 2 mô hình hay, việc làm tốt (tệp PDF đính kèm)');
    expect(book!.attachments!.map((a) => [a.name, a.mimeType])).toEqual([['Ky-yeu-2027.pdf', 'application/pdf']]);
    const text = book!.attachments![0]!.text;
    const order = [
      'Cơ quan hành chính, đơn vị sự nghiệp',
      'Gương điển hình: Mười năm dạy chữ miễn phí',
      'Khối nội chính',
      'Tuần tra đêm giữ bình yên',
    ];
    expect(order.map((t) => text.indexOf(t))).toEqual([...order.map((t) => text.indexOf(t))].sort((a, b) => a - b));
    expect(order.every((t) => text.includes(t))).toBe(true);
    expect(text).not.toContain('Năm trước');
    expect(text).not.toContain('Không được chọn');
  });

  it('says, when the PDF cannot be made, what the Kỷ yếu holds and where — not a word of certificates', () => {
    const addOn = sheetAt('2027-05-10T09:00:00+07:00');
    putDeeds(addOn, [{ doneOn: '2026-12-01', guongDienHinh: true, title: 'Mười năm dạy chữ miễn phí' }]);
    addOn.runtime.faults.failPdfConversions(1);
    at(addOn, '2027-05-20T15:00:00+07:00');
    const [book] = mails(addOn, /^Kỷ yếu/);
    expect(book!.attachments ?? []).toHaveLength(0);
    expect(book!.body).toContain('không đính kèm được tệp Kỷ yếu (PDF)');
    expect(book!.body).toContain('làm từ 20/05/2026 đến 19/05/2027');
    expect(book!.body).not.toMatch(/Thư khen|Giấy khen|Xem bản in/);
  });
});
