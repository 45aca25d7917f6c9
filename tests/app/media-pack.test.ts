// The media pack in Monday's digest, through the built bundle: the radio script after the picks it is made of,
// each flag-ceremony story under its deed, the warning still first, hostile text escaped, the size capped.
import type { AddOn } from '../../local/addon';
import { REVIEWER } from '../../local/flows';
import { EMAIL_BUDGET_BYTES } from '../../src/ui/reportEmail';
import { utf8Length } from '../../src/shared/escape';
import { WEEKLY_HANDLER, fire, putDeeds, sheetAt } from './reporting-fixtures';
import type { DeedSpec } from './reporting-fixtures';

const digestOf = (addOn: AddOn) => addOn.runtime.mail.sent.find((m) => m.to.includes(REVIEWER))!;

const ROOF: DeedSpec = {
  doneOn: '2026-11-24',
  unit: 0,
  title: 'Sửa nhà cho cụ bà neo đơn',
  performerName: 'Nguyễn Văn Tư',
  performerRole: 'Đảng viên',
  description: 'Anh cùng hai người con lợp lại mái nhà dột trong hai ngày cuối tuần. Anh không nhận tiền công.',
  place: 'ấp Chợ',
  beneficiaries: 'bà Nguyễn Thị Lành, 82 tuổi',
  radioWeek: '2026-W49',
};
const WALLET: DeedSpec = {
  doneOn: '2026-11-26',
  unit: 1,
  title: 'Trả lại ví nhặt được',
  performerName: 'Trần Thị Mai',
  description: 'Chị trao trả chiếc ví có 5.000.000 đồng cho người đánh rơi.',
  flagStory: true,
};

/** Last week (23–29 November) with these deeds; the clock on the Monday after. */
function weekWith(specs: DeedSpec[]): AddOn {
  const addOn = sheetAt('2026-11-23T09:00:00+07:00');
  putDeeds(addOn, specs);
  addOn.runtime.clock.set(new Date('2026-11-30T07:00:00+07:00'));
  expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
  return addOn;
}

describe('the media pack in the weekly digest', () => {
  it('carries the radio script and the flag-ceremony stories, in the HTML and in the plain text', () => {
    const { htmlBody, body } = digestOf(weekWith([ROOF, WALLET]));
    for (const text of [htmlBody!, body]) {
      expect(text).toContain('Kịch bản phát thanh tuần này');
      expect(text).toContain('Chuyên mục «Mỗi tuần làm một việc tốt» — tuần 30/11–06/12');
      expect(text).toContain('của Đảng bộ huyện Củ Chi, chuyên mục tuần này, từ ngày 30 tháng 11 đến ngày 6 tháng 12');
      expect(text).toContain(
        'Ngày 24 tháng 11, Nguyễn Văn Tư, đảng viên thuộc Đảng bộ thị trấn Củ Chi, đã có việc làm tốt tại ấp Chợ: sửa nhà cho cụ bà neo đơn. Anh cùng hai người con lợp lại mái nhà dột',
      );
      expect(text).toContain('Việc làm ấy đã giúp đỡ bà Nguyễn Thị Lành, 82 tuổi.');
      expect(text).toContain('Cảm ơn quý vị đã lắng nghe');
      expect(text).toContain('Chuyện kể dưới cờ (1)');
      expect(text).toContain('Ngày 26 tháng 11, Trần Thị Mai, thuộc');
      expect(text).toContain('5.000.000 đồng');
    }
    // The script follows the list of picks; the flag-ceremony stories follow the script.
    const at = (s: string) => htmlBody!.indexOf(s);
    expect(at('Mô hình phát thanh (1)')).toBeLessThan(at('Kịch bản phát thanh tuần này'));
    expect(at('Kịch bản phát thanh tuần này')).toBeLessThan(at('Chuyện kể dưới cờ (1)'));
  });

  it('keeps the warning first when fewer models than the target were picked', () => {
    const { htmlBody, body } = digestOf(weekWith([ROOF, WALLET]));
    for (const text of [htmlBody!, body]) {
      const warning = text.indexOf('Tuần này mới chọn 1/2 mô hình phát thanh');
      expect(warning).toBeGreaterThan(0);
      expect(warning).toBeLessThan(text.indexOf('Kịch bản phát thanh tuần này'));
      expect(warning).toBeLessThan(text.indexOf('Mô hình phát thanh (1)'));
    }
  });

  it('has no script when nothing was picked for the radio', () => {
    const { htmlBody } = digestOf(weekWith([WALLET]));
    expect(htmlBody).toContain('Tuần này mới chọn 0/2 mô hình phát thanh');
    expect(htmlBody).not.toContain('Kịch bản phát thanh tuần này');
    expect(htmlBody).toContain('Trần Thị Mai');
  });

  it('escapes hostile text in the HTML and keeps it as text in the plain part', () => {
    const { htmlBody, body } = digestOf(
      weekWith([
        {
          ...ROOF,
          title: 'Giúp cụ <script>alert(1)</script>',
          description: 'Anh giúp cụ. <img src=x onerror="alert(2)">',
          performerName: 'Tư "<b>"',
        },
        { ...WALLET, place: '</p><iframe src=//evil.example>' },
      ]),
    );
    expect(htmlBody).not.toMatch(/<script|<img|<iframe|<b>/i);
    expect(htmlBody).toContain('giúp cụ &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(htmlBody).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(htmlBody).toContain('&lt;/p&gt;&lt;iframe src=//evil.example&gt;');
    expect(body).toContain('giúp cụ <script>alert(1)</script>');
  });

  it('stays under the size budget with a flag story from every unit, and says how many were left out', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Lần thứ ${i + 1}, các bạn lại đến giúp bà con trong ấp.`);
    const stories: DeedSpec[] = Array.from({ length: 48 }, (_, i) => ({
      ...WALLET,
      unit: i,
      title: `Việc tốt số ${i + 1} của đơn vị`,
      description: long.join(' '),
      place: 'ấp Chợ',
      beneficiaries: 'các hộ khó khăn trong ấp',
    }));
    const radio: DeedSpec[] = Array.from({ length: 30 }, (_, i) => ({ ...ROOF, unit: i, description: long.join(' ') }));
    const { htmlBody, body } = digestOf(weekWith([...radio, ...stories]));
    expect(utf8Length(htmlBody!)).toBeLessThanOrEqual(EMAIL_BUDGET_BYTES);
    expect(htmlBody).toContain('và 28 câu chuyện khác: thư đã quá dài để gửi hết');
    expect(body).toContain('và 28 câu chuyện khác');
    expect(htmlBody).toContain('Cảm ơn quý vị đã lắng nghe'); // the script keeps its closing
  });
});
