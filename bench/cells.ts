// The spreadsheet's cells at a size, tab by tab, against the 10,000,000-cell limit: «Việc tốt» at its rows, «Nhật ký»
// at two rows a deed (an acceptance and a mark), the units' notices «Hộp thư đi» keeps (two a deed, NOTICE_DAYS of a
// year at that pace), and every other tab as the bench's jobs left it (grids measured).
import type { AddOn } from '../local/addon';
import { MAX_CELLS } from '../local/runtime/sheet-model';
import { AUDIT, DEED, OUTBOX } from '../src/domain/tabs';
import { NOTICE_DAYS } from '../src/domain/settings';

export interface Cells {
  op: 'cells per tab';
  rows: number;
  deeds: number;
  audit: number;
  notices: number;
  rest: number;
  total: number;
  /** Of the 10,000,000-cell limit. */
  share: number;
  /** Deeds the Sheet holds at most with these tabs beside them (each with its two «Nhật ký» rows and notices). */
  deedsAtMost: number;
}

/** Audit rows a deed leaves when reviewed: its acceptance and one mark. */
const AUDIT_PER_DEED = 2;
/** Notices a deed leaves in «Hộp thư đi» (the unit's address and the one typed), each kept NOTICE_DAYS. */
const NOTICES_PER_DEED = 2;
const noticeCells = (deeds: number) => Math.round((deeds * NOTICES_PER_DEED * NOTICE_DAYS) / 365) * OUTBOX.width;

export function cellsPerTab(addOn: AddOn, rows: number): Cells {
  const rest = addOn.runtime.spreadsheet
    .getSheets()
    .filter((s) => s.getName() !== DEED.name && s.getName() !== AUDIT.name)
    .reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
  const deeds = (rows + 1) * DEED.width;
  const audit = (rows * AUDIT_PER_DEED + 1) * AUDIT.width;
  const notices = noticeCells(rows);
  const total = deeds + audit + notices + rest;
  const perDeed = DEED.width + AUDIT_PER_DEED * AUDIT.width + noticeCells(365) / 365;
  const deedsAtMost = Math.floor((MAX_CELLS - rest - DEED.width - AUDIT.width) / perDeed);
  const share = Math.round((total / MAX_CELLS) * 1000) / 10;
  return { op: 'cells per tab', rows, deeds, audit, notices, rest, total, share, deedsAtMost };
}
