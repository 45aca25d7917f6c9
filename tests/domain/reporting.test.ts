// Reporting's pure parts: the one HTML escape (hostile strings, and a property over any string), the email's
// caps under its size budget, months typed by people, and the week before a Monday.
import fc from 'fast-check';
import { monthSelection, mondayOfWeekKey, parseMonthInput, previousWeek, upcomingWeek } from '../../src/domain/summary';
import { closingDay } from '../../src/domain/calendar';
import { escapeHtml, utf8Length } from '../../src/shared/escape';
import { EMAIL_BUDGET_BYTES, render } from '../../src/ui/reportEmail';
import type { MailDoc } from '../../src/ui/reportEmail';

const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["' onmouseover='alert(1)", '&#39; onmouseover=&#39;alert(1)'],
    ['&lt; already escaped', '&amp;lt; already escaped'],
    ['</textarea><svg/onload=alert(1)>', '&lt;/textarea&gt;&lt;svg/onload=alert(1)&gt;'],
    ['javascript:alert(1)', 'javascript:alert(1)'], // not markup: harmless as text; links come from the code only
    ['Nguyễn Văn Tư — «Trả lại ví»', 'Nguyễn Văn Tư — «Trả lại ví»'],
    [null, ''],
    [42, '42'],
  ])('%p', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('leaves no character that could open a tag or end an attribute, and loses nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(unescape(out)).toBe(s);
      }),
    );
  });

  it('counts UTF-8 bytes as Gmail does', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('Việt')).toBe(Buffer.byteLength('Việt'));
    expect(utf8Length('🙂')).toBe(4);
  });
});

describe('the email’s size budget', () => {
  it('shortens the lists until the HTML fits, and says how many are left out', () => {
    const item = { head: 'Đ'.repeat(500), meta: 'm'.repeat(500), note: 'n'.repeat(1000) };
    const doc: MailDoc = {
      kicker: 'k',
      title: 't',
      subtitle: 's',
      figures: [],
      sections: [
        { title: 'Danh sách', items: Array.from({ length: 5000 }, () => item), more: (n) => `và ${n} việc khác` },
      ],
      footer: [],
    };
    const tight = render(doc, 'subject', 10_000);
    const roomy = render(doc, 'subject');
    for (const mail of [tight, roomy]) {
      expect(utf8Length(mail.htmlBody)).toBeLessThanOrEqual(EMAIL_BUDGET_BYTES);
      const shown = mail.htmlBody.split('border-left:').length - 1;
      const hidden = Number(/và (\d+) việc khác/.exec(mail.htmlBody)?.[1]);
      expect(shown + hidden).toBe(5000);
      expect(mail.body).toContain(`và ${hidden} việc khác`);
    }
    expect(utf8Length(tight.htmlBody)).toBeLessThanOrEqual(10_000);
    expect(tight.htmlBody.length).toBeLessThan(roomy.htmlBody.length);
  });
});

describe('months and weeks', () => {
  it.each([
    ['11/2026', '2026-11'],
    ['1/2027', '2027-01'],
    [' 03-2026 ', '2026-03'],
    ['2026-11', '2026-11'],
    ['13/2026', undefined],
    ['11/26', undefined],
    ['', undefined],
  ])('reads %p as %p', (typed, key) => {
    expect(parseMonthInput(typed)).toBe(key);
  });

  it('finds the Monday of a week key, and refuses what is not one', () => {
    expect(mondayOfWeekKey('2026-W48')).toEqual({ year: 2026, month: 11, day: 23 });
    expect(mondayOfWeekKey('2026-W01')).toEqual({ year: 2025, month: 12, day: 29 });
    expect(mondayOfWeekKey('2026-11')).toBeUndefined();
  });

  it('takes the week that ended before this one, across a year boundary', () => {
    expect(previousWeek({ year: 2026, month: 11, day: 30 }).key).toBe('2026-W48');
    expect(previousWeek({ year: 2027, month: 1, day: 4 })).toEqual(
      expect.objectContaining({ key: '2026-W53', first: { year: 2026, month: 12, day: 28 }, ended: true }),
    );
  });

  it('the digest is for the week in progress until Thursday, then for the next one', () => {
    const key = (day: number, month = 11, year = 2026) => upcomingWeek({ year, month, day }).key;
    expect([key(30), key(3, 12), key(4, 12), key(6, 12)]).toEqual(['2026-W49', '2026-W49', '2026-W50', '2026-W50']);
    expect(key(1, 1, 2027)).toBe('2027-W01'); // Friday 1 January 2027: the week of 4 January
  });

  it('gives a month the weeks whose Thursday it holds; closes it on the 1st plus the grace days', () => {
    const weeks = monthSelection('2026-11', { year: 2026, month: 12, day: 10 }).weeks;
    expect(weeks.map((w) => [w.key, w.owned])).toEqual([
      ['2026-W44', false],
      ['2026-W45', true],
      ['2026-W46', true],
      ['2026-W47', true],
      ['2026-W48', true],
      ['2026-W49', false],
    ]);
    expect(closingDay('2026-12', 3)).toEqual({ year: 2027, month: 1, day: 4 });
    expect(closingDay('2026-11', 0)).toEqual({ year: 2026, month: 12, day: 1 });
  });
});
