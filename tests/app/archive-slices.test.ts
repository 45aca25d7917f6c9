// The yearly archive at a size that takes several executions: the menu moves the first slice, a one-time trigger the
// rest; an execution cut off, a sort between executions and a double trigger neither lose a deed nor copy one twice.
import { auditLine, auditRow } from '../../src/domain/auditLine';
import { ADMIN, REVIEWER } from '../../local/flows';
import { ARCHIVES, AUDIT, DEED } from '../../src/domain/tabs';
import * as HANDLER from '../../src/shared/handlers';
import { clockEvent } from '../../local/runtime/triggers';
import { INCIDENTS, fire, putDeeds, sheetAt } from './reporting-fixtures';
import { tabRows } from '../helpers';
import type { AddOn } from '../../local/addon';
import { archiveFromMenu } from './archive-fixtures';

/** A year too large for one execution (two slices of 10,000), four 2026 deeds among its rows, «Nhật ký» rows of some. */
function bigYear(deeds: number): AddOn {
  const addOn = sheetAt('2026-11-27T09:00:00+07:00');
  putDeeds(
    addOn,
    Array.from({ length: deeds }, (_, i) =>
      i % 5_000 === 2_500
        ? { doneOn: '2026-03-02', title: `Năm nay ${i}` }
        : { doneOn: `2025-${String(1 + (i % 12)).padStart(2, '0')}-10`, title: `Việc ${i}` },
    ),
  );
  const ids = tabRows(addOn, DEED.name).map((r) => String(r[0]));
  const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
  const at = new Date('2025-12-31T09:00:00+07:00');
  const lines = [0, 1, 7_000, 2_500, deeds - 1].map((i) => [
    at,
    REVIEWER,
    ids[i]!,
    auditLine('accept', 'Trạng thái', 'Mới', 'Đã duyệt'),
  ]);
  audit.getRange(audit.getLastRow() + 1, 1, lines.length, AUDIT.width).setValues(lines);
  return addOn;
}

const idsOf = (rows: readonly unknown[][]) => rows.map((r) => String(r[0]));
const fileOf = (addOn: AddOn) => [...addOn.runtime.archives.files.keys()][0]!;

/** Fires the archive's one-time trigger while one is installed; the cells each execution read. */
function followUps(addOn: AddOn): number[] {
  const read: number[] = [];
  while (addOn.runtime.triggers.list().some((t) => t.handler === HANDLER.archive)) {
    addOn.runtime.meter.reset();
    expect(fire(addOn, HANDLER.archive).error).toBeUndefined();
    read.push(addOn.runtime.meter.snapshot().cellsRead);
  }
  return read;
}

/** Each 2025 deed once in the file, none left in «Việc tốt», every 2026 deed still there. */
function expectMovedOnce(addOn: AddOn, before: readonly string[], titles: readonly unknown[]): void {
  const file = fileOf(addOn);
  const archived = addOn.runtime.archives.rows(file, DEED.name).slice(1);
  const moved = before.filter((_, i) => String(titles[i]).startsWith('Việc '));
  expect(idsOf(archived).sort()).toEqual([...moved].sort());
  expect(tabRows(addOn, DEED.name).map((r) => r[DEED.col.title])).toEqual(
    titles.filter((t) => String(t).startsWith('Năm nay')),
  );
  expect(addOn.runtime.archives.files.size).toBe(1);
}

describe('a yearly archive larger than one execution', () => {
  it('moves the first slice from the menu and the rest from its one-time trigger, each execution ≤ 2 slices', () => {
    const addOn = bigYear(21_000);
    const deeds = tabRows(addOn, DEED.name);
    addOn.runtime.meter.reset();
    const said = archiveFromMenu(addOn, '2025');
    const menuRead = addOn.runtime.meter.snapshot().cellsRead;
    expect(said).toContain('Đã chuyển 10000 việc tốt năm 2025');
    expect(said).toContain('phần còn lại chạy tiếp');
    const reads = followUps(addOn);
    expect(reads).toHaveLength(2); // 10,000 more, then the last 996, «Nhật ký» and the end
    expect(Math.max(menuRead, ...reads)).toBeLessThanOrEqual(450_000); // one slice of 10,000 × 40 cells, and searches
    expectMovedOnce(
      addOn,
      idsOf(deeds),
      deeds.map((r) => r[DEED.col.title]),
    );
    const file = fileOf(addOn);
    const audited = addOn.runtime.archives.rows(file, AUDIT.name).slice(1);
    expect(audited.map((r) => r[2])).toEqual([0, 1, 7_000, 20_999].map((i) => deeds[i]![0])); // not the 2026 one
    const left = tabRows(addOn, AUDIT.name).map((r) => r[AUDIT.col.deedId]);
    expect(left).toEqual([deeds[2_500]![0], '']); // the 2026 deed's row, and the archive's own line
    expect(tabRows(addOn, ARCHIVES.name)).toEqual([
      [2025, 20_996, expect.stringContaining(file), expect.anything(), ADMIN],
    ]);
    const mail = addOn.runtime.mail.sent.filter((m) => m.subject === 'Lưu trữ năm 2025');
    expect(mail).toHaveLength(1);
    expect(mail[0]!.body).toContain('Đã chuyển 20.996 việc tốt năm 2025');
    expect(tabRows(addOn, INCIDENTS)).toEqual([]);
  });

  it('an execution cut off at any Sheets call: run again from the menu, no deed lost or copied twice', () => {
    const stops: number[] = [];
    for (const n of [2, 9, 16, 22]) {
      const addOn = bigYear(12_000);
      const deeds = tabRows(addOn, DEED.name);
      archiveFromMenu(addOn, '2025');
      addOn.runtime.faults.failNextSheetsCall(n);
      fire(addOn, HANDLER.archive);
      if (tabRows(addOn, ARCHIVES.name).length === 0) {
        stops.push(addOn.runtime.archives.rows(fileOf(addOn), DEED.name).length - 1); // deeds in the file then
        expect(tabRows(addOn, INCIDENTS).at(-1)!.slice(1, 2)).toEqual(['Lưu trữ năm…']);
        expect(archiveFromMenu(addOn, '2024')).toContain('Đã chuyển 11.998 việc tốt năm 2025'); // the one under way
      }
      expect(followUps(addOn)).toEqual([]);
      expectMovedOnce(
        addOn,
        idsOf(deeds),
        deeds.map((r) => r[DEED.col.title]),
      );
      expect(addOn.runtime.archives.rows(fileOf(addOn), AUDIT.name)).toHaveLength(5); // header + 4, once each
    }
    // Stopped before the slice's copy, and after it (its rows read back from the file, not copied again).
    expect(stops).toHaveLength(4);
    expect(stops).toEqual(expect.arrayContaining([10_000, 11_998]));
  });

  it('rows sorted and deleted by a person between executions: the next one finds the year anew', () => {
    const addOn = bigYear(12_000);
    expect(archiveFromMenu(addOn, '2025')).toContain('phần còn lại chạy tiếp'); // 2,000 left for the trigger
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    const range = sheet.getRange(2, 1, sheet.getLastRow() - 1, DEED.width);
    range.setValues(range.getValues().reverse()); // what a sort Z→A does to the cells
    sheet.deleteRow(3); // and a 2025 deed deleted by hand
    const deeds = tabRows(addOn, DEED.name);
    const archived = idsOf(addOn.runtime.archives.rows(fileOf(addOn), DEED.name).slice(1));
    expect(followUps(addOn).length).toBeLessThanOrEqual(2);
    const all = idsOf(addOn.runtime.archives.rows(fileOf(addOn), DEED.name).slice(1));
    expect(all.slice(0, archived.length)).toEqual(archived);
    expect(all.slice(archived.length).sort()).toEqual(
      idsOf(deeds.filter((r) => String(r[DEED.col.title]).startsWith('Việc '))).sort(),
    );
    expect(tabRows(addOn, DEED.name).map((r) => r[DEED.col.title])).toEqual(
      deeds.map((r) => r[DEED.col.title]).filter((t) => String(t).startsWith('Năm nay')),
    );
  });

  it('a double trigger: one while the document is busy waits, one after the end does nothing; one record', () => {
    const addOn = bigYear(12_000);
    const deeds = tabRows(addOn, DEED.name);
    archiveFromMenu(addOn, '2025');
    addOn.runtime.faults.holdLock('document');
    expect(fire(addOn, HANDLER.archive).error).toBeUndefined();
    addOn.runtime.faults.holdLock('document', false);
    expect(tabRows(addOn, DEED.name)).toHaveLength(2_000); // nothing moved, the trigger set again
    expect(archiveFromMenu(addOn, '2025')).toContain('Đã chuyển 11.998 việc tốt'); // the admin runs it again meanwhile: done
    const trigger = addOn.runtime.triggers.list().find((t) => t.handler === HANDLER.archive)!;
    const fireAgain = () => addOn.runtime.triggers.fire(trigger, clockEvent(trigger.uid, Date.now()));
    expect(fireAgain().error).toBeUndefined();
    expect(fireAgain().error).toBeUndefined(); // the same event delivered again, after the end
    expect(followUps(addOn)).toEqual([]);
    expectMovedOnce(
      addOn,
      idsOf(deeds),
      deeds.map((r) => r[DEED.col.title]),
    );
    expect(tabRows(addOn, ARCHIVES.name)).toHaveLength(1);
    expect(addOn.runtime.mail.sent.filter((m) => m.subject === 'Lưu trữ năm 2025')).toEqual([]); // the menu said it
  });

  it('a deed id blanked in the archive file between executions: no «Nhật ký» line without a deed is moved', () => {
    const addOn = bigYear(12_000);
    const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
    const own = auditRow(
      new Date('2026-11-01T09:00:00+07:00'),
      ADMIN,
      '',
      'xoá theo thời hạn lưu',
      'Hộp thư đi',
      '',
      '3 dòng',
    );
    audit.getRange(audit.getLastRow() + 1, 1, 1, AUDIT.width).setValues([own]);
    expect(archiveFromMenu(addOn, '2025')).toContain('phần còn lại chạy tiếp');
    addOn.runtime.archives.files.get(fileOf(addOn))!.byName(DEED.name)!.values.set(1, 0, ''); // a person's edit there
    followUps(addOn);
    expect(tabRows(addOn, ARCHIVES.name)).toHaveLength(1);
    expect(tabRows(addOn, AUDIT.name).filter((r) => r[AUDIT.col.content] === own[3])).toHaveLength(1);
  });
});
