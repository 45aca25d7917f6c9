// The spreadsheet's cells at a size, tab by tab, against the 10,000,000-cell limit: «Việc tốt» at its rows, «Nhật ký»
// at two rows a deed (an acceptance and a mark), and every other tab as the bench's jobs left it (grids measured).
import type { AddOn } from '../local/addon';
import { MAX_CELLS } from '../local/runtime/sheet-model';
import { AUDIT, DEED } from '../src/domain/tabs';

export interface Cells {
  op: 'cells per tab';
  rows: number;
  deeds: number;
  audit: number;
  rest: number;
  total: number;
  /** Of the 10,000,000-cell limit. */
  share: number;
}

/** Audit rows a deed leaves when reviewed: its acceptance and one mark. */
const AUDIT_PER_DEED = 2;

export function cellsPerTab(addOn: AddOn, rows: number): Cells {
  const rest = addOn.runtime.spreadsheet
    .getSheets()
    .filter((s) => s.getName() !== DEED.name && s.getName() !== AUDIT.name)
    .reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
  const deeds = (rows + 1) * DEED.width;
  const audit = (rows * AUDIT_PER_DEED + 1) * AUDIT.width;
  const total = deeds + audit + rest;
  return { op: 'cells per tab', rows, deeds, audit, rest, total, share: Math.round((total / MAX_CELLS) * 1000) / 10 };
}
