// Calendar arithmetic: parsing answers, ISO weeks across year and month ends, weeks of a month.
import {
  isoWeekKey,
  isoWeekday,
  monthKey,
  monthsBetween,
  parseLocalDate,
  previousMonthKey,
  viDate,
  weeksOfMonth,
  isoDate,
} from '../../src/domain/calendar';

describe('parseLocalDate', () => {
  it.each([
    ['2026-11-27', { year: 2026, month: 11, day: 27 }],
    ['27/11/2026', { year: 2026, month: 11, day: 27 }],
    ['7/3/2026', { year: 2026, month: 3, day: 7 }],
    ['27-11-2026', { year: 2026, month: 11, day: 27 }],
    ['27.11.2026', { year: 2026, month: 11, day: 27 }],
    ['27/11/2026 23:30:00', { year: 2026, month: 11, day: 27 }],
  ])('reads %s', (text, expected) => expect(parseLocalDate(text)).toEqual(expected));

  it.each(['', '31/02/2026', '2026-13-01', 'hôm qua', '11/27/2026', '00/01/2026'])('refuses %p', (text) =>
    expect(parseLocalDate(text)).toBeUndefined(),
  );
});

describe('weeks', () => {
  it('numbers ISO weeks, including those that belong to the neighbouring year', () => {
    expect(isoWeekKey({ year: 2026, month: 11, day: 27 })).toBe('2026-W48');
    expect(isoWeekKey({ year: 2027, month: 1, day: 1 })).toBe('2026-W53'); // a Friday in 2026's week 53
    expect(isoWeekKey({ year: 2024, month: 12, day: 30 })).toBe('2025-W01');
    expect(isoWeekKey({ year: 2021, month: 1, day: 3 })).toBe('2020-W53');
  });

  it('runs Monday to Sunday', () => {
    expect(isoWeekday({ year: 2026, month: 11, day: 23 })).toBe(1);
    expect(isoWeekday({ year: 2026, month: 11, day: 29 })).toBe(7);
    expect(isoWeekKey({ year: 2026, month: 11, day: 29 })).toBe(isoWeekKey({ year: 2026, month: 11, day: 23 }));
  });

  it('lists every week touching a month, with the week spanning two months in both', () => {
    const june = weeksOfMonth(2026, 6).map(isoDate); // 1 June 2026 is a Monday: five Mondays
    expect(june).toEqual(['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22', '2026-06-29']);
    const july = weeksOfMonth(2026, 7).map(isoDate);
    expect(july[0]).toBe('2026-06-29');
    expect(weeksOfMonth(2026, 12).map(isoDate).at(-1)).toBe('2026-12-28');
    expect(weeksOfMonth(2021, 2)).toHaveLength(4); // February 2021 starts on a Monday and has 28 days
  });
});

describe('months', () => {
  it('keys months and finds the month just ended', () => {
    expect(monthKey({ year: 2026, month: 3, day: 31 })).toBe('2026-03');
    expect(previousMonthKey({ year: 2027, month: 1, day: 1 })).toBe('2026-12');
    expect(previousMonthKey({ year: 2026, month: 10, day: 1 })).toBe('2026-09');
  });

  it('counts whole months between two dates', () => {
    expect(monthsBetween({ year: 2026, month: 1, day: 15 }, { year: 2026, month: 4, day: 15 })).toBe(3);
    expect(monthsBetween({ year: 2026, month: 1, day: 15 }, { year: 2026, month: 4, day: 14 })).toBe(2);
    expect(monthsBetween({ year: 2025, month: 11, day: 1 }, { year: 2026, month: 2, day: 1 })).toBe(3);
  });

  it('shows dates as dd/MM/yyyy', () => expect(viDate({ year: 2026, month: 3, day: 7 })).toBe('07/03/2026'));
});
