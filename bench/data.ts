// Benchmark data: the "Việc tốt" tab grown to N realistic rows — real rows made by the bundle's intake
// from generated submissions, repeated with fresh ids over three years of months, the newest month last.
import type { AddOn } from '../local/addon';
import { SAMPLE_UNITS, demoSubmission, rng } from '../local/demo';
import { submitAnswers } from '../local/flows';
import { isoWeekKey, monthKey } from '../src/domain/calendar';
import { DEED } from '../src/domain/tabs';

const TEMPLATES = 200;
const MONTHS = 36;

/** Adds `total` deed rows; the last month (the clock's) holds its share, like a real sheet. */
export function growDeeds(addOn: AddOn, total: number, seed = 1): void {
  const random = rng(seed);
  const now = addOn.runtime.clock.now();
  for (let i = 0; i < TEMPLATES; i++) {
    const doneOn = new Date(now.getTime() - Math.floor(random() * 25) * 86_400_000);
    submitAnswers(addOn, demoSubmission(random, SAMPLE_UNITS, doneOn));
  }
  const sheet = addOn.runtime.spreadsheet.getSheetByName('Việc tốt')!;
  const templates = sheet.getRange(2, 1, sheet.getLastRow() - 1, DEED.width).getValues();
  const extra = total - templates.length;
  if (extra <= 0) return;
  // Each older month with its own weeks: a row's week, month and day agree, as intake writes them.
  const months = Array.from({ length: MONTHS }, (_, k) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS - 1 - k), 1));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  });
  const rows = Array.from({ length: extra }, (_, i) => {
    const row = [...templates[i % templates.length]!];
    row[DEED.col.id] = `VT-${(0x100000000 + i).toString(16).padStart(12, '0')}`;
    const { year, month } = months[Math.min(MONTHS - 2, Math.floor((i / extra) * (MONTHS - 1)))]!;
    const day = { year, month, day: 1 + (i % 28) };
    row[DEED.col.month] = monthKey(day);
    row[DEED.col.week] = isoWeekKey(day);
    row[DEED.col.doneOn] = new Date(Date.UTC(year, month - 1, day.day) - 7 * 3_600_000); // midnight in Hồ Chí Minh City
    return row;
  });
  sheet.insertRowsBefore(2, extra); // older rows above the real ones, which stay in the current month at the end
  const CHUNK = 50_000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const block = rows.slice(start, start + CHUNK);
    sheet.getRange(2 + start, 1, block.length, DEED.width).setValues(block);
  }
}
