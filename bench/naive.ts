// The naive peer: how most form scripts do it, written here only, run on the same emulated runtime —
// appendRow after a whole-sheet duplicate scan, a whole-sheet read per page, cell-by-cell summaries.
import { gas } from '../local/runtime';
import type { Runtime } from '../local/runtime';
import { DEED } from '../src/domain/tabs';

const deeds = (rt: Runtime) => gas(rt).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Việc tốt')!;

export function naiveSubmit(rt: Runtime, row: unknown[]): void {
  const sheet = deeds(rt);
  const all = sheet.getDataRange().getValues();
  if (all.some((r) => r[DEED.col.title] === row[DEED.col.title] && r[DEED.col.doneOn] === row[DEED.col.doneOn])) return;
  sheet.appendRow(row);
}

export function naivePage(rt: Runtime, month: string, word: string): unknown[][] {
  const all = deeds(rt).getDataRange().getValues();
  return all
    .filter((r) => r[DEED.col.month] === month && String(r[DEED.col.description]).toLowerCase().includes(word))
    .slice(0, 20);
}

export function naiveAction(rt: Runtime, id: string): void {
  const sheet = deeds(rt);
  const all = sheet.getDataRange().getValues();
  const i = all.findIndex((r) => r[0] === id);
  sheet.getRange(i + 1, DEED.col.honours + 1).setValue('Thư khen');
}

/** A monthly summary the way it is often written: read each cell of each row, write each total cell. */
export function naiveMonthly(rt: Runtime, month: string): void {
  const sheet = deeds(rt);
  const last = sheet.getLastRow();
  const counts = new Map<string, number>();
  for (let r = 2; r <= last; r++) {
    if (sheet.getRange(r, DEED.col.month + 1).getValue() !== month) continue;
    const unit = String(sheet.getRange(r, DEED.col.unitName + 1).getValue());
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  const ss = gas(rt).SpreadsheetApp.getActiveSpreadsheet();
  const out = ss.getSheetByName('Naive') ?? ss.insertSheet('Naive');
  let r = 1;
  for (const [unit, n] of counts) {
    out.getRange(r, 1).setValue(unit);
    out.getRange(r, 2).setValue(n);
    r += 1;
  }
}
