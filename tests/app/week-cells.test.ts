// Weeks in the Sheet as people read them (issue 14): «Tuần 48 (23/11–29/11/2026)» in «Việc tốt» and «Chuyện kể dưới
// cờ», never a key; the add-on still finds its rows by week, in cells an older version wrote as keys and in cells a
// person retyped with a day of the week.
import type { AddOn } from '../../local/addon';
import { REVIEWER, submitAnswers } from '../../local/flows';
import { DEED } from '../../src/domain/tabs';
import type { DeedPage, SidebarState } from '#contract';
import { GOOD, freshAddOn, getDeed, okValue, review, sidebarCall, tabRows } from '../helpers';

const WEEK_48 = 'Tuần 48 (23/11–29/11/2026)';
const deedCell = (addOn: AddOn, key: keyof typeof DEED.col) => tabRows(addOn, DEED.name)[0]![DEED.col[key]];
const setDeedCell = (addOn: AddOn, key: keyof typeof DEED.col, value: string) =>
  addOn.runtime.spreadsheet
    .getSheetByName(DEED.name)!
    .getRange(2, DEED.col[key] + 1)
    .setValue(value);
const radioPicks = (addOn: AddOn) => okValue(sidebarCall<SidebarState>(addOn, REVIEWER, 'getSidebarState')).radio.picks;
const inWeek = (addOn: AddOn, week: string) =>
  okValue(
    sidebarCall<DeedPage>(addOn, REVIEWER, 'listDeeds', { filter: { month: '2026-11', week }, offset: 0, limit: 20 }),
  ).items.map((d) => d.week);

function radioDeed(): { addOn: AddOn; id: string } {
  const addOn = freshAddOn();
  const { id } = submitAnswers(addOn, { ...GOOD, doneOn: '2026-11-24' });
  okValue(review(addOn, id!, { kind: 'accept' }));
  okValue(review(addOn, id!, { kind: 'mark', recognition: 'phat_thanh', on: true }));
  return { addOn, id: id! };
}

describe('weeks in «Việc tốt»', () => {
  it('a deed’s radio week reads «Tuần 48 (23/11–29/11/2026)»; the sidebar gets the week itself, the deed’s from its day', () => {
    const { addOn, id } = radioDeed();
    expect(deedCell(addOn, 'media')).toBe(`Phát thanh: ${WEEK_48}`);
    const detail = getDeed(addOn, id);
    expect([detail.week, detail.radioWeek]).toEqual(['2026-W48', '2026-W48']);
    expect(radioPicks(addOn)).toBe(1);
    expect(inWeek(addOn, '2026-W48')).toEqual(['2026-W48']);
    expect(inWeek(addOn, '2026-W47')).toEqual([]);
  });

  it.each([
    ['an older version’s key', '2026-W48'],
    ['a person’s retyping with a day of the week', 'tuần 48, ngày 25/11/2026'],
  ])('%s is read as that week: radio count, week filter, detail', (_, typed) => {
    const { addOn, id } = radioDeed();
    setDeedCell(addOn, 'media', `Phát thanh: ${typed}`);
    expect(radioPicks(addOn)).toBe(1);
    expect(inWeek(addOn, '2026-W48')).toEqual(['2026-W48']);
    expect(getDeed(addOn, id).radioWeek).toBe('2026-W48');
  });

  it('a radio pick another week is not counted for this one', () => {
    const { addOn } = radioDeed();
    setDeedCell(addOn, 'media', 'Phát thanh: Tuần 49 (30/11–06/12/2026)');
    expect(radioPicks(addOn)).toBe(0);
  });
});
