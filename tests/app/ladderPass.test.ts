// The ladder rebuilt over several executions through the real bundle: the same tabs as one pass, rows appended
// between executions folded, a sort between them restarting the pass, and «Làm mới» reading no deed of a large sheet.
import { REVIEWER } from '../../local/flows';
import type { AddOn } from '../../local/addon';
import type { LadderView, PerformerHistory } from '#contract';
import { okValue, sidebarCall, tabRows } from '../helpers';
import { INCIDENTS, putDeeds, sheetAt } from './reporting-fixtures';
import { FOLLOW_UP, finish, tabs, undisturbed } from './ladderFixtures';
import type { DeedSpec } from './reporting-fixtures';
import { DEED, LADDER } from '../../src/domain/tabs';

const NOW = '2026-11-27T09:00:00+07:00';
const MONDAY = '2026-11-30T07:00:00+07:00';
const UPDATING = 'đang cập nhật…';

/** `n` deeds by 25 performers (each well over the 50 deeds a history lists), a long-running one every 7th. */
const many = (n: number, from = 0): DeedSpec[] =>
  Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return {
      doneOn: `2026-${String(6 + (i % 6)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      unit: i % 5,
      performerName: `Người số ${i % 25}`,
      title: `Việc ${i}`,
      thuKhen: i % 97 === 0,
      ...(i % 7 === 0 ? { nature: 'thuong_xuyen' as const, startDate: `2026-0${1 + (i % 4)}-01` } : {}),
    };
  });

function sheetWith(specs: DeedSpec[]): AddOn {
  const addOn = sheetAt(NOW);
  putDeeds(addOn, specs);
  addOn.runtime.meter.reset();
  return addOn;
}

const refresh = (addOn: AddOn) => okValue(sidebarCall<LadderView>(addOn, REVIEWER, 'refreshLadder'));

describe('the ladder rebuilt over several executions', () => {
  const DEEDS = many(21_000); // three executions of at most 10,000 rows

  it('returns the last complete ladder at once, saying it is being updated, and finishes in the background', () => {
    const addOn = sheetWith(DEEDS);
    addOn.runtime.clock.set(new Date(MONDAY));
    const view = refresh(addOn);
    expect(view.note).toContain(UPDATING);
    expect(view.updatedAt).toBeNull(); // nothing complete yet
    expect(tabRows(addOn, LADDER.name)).toEqual([]); // the tabs are replaced only when the pass completes
    // A second click while the pass goes on leaves one follow-up trigger.
    addOn.runtime.meter.reset();
    expect(refresh(addOn).note).toContain(UPDATING);
    expect(addOn.runtime.meter.snapshot().cellsRead).toBeLessThan(100);
    expect(addOn.runtime.triggers.list().filter((t) => t.handler === FOLLOW_UP)).toHaveLength(1);
    expect(finish(addOn)).toBe(3);
    // 25 performers (unit i % 5, name i % 25), 840 deeds each, 50 of them listed.
    const ladder = tabs(addOn).ladder;
    expect(ladder.map((r) => r[LADDER.col.accepted])).toEqual(Array(25).fill(840));
    expect(ladder.every((r) => String(r[LADDER.col.deeds]).split('\n').length === 50)).toBe(true);
    const done = okValue(sidebarCall<LadderView>(addOn, REVIEWER, 'getLadder'));
    expect(done.updatedAt).toBe(new Date(MONDAY).toISOString());
    expect(done.note).toBeUndefined();
    // The aggregates' hidden tab keeps the complete pass (the sidebar's histories) beside the next one's rows.
    const scratch = addOn.runtime.spreadsheet.getSheetByName('Khen thưởng (đang tính)')!;
    expect(scratch.isSheetHidden()).toBe(true);
    const unitCode = String(ladder[0]![LADDER.col.unitCode]);
    const people = okValue(sidebarCall<PerformerHistory[]>(addOn, REVIEWER, 'getHistory', { unitCode }));
    expect(people.map((p) => p.accepted)).toEqual(Array(5).fill(840));
    expect(scratch.getMaxRows()).toBe(129); // a header and two sets of 64 partitions
  });

  it('folds the rows appended between executions', () => {
    const addOn = sheetWith(DEEDS);
    addOn.runtime.clock.set(new Date(MONDAY));
    refresh(addOn);
    const later = [{ doneOn: '2026-11-29', performerName: 'Người đến sau', title: 'Gửi giữa hai lần chạy' }];
    putDeeds(addOn, later);
    finish(addOn);
    expect(tabs(addOn)).toEqual(undisturbed(addOn, 3));
    const unitCode = tabRows(addOn, DEED.name).find((r) => r[DEED.col.performerName] === 'Người đến sau')![
      DEED.col.unitCode
    ];
    const people = okValue(sidebarCall<PerformerHistory[]>(addOn, REVIEWER, 'getHistory', { unitCode }));
    expect(people.filter((p) => p.name === 'Người đến sau').map((p) => p.accepted)).toEqual([1]);
  });

  it('starts again when the rows already folded are sorted between executions', () => {
    const addOn = sheetWith(DEEDS);
    addOn.runtime.clock.set(new Date(MONDAY));
    refresh(addOn);
    // A person sorts «Việc tốt» newest first: the rows before the cursor are other deeds now.
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    const body = sheet.getRange(2, 1, sheet.getLastRow() - 1, DEED.width).getValues();
    sheet.getRange(2, 1, body.length, DEED.width).setValues(body.reverse());
    finish(addOn);
    expect(tabs(addOn)).toEqual(undisturbed(addOn, 3));
  });

  it('reads no deed in «Làm mới» of a large sheet: the same cells at 3,000 deeds and at 9,000', () => {
    const read = [3_000, 9_000].map((n) => {
      const addOn = sheetWith(many(n));
      refresh(addOn);
      return addOn.runtime.meter.snapshot().cellsRead;
    });
    expect(read[1]).toBe(read[0]);
    expect(read[0]).toBeLessThan(1_000); // the settings and the view: no deed row
  });
});

describe('a Sheet with no cells left for «Hồ sơ khen thưởng»', () => {
  it('still writes the suggestions and each unit’s line, keeps the histories as they were, and tells the admins', () => {
    const addOn = sheetWith(many(200));
    addOn.runtime.clock.set(new Date(MONDAY));
    refresh(addOn);
    finish(addOn);
    const before = tabs(addOn).ladder;
    expect(before).toHaveLength(25);
    // 1,200 deeds by as many new people, each with a Thư khen: their histories need more rows than the grid holds.
    putDeeds(
      addOn,
      Array.from({ length: 1_200 }, (_, i) => ({
        doneOn: '2026-11-02',
        unit: i % 5,
        performerName: `Người mới ${i}`,
        title: `Việc mới ${i}`,
        thuKhen: true,
      })),
    );
    // An admin's own tab takes the Sheet to 5,000 cells below the 10,000,000-cell limit.
    const book = addOn.runtime.spreadsheet;
    const filler = book.insertSheet('Số liệu riêng');
    filler.deleteColumns(11, filler.getMaxColumns() - 10);
    const used = book.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    filler.insertRowsAfter(filler.getMaxRows(), Math.floor((10_000_000 - 5_000 - used) / 10));

    addOn.runtime.clock.set(new Date('2026-12-07T07:00:00+07:00'));
    refresh(addOn);
    finish(addOn);
    const view = okValue(sidebarCall<LadderView>(addOn, REVIEWER, 'getLadder'));
    expect(view.units.reduce((n, u) => n + u.accepted, 0)).toBe(1_400); // the units' lines are this pass's
    const people = okValue(
      sidebarCall<PerformerHistory[]>(addOn, REVIEWER, 'getHistory', { unitCode: view.units[0]!.code }),
    );
    expect(people).toHaveLength(5 + 240); // and the sidebar's histories
    expect(view.updatedAt).toBe(new Date('2026-12-07T07:00:00+07:00').toISOString());
    expect(tabs(addOn).ladder).toEqual(before); // the histories as the last pass left them
    const incident = tabRows(addOn, INCIDENTS).at(-1)!;
    expect(incident[1]).toBe('Tính hồ sơ khen thưởng');
    expect(String(incident[3])).toContain('«Hồ sơ khen thưởng» vẫn của lần tính trước');
    expect(String(incident[3])).toContain('10000000 cells');
  });
});
