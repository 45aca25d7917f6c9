// The monthly job, through the bundle, sends each recipient of the guidance (section III) what is theirs: Thường
// trực the Thư khen list, each base committee its own month (when the organisation chose so), the bulletin's
// editor the month's texts — and nothing more than leadership's summary while those settings are empty.
import { SAMPLE_UNITS } from '../../local/demo';
import { LEADER, monthlyAt, putDeeds, setSetting, sheetAt } from './reporting-fixtures';
import type { AddOn } from '../../local/addon';

const at = (code: string) => SAMPLE_UNITS.findIndex((u) => u.code === code);
const sentTo = (addOn: AddOn, address: string) =>
  addOn.runtime.mail.sent.filter((m) => m.to.split(',').includes(address));

function november(): AddOn {
  const addOn = sheetAt('2026-11-02T09:00:00+07:00');
  putDeeds(addOn, [
    { doneOn: '2026-11-03', thuKhen: true, title: 'Cứu người đuối nước', unit: at('CB-TUPHAP') },
    { doneOn: '2026-11-04', giayKhen: true, title: 'Ba năm giữ sạch kênh', unit: at('DB-UBND') },
    {
      doneOn: '2026-11-05',
      bulletinMonth: '2026-11',
      title: 'Sửa nhà cho bà Tư',
      unit: at('X-ANPHU'),
      description: 'Chi đoàn ấp Phú Lợi góp công sửa mái nhà dột cho bà Nguyễn Thị Tư, neo đơn, trước mùa mưa.',
    },
  ]);
  return addOn;
}

describe('each recipient what is theirs, every month', () => {
  it('sends only leadership’s summary while no recipient is set', () => {
    const addOn = november();
    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    expect(addOn.runtime.mail.sent.map((m) => m.to)).toEqual([LEADER]);
  });

  it('sends Thường trực its Thư khen list and the bulletin’s editor the month’s texts', () => {
    const addOn = november();
    setSetting(addOn, 'Email Thường trực (nhận danh sách đề nghị Thư khen)', 'thuongtruc-hu@example.org');
    setSetting(addOn, 'Email biên tập Bản tin (nhận bài Bản tin mỗi tháng)', 'bantin@example.org');
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    const [thuKhen, ...more] = sentTo(addOn, 'thuongtruc-hu@example.org');
    expect(more).toHaveLength(0);
    expect(thuKhen!.subject).toBe('Đề nghị tặng Thư khen tháng 11/2026: 1 việc tốt');
    expect(thuKhen!.body).toContain('Cứu người đuối nước');
    expect(thuKhen!.body).not.toContain('Ba năm giữ sạch kênh'); // a Giấy khen goes to Ban Thường vụ, around 19/5
    const [bulletin] = sentTo(addOn, 'bantin@example.org');
    expect(bulletin!.subject).toBe('Bài Bản tin tháng 11/2026: 1 mô hình hay, việc làm tốt');
    expect(bulletin!.body).toMatch(/sửa mái nhà dột cho bà Nguyễn Thị Tư/);
    // A second run sends none of them again.
    const count = addOn.runtime.mail.sent.length;
    monthlyAt(addOn, '2026-12-01T07:00:00+07:00');
    expect(addOn.runtime.mail.sent).toHaveLength(count);
  });

  it('sends each base committee its own month, its chi bộ rolled in, when the organisation chose so', () => {
    const addOn = november();
    setSetting(addOn, 'Gửi tổng hợp tháng cho từng cơ sở (Có/Không)', 'Có');
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    const ubnd = SAMPLE_UNITS[at('DB-UBND')]!;
    const unitEmail = (code: string) =>
      String(
        addOn.runtime.spreadsheet
          .getSheetByName('Đơn vị')!
          .getDataRange()
          .getValues()
          .find((r) => r[0] === code)![4],
      );
    const [mail, ...more] = sentTo(addOn, unitEmail('DB-UBND'));
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`Tổng hợp «Mỗi tuần làm một việc tốt» tháng 11/2026 — ${ubnd.name}`);
    expect(mail!.body).toContain(
      `Trong tháng 11/2026, thực hiện phong trào «Mỗi tuần làm một việc tốt», ${ubnd.name} có 2/4 đơn vị báo cáo với 2 việc tốt; đề nghị tặng Thư khen 1 việc, Giấy khen 1 việc.`,
    );
    expect(mail!.body).toContain('Chi bộ Phòng Tài nguyên và Môi trường'); // silent, under DB-UBND
    expect(mail!.body).not.toContain('Sửa nhà cho bà Tư'); // another base committee's deed
    expect(sentTo(addOn, unitEmail('CB-TUPHAP'))).toHaveLength(0); // a chi bộ reports through its base committee
    expect(addOn.runtime.mail.sent.filter((m) => m.subject.startsWith('Tổng hợp «'))).toHaveLength(
      SAMPLE_UNITS.length - 3,
    );
  });
});

describe('thresholds the guidance does not set', () => {
  it('are labelled in «Cấu hình» as the organisation’s own choice, also in a sheet set up before', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00');
    const sheet = addOn.runtime.spreadsheet.getSheetByName('Cấu hình')!;
    const row = () =>
      sheet
        .getDataRange()
        .getValues()
        .find((r) => r[0] === 'Số tháng tối thiểu để đề nghị Giấy khen')!;
    const at =
      sheet
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 'Số tháng tối thiểu để đề nghị Giấy khen') + 1;
    sheet.getRange(at, 3).setValue(''); // as an older version left it
    addOn.call('menuSetup');
    expect(String(row()[2])).toMatch(/^Lựa chọn của tổ chức: Hướng dẫn chỉ nói «thời gian dài»/);
    const labels = sheet
      .getDataRange()
      .getValues()
      .map((r) => [r[0], r[2]]);
    for (const label of ['Số việc tốt tối thiểu để đề cử gương điển hình', 'Số gương điển hình đề xuất tối đa mỗi năm'])
      expect(String(labels.find((r) => r[0] === label)![1])).toMatch(/^Lựa chọn của tổ chức, Hướng dẫn không quy định/);
  });
});
