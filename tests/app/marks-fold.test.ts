// Set-up folds an older Sheet's seven recognition columns of «Việc tốt» into «Khen thưởng» and «Truyền thông»: every
// mark the older version's sidebar read back is read back the same, a run cut off part-way loses nothing, and the
// older «Nhật ký» rows still tell a reviewer's mark from one ticked by hand.
import { bootAddOn } from '../../local/addon';
import type { AddOn } from '../../local/addon';
import { ADMIN, REVIEWER, setUpSheet } from '../../local/flows';
import { AUDIT, DEED } from '../../src/domain/tabs';
import type { DeedDetail } from '#contract';
import { getDeed, okValue, sidebarCall, tabRows } from '../helpers';
import OLD from '../data/layout-2026-12.json';
import { auditRows } from '../auditView';

const revive = (rows: unknown[][]) =>
  rows.map((r) => r.map((v) => (v && typeof v === 'object' && '$date' in v ? new Date(String(v.$date)) : v)));

/** An add-on whose «Việc tốt» and «Nhật ký» an older version wrote (tests/data/layout-2026-12.json), before set-up. */
function olderSheet(): AddOn {
  const addOn = bootAddOn();
  const ss = addOn.runtime.spreadsheet;
  for (const [name, rows] of [
    [DEED.name, revive(OLD.deeds)],
    [AUDIT.name, revive(OLD.audit)],
  ] as const) {
    const sheet = ss.insertSheet(name);
    const width = rows[0]!.length;
    if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
  }
  return addOn;
}

const MARKS = ['status', 'recognitions', 'radioWeek', 'bulletinMonth', 'suspended'] as const;
const marksOf = (d: Partial<DeedDetail>) => MARKS.map((k) => d[k]);
/** Each deed's marks as the sidebar reads them now, and as the older version's read them. */
function readBack(addOn: AddOn) {
  const ids = Object.keys(OLD.details);
  return {
    now: ids.map((id) => marksOf(getDeed(addOn, id))),
    then: ids.map((id) => marksOf((OLD.details as Record<string, Partial<DeedDetail>>)[id]!)),
  };
}

describe('an older installation’s recognition columns, folded by set-up', () => {
  it('reads back every mark as before, in two readable columns where the seven were', () => {
    const addOn = olderSheet();
    setUpSheet(addOn);
    const { now, then } = readBack(addOn);
    expect(now).toEqual(then);
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    expect(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]).toEqual(DEED.headers);
    const rows = tabRows(addOn, DEED.name).map((r) => [r[DEED.col.honours], r[DEED.col.media]]);
    expect(rows.slice(0, 2)).toEqual([
      ['Giấy khen, Gương điển hình', ''],
      ['Thư khen', 'Phát thanh: Tuần 47 (16/11–22/11/2026); Bản tin: 2026-11'],
    ]);
    expect(rows[4]).toEqual(['Thư khen', 'Dưới cờ; Kỷ yếu']);
  });

  it('a set-up cut off at any write of the fold loses no mark: the next one finishes it', () => {
    const partial: number[] = [];
    let n = 1;
    for (; n <= 30; n++) {
      const addOn = olderSheet();
      addOn.runtime.setUser(ADMIN);
      addOn.runtime.faults.failNextSheetsCall(n, undefined, ['write', 'commit']);
      try {
        addOn.call('menuSetup');
      } catch {
        // the menu's execution stopped there; the admin runs set-up again
      }
      addOn.runtime.faults.failNextSheetsCall(Number.MAX_SAFE_INTEGER); // what is left of the cut never fires
      const header = sheetHeader(addOn);
      if (JSON.stringify(header) === JSON.stringify(DEED.headers)) break; // folded before the cut: the later calls are not the fold's
      if (header.includes('Khen thưởng') && header.includes('Thư khen')) partial.push(n);
      if (header.includes('Truyền thông') && header.includes('Kỷ yếu')) partial.push(n);
      setUpSheet(addOn);
      expect(sheetHeader(addOn)).toEqual(DEED.headers);
      const { now, then } = readBack(addOn);
      expect([n, now]).toEqual([n, then]);
    }
    expect(n).toBeLessThan(30); // the fold's writes all cut, one run each
    expect(partial.length).toBeGreaterThanOrEqual(4); // cut with a new column written and old ones left, in each fold
  });

  it('a set-up cut off at any write, «Nhật ký»’s fold included, loses nothing in either tab', () => {
    const audited = revive(OLD.audit).slice(1);
    let n = 1;
    for (; n <= 200; n++) {
      const addOn = olderSheet();
      addOn.runtime.setUser(ADMIN);
      addOn.runtime.faults.failNextSheetsCall(n, undefined, ['write', 'commit']);
      addOn.call('menuSetup');
      addOn.runtime.faults.reset();
      const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
      const auditHeader = audit.getRange(1, 1, 1, audit.getLastColumn()).getValues()[0];
      // Both folds done before the cut: every write of both has been cut once (what follows is not the folds').
      if (JSON.stringify([sheetHeader(addOn), auditHeader]) === JSON.stringify([DEED.headers, AUDIT.headers])) break;
      setUpSheet(addOn);
      const { now, then } = readBack(addOn);
      expect([n, now]).toEqual([n, then]);
      expect([n, auditRows(addOn)]).toEqual([n, audited]);
    }
    expect(n).toBeGreaterThan(20); // the folds of both tabs took that many writes, each cut once
    expect(n).toBeLessThan(200);
  });

  it('says once what it folded, and leaves a column a person adds later under an old header', () => {
    const addOn = olderSheet();
    setUpSheet(addOn);
    const said = addOn.runtime.ui.alerts.filter((a) => a.prompt.includes('đã gộp các cột cũ'));
    expect(said.map((a) => a.prompt.match(/«(Việc tốt|Nhật ký)»: đã gộp/g))).toEqual([
      ['«Việc tốt»: đã gộp', '«Nhật ký»: đã gộp'],
    ]);
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    sheet.insertColumnsAfter(DEED.width, 1);
    sheet.getRange(1, DEED.width + 1, 2, 1).setValues([['Địa điểm'], ['ghi chú riêng của văn phòng']]);
    addOn.call('menuSetup');
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).not.toContain('đã gộp');
    expect(sheet.getRange(1, DEED.width + 1, 2, 1).getValues()).toEqual([
      ['Địa điểm'],
      ['ghi chú riêng của văn phòng'],
    ]);
  });

  it('keeps the marks a reviewer set and withdraws one ticked by hand, from the older «Nhật ký» rows', () => {
    const addOn = olderSheet();
    setUpSheet(addOn);
    // «Nhật ký» folded too: four columns, every older row's seven cells read back from its line.
    const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
    expect(audit.getRange(1, 1, 1, audit.getLastColumn()).getValues()[0]).toEqual(AUDIT.headers);
    expect(auditRows(addOn)).toEqual(revive(OLD.audit).slice(1));
    const accept = (id: string) => {
      const d = getDeed(addOn, id);
      const args = { id, row: d.row, version: d.version, action: { kind: 'accept' } };
      return okValue(sidebarCall<DeedDetail>(addOn, REVIEWER, 'reviewDeed', args));
    };
    const kept = accept('VT-54f0360ca616');
    expect([kept.cleared, kept.recognitions]).toEqual([undefined, ['thu_khen', 'phat_thanh', 'ban_tin']]);
    const cleared = accept('VT-e321da3d2862');
    expect(cleared.cleared?.map((c) => c.recognition)).toEqual(['thu_khen']);
    expect(cleared.recognitions).toEqual(['chuyen_duoi_co', 'ky_yeu']);
    const row = tabRows(addOn, DEED.name).find((r) => r[DEED.col.id] === 'VT-e321da3d2862')!;
    expect([row[DEED.col.honours], row[DEED.col.media]]).toEqual(['', 'Dưới cờ; Kỷ yếu']);
    expect(auditRows(addOn).at(-1)!.slice(1, 7)).toEqual([
      REVIEWER,
      'VT-e321da3d2862',
      expect.stringContaining('Thư khen'),
      'Thư khen',
      'Có',
      'Không',
    ]);
  });
});

function sheetHeader(addOn: AddOn): unknown[] {
  const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
}
