// Capacity and the yearly archive through the bundle: a closed year moves whole (deeds, their audit rows,
// its summaries) to a spreadsheet the add-on creates; what stays is untouched; failures lose nothing, and rows a person
// moves meanwhile are never deleted in place of the year's.
import { auditRow } from '../../src/domain/auditLine';
import { AUDIT_VIEW, auditRows } from '../auditView';
import { ADMIN, REVIEWER, review, runTrigger } from '../../local/flows';
import { ARCHIVES, AUDIT, DEED } from '../../src/domain/tabs';
import { INCIDENTS, WEEKLY_HANDLER, fire, monthlyAt, putDeeds, sheetAt, tabNames } from './reporting-fixtures';
import { tabRows } from '../helpers';
import type { AddOn } from '../../local/addon';
import { archiveFromMenu } from './archive-fixtures';

/** The 2025 deed's note in «Nhật ký», as yearsOfDeeds leaves it. */
const NOTE_LINE = 'ghi chú · Ghi chú người duyệt: → Đã xác minh.';

function yearsOfDeeds(): AddOn {
  const addOn = sheetAt('2026-01-01T06:00:00+07:00');
  putDeeds(addOn, [
    { doneOn: '2025-12-02', title: '=HYPERLINK("http://evil.example","bấm")' },
    ...Array.from({ length: 11 }, (_, i) => ({ doneOn: `2025-12-${String(3 + i).padStart(2, '0')}`, unit: i })),
    { doneOn: '2026-01-01', title: 'Việc tốt đầu năm mới' },
    { doneOn: '2026-01-01', unit: 3 },
  ]);
  expect(monthlyAt(addOn, '2026-01-01T06:00:00+07:00').error).toBeUndefined(); // «Tổng hợp 12/2025»
  const first = tabRows(addOn, DEED.name)[0]!;
  review(
    addOn,
    { id: String(first[0]), version: Number(first[DEED.col.version]) },
    { kind: 'note', note: 'Đã xác minh.' },
  );
  addOn.runtime.clock.set(new Date('2026-11-27T09:00:00+07:00'));
  return addOn;
}

describe('the yearly archive', () => {
  it('moves a closed year with its audit rows and summaries, as text, and keeps the rest in place', () => {
    const addOn = yearsOfDeeds();
    const message = archiveFromMenu(addOn, '2025');
    expect(message).toContain('Đã chuyển 12 việc tốt năm 2025');
    const [file] = [...addOn.runtime.archives.files.keys()];
    expect(message).toContain(`https://docs.google.com/spreadsheets/d/${file}/edit`);

    const archived = addOn.runtime.archives.rows(file!, DEED.name);
    expect(archived).toHaveLength(13); // header + 12
    expect(archived[1]![DEED.col.title]).toBe('=HYPERLINK("http://evil.example","bấm")'); // RAW: still text
    expect(archived.slice(1).every((r) => String(r[DEED.col.month]).startsWith('2025-'))).toBe(true);
    expect(addOn.runtime.archives.rows(file!, AUDIT.name).map((r) => r[3])).toEqual(['Nội dung', NOTE_LINE]);
    expect(addOn.runtime.archives.rows(file!, 'Tổng hợp 12/2025').length).toBeGreaterThan(10);

    const kept = tabRows(addOn, DEED.name);
    expect(kept.map((r) => r[DEED.col.title])).toEqual(['Việc tốt đầu năm mới', 'Việc tốt ngày 2026-01-01']);
    expect(
      addOn.runtime.spreadsheet
        .getSheetByName(DEED.name)!
        .getRange(2, DEED.col.title + 1)
        .getFormula(),
    ).toBe('');
    expect(tabNames(addOn)).toContain('Tổng hợp 12/2025'); // summaries stay readable here too
    expect(tabRows(addOn, ARCHIVES.name)).toEqual([
      [2025, 12, expect.stringContaining(file!), expect.anything(), 'admin@example.org'],
    ]);
    // The year's audit rows moved, not copied: «Nhật ký» keeps only the archive's own line.
    expect(tabRows(addOn, AUDIT.name).filter((r) => String(r[AUDIT.col.deedId]).startsWith('VT-'))).toEqual([]);
    expect(auditRows(addOn).at(-1)!.slice(3, 7)).toEqual([
      'lưu trữ',
      'Lưu trữ năm 2025',
      '12',
      expect.stringContaining(file!),
    ]);
  });

  it('retention still reaches «Nhật ký»’s rows that moved up when the archive deleted the year’s above them', () => {
    const addOn = yearsOfDeeds(); // «Nhật ký»: the 2025 deed's note, of 1 January 2026
    const deed2026 = String(tabRows(addOn, DEED.name).at(-1)![0]);
    const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
    const later = auditRow(
      new Date('2026-02-01T09:00:00+07:00'),
      REVIEWER,
      deed2026,
      'ghi chú',
      'Ghi chú',
      'trước',
      'sau',
    );
    audit.getRange(audit.getLastRow() + 1, 1, 2, AUDIT.width).setValues([later, later]);
    const daily = (at: string) => {
      addOn.runtime.clock.set(new Date(at));
      addOn.runtime.setUser(ADMIN);
      runTrigger(addOn, 'sendQueuedMail');
    };
    daily('2028-01-05T09:00:00+07:00'); // the note is past 730 days, February's rows not yet: the cursor stops there
    expect(archiveFromMenu(addOn, '2025')).toContain('Đã chuyển 12 việc tốt năm 2025'); // the note leaves «Nhật ký»
    daily('2028-03-01T09:00:00+07:00');
    const kept = tabRows(addOn, AUDIT.name).filter((r) => r[AUDIT.col.deedId] === deed2026);
    expect(kept.map((r) => r[AUDIT.col.content])).toEqual(['ghi chú · Ghi chú', 'ghi chú · Ghi chú']);
  });

  it('refuses the current year, a year with nothing, a word, and anyone not an admin, changing nothing', () => {
    const addOn = yearsOfDeeds();
    expect(archiveFromMenu(addOn, '2026')).toContain('Chỉ lưu trữ được năm đã kết thúc');
    expect(archiveFromMenu(addOn, '2019')).toContain('Không có việc tốt nào của năm 2019');
    expect(archiveFromMenu(addOn, 'năm ngoái')).toContain('Chỉ lưu trữ được năm đã kết thúc');
    expect(archiveFromMenu(addOn, '2025', REVIEWER)).toContain('Chỉ người có email ở «Email quản trị»');
    expect(tabRows(addOn, DEED.name)).toHaveLength(14);
    expect(addOn.runtime.archives.files.size).toBe(0);
  });

  it('loses no deed and copies none twice whichever Sheets call fails: a run again finishes the year', () => {
    let stopped = 0;
    for (let n = 1; n <= 22; n++) {
      const addOn = yearsOfDeeds();
      const ids = (rows: readonly unknown[][]) => rows.map((r) => String(r[0]));
      const before = ids(tabRows(addOn, DEED.name));
      addOn.runtime.faults.failNextSheetsCall(n);
      const message = archiveFromMenu(addOn, '2025');
      const file = () => [...addOn.runtime.archives.files.keys()][0];
      const copied = () => (file() ? ids(addOn.runtime.archives.rows(file()!, DEED.name).slice(1)) : []);
      if (!message.startsWith('Đã chuyển')) {
        stopped += 1;
        expect(message).toContain('vẫn ở tab «Việc tốt»');
        expect(tabRows(addOn, INCIDENTS).at(-1)![1]).toBe('Lưu trữ năm…');
        const kept = ids(tabRows(addOn, DEED.name));
        expect(before.every((id) => kept.includes(id) || copied().includes(id))).toBe(true);
        expect(archiveFromMenu(addOn, '2025')).toContain('Đã chuyển');
      }
      expect(addOn.runtime.archives.files.size).toBe(1);
      expect([...copied()].sort()).toEqual(before.slice(0, 12).sort());
      expect(ids(tabRows(addOn, DEED.name))).toEqual(before.slice(12));
      // The year's one audit row (a note): in the file once, gone from «Nhật ký».
      expect(addOn.runtime.archives.rows(file()!, AUDIT.name).map((r) => r[3])).toEqual(['Nội dung', NOTE_LINE]);
      expect(tabRows(addOn, AUDIT.name).filter((r) => before.includes(String(r[AUDIT.col.deedId])))).toEqual([]);
    }
    expect(stopped).toBeGreaterThan(8); // the failure did land inside the archive's work, deeds and audit rows
  });
});

/** Right after the slice's copy is written (the n-th write to the new file), a person changes «Việc tốt»: edits take no lock. */
function duringCopy(addOn: AddOn, change: (deeds: GoogleAppsScript.Spreadsheet.Sheet) => void, nth = 4): void {
  addOn.runtime.faults.duringCall(
    'Sheets.Values.batchUpdate',
    () => change(addOn.runtime.spreadsheet.getSheetByName(DEED.name)!),
    nth,
  );
}

describe('the yearly archive when a person changes «Việc tốt» meanwhile', () => {
  it('a row deleted above the year’s rows: deletes nothing, keeps the copy, and says what changed', () => {
    const addOn = yearsOfDeeds();
    duringCopy(addOn, (deeds) => deeds.deleteRow(2));
    const before = tabRows(addOn, DEED.name).slice(1);
    const message = archiveFromMenu(addOn, '2025');
    expect(message).toContain('nên không xoá dòng nào khỏi «Việc tốt»');
    expect(tabRows(addOn, DEED.name)).toEqual(before); // only the person’s deletion: the 2026 deeds are there
    expect(addOn.runtime.archives.files.size).toBe(1);
    expect(tabRows(addOn, ARCHIVES.name)).toEqual([]);
    const incident = tabRows(addOn, INCIDENTS).at(-1)!;
    expect(incident.slice(1, 3)).toEqual(['Lưu trữ năm…', '2025']);
    expect(String(incident[3])).toMatch(/dòng 13: VT-\S+ thay vì VT-/);
    expect(String(incident[4])).toContain('Chạy lại «Lưu trữ năm…»');
    expect(archiveFromMenu(addOn, '2025')).toContain('Đã chuyển 11 việc tốt năm 2025'); // run again: done
    expect(tabRows(addOn, DEED.name)).toHaveLength(2);
  });

  it('a row inserted above «Nhật ký»’s rows of the year after their copy: deletes none of them, then finishes', () => {
    const addOn = yearsOfDeeds();
    const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
    const noted = tabRows(addOn, AUDIT.name).length;
    // The file's tabs (3), the deeds' copy (4th), then «Nhật ký»'s (5th): a person inserts a row on top right after.
    addOn.runtime.faults.duringCall('Sheets.Values.batchUpdate', () => audit.insertRowBefore(2), 5);
    expect(archiveFromMenu(addOn, '2025')).toContain('nên không xoá dòng nào khỏi «Nhật ký»');
    expect(tabRows(addOn, AUDIT.name)).toHaveLength(noted + 1); // every row kept, and the person's blank one
    expect(tabRows(addOn, INCIDENTS).at(-1)![3]).toMatch(/dòng 2: \(trống\) thay vì VT-/);
    expect(archiveFromMenu(addOn, '2025')).toContain('Đã chuyển 12 việc tốt năm 2025');
    const file = [...addOn.runtime.archives.files.keys()][0]!;
    expect(addOn.runtime.archives.rows(file, AUDIT.name).map((r) => r[3])).toEqual(['Nội dung', NOTE_LINE]);
    expect(auditRows(addOn).filter((r) => String(r[AUDIT_VIEW.col.action]) === 'ghi chú')).toEqual([]);
  });

  it('rows sorted: deletes nothing', () => {
    const addOn = yearsOfDeeds();
    duringCopy(addOn, (deeds) => {
      const range = deeds.getRange(2, 1, 14, DEED.width);
      range.setValues(range.getValues().reverse()); // what a sort Z→A does to the cells
    });
    expect(archiveFromMenu(addOn, '2025')).toContain('nên không xoá dòng nào khỏi «Việc tốt»');
    expect(tabRows(addOn, DEED.name)).toHaveLength(14);
  });

  it('a row deleted below the year’s rows changes nothing it deletes: the archive goes ahead', () => {
    const addOn = yearsOfDeeds();
    duringCopy(addOn, (deeds) => deeds.deleteRow(15));
    expect(archiveFromMenu(addOn, '2025')).toContain('Đã chuyển 12 việc tốt năm 2025');
    expect(tabRows(addOn, DEED.name).map((r) => r[DEED.col.title])).toEqual(['Việc tốt đầu năm mới']);
  });

  it('scattered rows, rewritten in one go: a row deleted meanwhile, nothing rewritten nor deleted', () => {
    const addOn = sheetAt('2026-11-27T09:00:00+07:00');
    putDeeds(
      addOn,
      Array.from({ length: 500 }, (_, i) => ({
        doneOn: i % 2 === 0 ? '2025-06-01' : '2026-06-01',
        title: `Việc ${i}`,
      })),
    );
    duringCopy(addOn, (deeds) => deeds.deleteRow(300), 3);
    const before = tabRows(addOn, DEED.name).filter((_, i) => i !== 298);
    expect(archiveFromMenu(addOn, '2025')).toContain('nên không xoá dòng nào khỏi «Việc tốt»');
    expect(tabRows(addOn, DEED.name)).toEqual(before);
  });
});

describe('the yearly archive of scattered rows', () => {
  it('rewrites what stays, in order and as text, when the year is spread over hundreds of blocks', () => {
    const addOn = sheetAt('2026-11-27T09:00:00+07:00');
    putDeeds(
      addOn,
      Array.from({ length: 500 }, (_, i) =>
        i % 2 === 0
          ? { doneOn: '2025-06-01', title: `Năm cũ ${i}` }
          : { doneOn: '2026-06-01', title: i === 1 ? '+84 giữ nguyên' : `Năm nay ${i}` },
      ),
    );
    expect(archiveFromMenu(addOn, '2025')).toContain('Đã chuyển 250 việc tốt năm 2025');
    const kept = tabRows(addOn, DEED.name);
    expect(kept.map((r) => r[DEED.col.title])).toEqual(
      Array.from({ length: 250 }, (_, k) => (k === 0 ? '+84 giữ nguyên' : `Năm nay ${2 * k + 1}`)),
    );
  });
});

describe('a large yearly archive', () => {
  it('moves 2,500 deeds whole: each tab of the new file is made big enough before the rows are written', () => {
    const addOn = sheetAt('2026-11-27T09:00:00+07:00');
    putDeeds(addOn, [
      ...Array.from({ length: 2500 }, (_, i) => ({ doneOn: '2025-06-01', title: `Việc ${i}` })),
      { doneOn: '2026-06-01', title: 'Năm nay' },
    ]);
    const message = archiveFromMenu(addOn, '2025');
    expect(message).toContain('Đã chuyển 2.500 việc tốt năm 2025');
    const [file] = [...addOn.runtime.archives.files.keys()];
    const archived = addOn.runtime.archives.rows(file!, DEED.name);
    expect(archived).toHaveLength(2501); // header + 2,500, past the 1,000 rows of a default new sheet
    expect(archived.at(-1)![DEED.col.title]).toBe('Việc 2499');
    expect(tabRows(addOn, DEED.name).map((r) => r[DEED.col.title])).toEqual(['Năm nay']);
  });
});

describe('capacity', () => {
  it('warns the admin from 80 % of the 10,000,000-cell limit, in the weekly job', () => {
    const addOn = sheetAt('2026-11-30T07:00:00+07:00');
    expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
    expect(tabRows(addOn, INCIDENTS)).toEqual([]);
    const deeds = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    // ≈ 8.6 million cells of «Việc tốt» alone, however wide its rows.
    deeds.insertRowsAfter(deeds.getMaxRows(), Math.ceil(8_600_000 / DEED.width) - deeds.getMaxRows());
    addOn.runtime.clock.set(new Date('2026-12-07T07:00:00+07:00'));
    expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
    const incident = tabRows(addOn, INCIDENTS).at(-1)!;
    expect(incident[1]).toBe('Dung lượng Sheet');
    expect(String(incident[3])).toMatch(/đã dùng 8\d % giới hạn 10 triệu ô/);
    expect(addOn.runtime.mail.sent.at(-1)!.subject).toContain('Sự cố: Dung lượng Sheet');
  });
});
