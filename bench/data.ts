// Benchmark data: the "Việc tốt" tab grown to N realistic rows — real rows made by the bundle's intake
// from generated submissions, repeated with fresh ids over three years of months, the newest month last.
import type { AddOn } from '../local/addon';
import {
  FAMILY as DEMO_FAMILY,
  GIVEN as DEMO_GIVEN,
  MIDDLE as DEMO_MIDDLE,
  SAMPLE_UNITS,
  demoSubmission,
  rng,
} from '../local/demo';
import { submitAnswers } from '../local/flows';
import { monthKey } from '../src/domain/calendar';
import { AUDIT, DEED } from '../src/domain/tabs';
import { AUDIT_ACTIONS, PERFORMER_KINDS, STATUSES } from '../src/shared/codes';
import { auditRow } from '../src/domain/auditLine';
import { MAX_CELLS } from '../local/runtime/sheet-model';

const TEMPLATES = 200;
const MONTHS = 36;
/**
 * A deed by someone new to its unit, most times (a collective — a unit's «Chi đoàn», «Tổ dân phố» — half the
 * time): about 200,000 performers over 250,000 deeds, a city's.
 */
const NEW_PERSON = 0.95;
const NEW_COLLECTIVE = 0.5;
const FAMILY = [...DEMO_FAMILY, 'Hoàng', 'Đỗ', 'Ngô', 'Dương'];
const MIDDLE = [...DEMO_MIDDLE, 'Đức', 'Thị Thu', 'Xuân', 'Hoài'];
const GIVEN = [
  ...DEMO_GIVEN,
  'Hiếu',
  'Nhung',
  'Trâm',
  'Khoa',
  'Lộc',
  'Tú',
  'Quyên',
  'Nghĩa',
  'Oanh',
  'Thắng',
  'Yến',
  'Phương',
  'Đạt',
  'Châu',
  'Vũ',
  'Hằng',
  'Ánh',
  'Tín',
];

/** The n-th person of a unit: a Vietnamese name, with accents; past every three-word name, a second given name. */
function personName(n: number): string {
  const [f, m, g] = [FAMILY.length, MIDDLE.length, GIVEN.length];
  const three = `${FAMILY[n % f]!} ${MIDDLE[Math.floor(n / f) % m]!} ${GIVEN[Math.floor(n / (f * m)) % g]!}`;
  const more = Math.floor(n / (f * m * g));
  return more === 0 ? three : `${three} ${GIVEN[(more - 1) % g]!}`;
}
/** Cells left free for the ladder, summary and report tabs the jobs write. */
const HEADROOM = 200_000;

/**
 * Adds `total` deed rows (the last month, the clock's, holds its share, like a real sheet) and their «Nhật ký»
 * rows; returns how many audit rows fitted.
 */
export function growDeeds(addOn: AddOn, total: number, seed = 1): number {
  const random = rng(seed);
  const now = addOn.runtime.clock.now();
  for (let i = 0; i < TEMPLATES; i++) {
    const doneOn = new Date(now.getTime() - Math.floor(random() * 25) * 86_400_000);
    submitAnswers(addOn, demoSubmission(random, SAMPLE_UNITS, doneOn));
  }
  const sheet = addOn.runtime.spreadsheet.getSheetByName('Việc tốt')!;
  const templates = sheet.getRange(2, 1, sheet.getLastRow() - 1, DEED.width).getValues();
  const extra = total - templates.length;
  if (extra <= 0) return 0;
  // Each older month with its own weeks: a row's month and day agree, as intake writes them.
  const months = Array.from({ length: MONTHS }, (_, k) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS - 1 - k), 1));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  });
  const people = new Map<string, number>(); // a unit's people (or collectives) so far, its own
  const rows = Array.from({ length: extra }, (_, i) => {
    const row = [...templates[i % templates.length]!];
    row[DEED.col.id] = `VT-${(0x100000000 + i).toString(16).padStart(12, '0')}`;
    const { year, month } = months[Math.min(MONTHS - 2, Math.floor((i / extra) * (MONTHS - 1)))]!;
    const day = { year, month, day: 1 + (i % 28) };
    row[DEED.col.month] = monthKey(day);
    row[DEED.col.doneOn] = new Date(Date.UTC(year, month - 1, day.day) - 7 * 3_600_000); // midnight in Hồ Chí Minh City
    // A city's performers: a unit's own people and collectives, mostly one deed each, four deeds in five
    // accepted — what the ladder's aggregates hold.
    const person = row[DEED.col.performerKind] === PERFORMER_KINDS.ca_nhan;
    const pool = `${String(row[DEED.col.unitCode])}|${person}`;
    const known = people.get(pool) ?? 0;
    const n = known === 0 || random() < (person ? NEW_PERSON : NEW_COLLECTIVE) ? known : Math.floor(random() * known);
    people.set(pool, Math.max(known, n + 1));
    const group = String(row[DEED.col.performerName]).replace(/ \d+$/, '');
    row[DEED.col.performerName] = person ? personName(n) : `${group} ${n + 1}`;
    if (i % 5 !== 0) row[DEED.col.status] = STATUSES.da_duyet;
    return row;
  });
  sheet.insertRowsBefore(2, extra); // older rows above the real ones, which stay in the current month at the end
  const CHUNK = 50_000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const block = rows.slice(start, start + CHUNK);
    sheet.getRange(2 + start, 1, block.length, DEED.width).setValues(block);
  }
  return growAudit(
    addOn,
    rows.map((r) => String(r[DEED.col.id])),
  );
}

/**
 * «Nhật ký» at two rows a deed (its acceptance and one mark), as a reviewed sheet carries — as far as the
 * spreadsheet's 10,000,000 cells allow, less HEADROOM for the tabs the jobs write.
 * Returns the audit rows written.
 */
function growAudit(addOn: AddOn, ids: string[]): number {
  const book = addOn.runtime.spreadsheet;
  const audit = book.getSheetByName(AUDIT.name) ?? book.insertSheet(AUDIT.name);
  const at = addOn.runtime.clock.now();
  const used = book.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
  const room = Math.max(0, Math.floor((MAX_CELLS - used - HEADROOM) / audit.getMaxColumns()));
  const rows = ids
    .slice(0, Math.floor(room / 2))
    .flatMap((id) => [
      auditRow(at, 'duyet@example.org', id, AUDIT_ACTIONS.accept, 'Trạng thái', 'Mới', 'Đã duyệt'),
      auditRow(at, 'duyet@example.org', id, AUDIT_ACTIONS.mark, 'Thư khen', false, true),
    ]);
  if (rows.length === 0) return 0;
  const first = Math.max(audit.getLastRow(), 1) + 1;
  audit.insertRowsAfter(Math.max(audit.getMaxRows(), 1), rows.length);
  const CHUNK = 100_000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const block = rows.slice(start, start + CHUNK);
    audit.getRange(first + start, 1, block.length, AUDIT.width).setValues(block);
  }
  return rows.length;
}
