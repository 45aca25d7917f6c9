// The monthly summary through the built bundle: which deeds count (months and weeks in Asia/Ho_Chi_Minh),
// the tab's blocks and charts, one tab and one email per month, a forced resend, the menu's preview.
import { DEED } from '../../src/domain/tabs';
import { tabRows } from '../helpers';
import {
  INCIDENTS,
  LEADER,
  SENT_LOG,
  block,
  figure,
  leadershipMails,
  monthlyAt,
  putDeeds,
  putRows,
  deedRow,
  sheetAt,
  tabNames,
  values,
} from './reporting-fixtures';

const NOV = 'Tổng hợp 11/2026';
const OCT = 'Tổng hợp 10/2026';
const coverage = (addOn: ReturnType<typeof sheetAt>, tab: string) => block(addOn, tab, /^Độ phủ theo tuần/);

describe('which deeds count', () => {
  it('counts a deed done on the 31st in its month when the job runs at 00:30 on the 1st (Asia/Ho_Chi_Minh)', () => {
    const addOn = sheetAt('2026-10-30T09:00:00+07:00');
    putDeeds(addOn, [{ doneOn: '2026-10-31', title: 'Việc ngày 31' }, { doneOn: '2026-10-05' }]);
    // 00:30 on 1 November in Vietnam is still 31 October in UTC: the job must sum October up, not September.
    expect(monthlyAt(addOn, '2026-11-01T00:30:00+07:00').error).toBeUndefined();
    expect(tabNames(addOn)).toContain(OCT);
    expect(tabNames(addOn).filter((n) => n.startsWith('Tổng hợp'))).toEqual([OCT]);
    expect(figure(addOn, OCT, 'Việc tốt trong tháng')).toBe(2);
    const thuKhen = block(addOn, OCT, /^Đề nghị .* Thư khen/);
    expect(thuKhen[0]![0]).toBe('Đề nghị Thường trực Huyện ủy tặng Thư khen (0)');
  });

  it('leaves out rejected deeds and keeps the ones still under review, and says so in the tab', () => {
    const addOn = sheetAt('2026-11-20T09:00:00+07:00');
    putDeeds(addOn, [
      { doneOn: '2026-11-03' },
      { doneOn: '2026-11-04', status: 'tu_choi' },
      { doneOn: '2026-11-05', status: 'moi' },
      { doneOn: '2026-11-06', status: 'can_bo_sung' },
    ]);
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    expect(figure(addOn, NOV, 'Việc tốt trong tháng')).toBe(3);
    expect(figure(addOn, NOV, 'Đã duyệt')).toBe(1);
    expect(figure(addOn, NOV, 'Chưa duyệt xong')).toBe(2);
    expect(String(values(addOn, NOV)[2]![0])).toMatch(/không tính việc «Từ chối»/);
  });

  it('shows a week that spans two months in both grids, each with only its own month’s deeds', () => {
    const addOn = sheetAt('2026-10-26T09:00:00+07:00', { graceDays: 1 });
    // Week 44 of 2026 runs from Monday 26 October to Sunday 1 November; October closes on 2 November.
    putDeeds(addOn, [
      { doneOn: '2026-10-28', unit: 0 },
      { doneOn: '2026-11-01', unit: 0 },
      { doneOn: '2026-10-29', unit: 1 },
    ]);
    monthlyAt(addOn, '2026-11-02T06:00:00+07:00');
    monthlyAt(addOn, '2026-12-02T06:00:00+07:00');
    const [octGrid, novGrid] = [coverage(addOn, OCT), coverage(addOn, NOV)];
    const col = (grid: unknown[][], label: RegExp) => grid[1]!.findIndex((h) => label.test(String(h)));
    const row = (grid: unknown[][], unit: string) => grid.find((r) => r[0] === unit)!;
    const [a, b, c] = ['Đảng bộ thị trấn Củ Chi', 'Đảng bộ xã An Nhơn Tây', 'Đảng bộ xã An Phú'];
    expect(octGrid[1]![col(octGrid, /^Tuần 44/)]).toBe('Tuần 44 (26/10–31/10)');
    // Week 44's Thursday (29/10) is in October: the week is October's; November shows it, never as missed.
    expect(novGrid[1]![col(novGrid, /^Tuần 44/)]).toBe('Tuần 44 (01/11) — tính vào tháng kề');
    expect(row(octGrid, a)[col(octGrid, /^Tuần 44/)]).toBe(1);
    expect(row(novGrid, a)[col(novGrid, /^Tuần 44/)]).toBe(1);
    // Unit b did its deed of week 44 in October: November shows it, and does not count the week as missed.
    expect(row(novGrid, b)[col(novGrid, /^Tuần 44/)]).toBe('0*');
    expect(row(novGrid, c)[col(novGrid, /^Tuần 44/)]).toBe('');
    expect(row(octGrid, c)[col(octGrid, /^Tuần 44/)]).toBe('–'); // October counts it
    const missed = (grid: unknown[][], unit: string) => row(grid, unit)[2];
    expect(missed(novGrid, b)).toBe(missed(novGrid, a));
    expect(missed(novGrid, c)).toBe(missed(novGrid, a));
    expect(missed(octGrid, c)).toBe(Number(missed(octGrid, a)) + 1);
    // Units that missed the most weeks come first.
    const counts = novGrid.slice(2, -1).map((r) => Number(r[2]));
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(block(addOn, NOV, 'Theo tuần').find((r) => String(r[0]).startsWith('Tuần 44'))![1]).toBe(1);
  });

  it('has a column for each of the five Mondays of a month, and leaves unfinished weeks unjudged', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00'); // November 2026: Mondays 2, 9, 16, 23 and 30
    putDeeds(addOn, [{ doneOn: '2026-11-30', unit: 0 }]);
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    const grid = coverage(addOn, NOV);
    expect(grid[1]!.slice(3)).toEqual([
      'Tuần 44 (01/11) — tính vào tháng kề',
      'Tuần 45 (02/11–08/11)',
      'Tuần 46 (09/11–15/11)',
      'Tuần 47 (16/11–22/11)',
      'Tuần 48 (23/11–29/11)',
      'Tuần 49 (30/11) — tính vào tháng kề',
    ]);
    // Weeks 44 and 49 are October's and December's (their Thursdays): November judges its own four.
    const other = grid.find((r) => r[0] === 'Đảng bộ xã An Phú')!;
    expect(other.slice(3)).toEqual(['', '–', '–', '–', '–', '']);
    expect(other[2]).toBe(4);
  });
});

describe('the tab', () => {
  it('has the totals, the proposal lists for leadership, media against the target and three charts', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00');
    putDeeds(addOn, [
      { doneOn: '2026-11-03', thuKhen: true, note: 'Kịp thời, dân ghi nhận.', title: 'Cứu người đuối nước' },
      { doneOn: '2026-11-04', thuKhen: true, status: 'moi', title: 'Chưa duyệt: không vào danh sách' },
      { doneOn: '2026-11-05', giayKhen: true, unit: 3, title: 'Ba năm giữ sạch kênh' },
      { doneOn: '2026-11-10', radioWeek: '2026-W46', unit: 4 },
      { doneOn: '2026-10-20', radioWeek: '2026-W46', unit: 5, title: 'Việc tháng trước, phát thanh tuần 46' },
      { doneOn: '2026-11-11', bulletinMonth: '2026-11', flagStory: true, unit: 6 },
    ]);
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    expect(
      block(addOn, NOV, /tặng Thư khen/)
        .slice(1)
        .map((r) => r.slice(0, 6)),
    ).toEqual([
      ['Việc tốt', 'Đơn vị', 'Người thực hiện', 'Ngày', 'Ghi chú người duyệt', 'Mã'],
      [
        'Cứu người đuối nước',
        'Đảng bộ thị trấn Củ Chi',
        'Nguyễn Văn Tư',
        '03/11/2026',
        'Kịp thời, dân ghi nhận.',
        expect.stringMatching(/^VT-/),
      ],
    ]);
    expect(block(addOn, NOV, /tặng Giấy khen/)[2]![0]).toBe('Ba năm giữ sạch kênh');
    expect(block(addOn, NOV, /^Đề nghị Ban Thường vụ Huyện ủy tặng Giấy khen \(1\)$/)).toHaveLength(3);
    const week46 = block(addOn, NOV, 'Theo tuần').find((r) => String(r[0]).startsWith('Tuần 46'))!;
    expect(week46.slice(1, 4)).toEqual([2, 2, 2]); // November's deeds of week 46; radio picks (one from October); target
    expect(
      block(addOn, NOV, /^Phát thanh/)
        .slice(2)
        .map((r) => r[1]),
    ).toContain('Việc tháng trước, phát thanh tuần 46');
    expect(block(addOn, NOV, /^Bản tin tháng \(1\)/)).toHaveLength(3);
    expect(block(addOn, NOV, /^Chuyện kể dưới cờ \(1\)/)).toHaveLength(3);
    expect(figure(addOn, NOV, 'Đơn vị chưa báo cáo')).toBe(44);
    const sheet = addOn.runtime.spreadsheet.getSheetByName(NOV)!;
    const charts = sheet.getCharts();
    expect(charts.map((c) => c.getOptions().get('title'))).toEqual([
      'Việc tốt theo tuần',
      'Việc tốt theo lĩnh vực',
      'Việc tốt theo loại hình',
    ]);
    expect(charts[0]!.getContainerInfo().getAnchorRow()).toBeLessThan(40); // near the top, where people look
  });

  it('writes hostile text as text: no formula in the tab', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00');
    putDeeds(addOn, [{ doneOn: '2026-11-03', thuKhen: true, title: '=IMPORTXML("http://evil.example","//a")' }]);
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    const range = addOn.runtime.spreadsheet.getSheetByName(NOV)!.getDataRange();
    expect(
      range
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(range.getValues().flat()).toContain('=IMPORTXML("http://evil.example","//a")');
  });
});

describe('once per month', () => {
  it('sends the final once; a later run neither rebuilds the month nor emails again', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00');
    putDeeds(addOn, [{ doneOn: '2026-11-03' }]);
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    const sheetsBefore = tabNames(addOn).length;
    putDeeds(addOn, [{ doneOn: '2026-11-30', title: 'Báo cáo muộn' }]);
    monthlyAt(addOn, '2026-12-02T06:00:00+07:00');
    expect(tabNames(addOn).filter((n) => n.includes('11/2026'))).toEqual([NOV]);
    expect(tabNames(addOn)).toHaveLength(sheetsBefore);
    expect(figure(addOn, NOV, 'Việc tốt trong tháng')).toBe(1); // the late one goes to December's email
    expect(leadershipMails(addOn)).toHaveLength(1);
    expect(
      values(addOn, SENT_LOG)
        .slice(1)
        .map((r) => r.slice(0, 6)),
    ).toEqual([['monthly|2026-11', 'Tổng hợp tháng', LEADER, expect.anything(), 'Đã gửi', '']]);
    expect(tabRows(addOn, INCIDENTS)).toEqual([]); // set-up makes the tab (to protect it): no row in it
  });
});

describe('the email', () => {
  it('is phone-sized HTML with a plain-text twin, the figures, the proposals and a link to the tab', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00');
    putDeeds(addOn, [
      // Marked for leadership: an internal note stays out (tests/app/retention.test.ts).
      { doneOn: '2026-11-03', thuKhen: true, title: 'Cứu người đuối nước', note: '[LĐ] Đề nghị khen.' },
      { doneOn: '2026-11-05', giayKhen: true, title: 'Ba năm giữ sạch kênh' },
    ]);
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    const [mail] = leadershipMails(addOn);
    const gid = addOn.runtime.spreadsheet.getSheetByName(NOV)!.getSheetId();
    expect(mail!.subject).toBe('[Việc tốt] Tổng hợp tháng 11/2026: 2 việc tốt, 1 đề nghị Thư khen, 1 Giấy khen');
    expect(mail!.htmlBody).toContain(`${addOn.runtime.spreadsheet.getUrl()}#gid=${gid}`);
    expect(mail!.htmlBody).toContain('width=device-width');
    expect(mail!.htmlBody).not.toMatch(/<style|class=/); // inline styles only
    for (const text of ['Cứu người đuối nước', 'Ghi chú: Đề nghị khen.', 'Ba năm giữ sạch kênh', 'Đơn vị thiếu tuần']) {
      expect(mail!.htmlBody).toContain(text);
      expect(mail!.body).toContain(text);
    }
    expect(mail!.name).toBe('Ban Tuyên giáo Huyện ủy');
  });

  it('shows what came from a form as text: a <script> title is escaped', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00');
    const hostile = '<script>alert(1)</script> giúp dân';
    const note = '"><img src=x onerror=alert(2)> & co';
    const marked = `[LĐ] ${note}`; // for leadership, so the email carries it
    putDeeds(addOn, [
      { doneOn: '2026-11-03', thuKhen: true, title: hostile, note: marked, performerName: "O'Brien <b>" },
    ]);
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    const [mail] = leadershipMails(addOn);
    expect(mail!.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt; giúp dân');
    expect(mail!.htmlBody).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; co');
    expect(mail!.htmlBody).toContain('O&#39;Brien &lt;b&gt;');
    expect(mail!.htmlBody).not.toMatch(/<script|<img|<b>/i);
    expect(mail!.body).toContain(hostile); // the plain-text twin shows it as typed
  });

  it('stays under Gmail’s clipping size with 2,000 proposals, and points to the tab for the rest', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00');
    const long = 'Giúp đỡ gia đình chính sách sửa nhà, dọn vườn và chăm sóc người già neo đơn '.repeat(4);
    putRows(
      addOn,
      Array.from({ length: 2000 }, (_, i) =>
        deedRow({
          doneOn: `2026-11-${String(1 + (i % 30)).padStart(2, '0')}`,
          unit: i % 48,
          thuKhen: true,
          title: long,
          note: `[LĐ] ${long}`,
        }),
      ),
    );
    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    const [mail] = leadershipMails(addOn);
    expect(Buffer.byteLength(mail!.htmlBody!)).toBeLessThan(102_000);
    expect(mail!.htmlBody).toMatch(/và \d+ việc khác — xem trong tab/);
    expect(mail!.body).toMatch(/và \d+ việc khác — xem trong tab/);
    expect(block(addOn, NOV, /tặng Thư khen \(2000\)/)).toHaveLength(2002); // the tab has them all
    const ids = values(addOn, DEED.name)
      .slice(1)
      .map((r) => r[DEED.col.id]);
    expect(
      new Set(
        block(addOn, NOV, /tặng Thư khen/)
          .slice(2)
          .map((r) => r[5]),
      ),
    ).toEqual(new Set(ids));
  });
});
