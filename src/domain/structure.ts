// A tab's header row held against its schema (domain/tabs.ts): which columns are missing, moved or renamed.
import type { TabSchema } from './tabs';

/** Columns are 1-based, as people see them (column A is 1). */
export interface HeaderDrift {
  /** Schema headers found nowhere in the row. */
  missing: { header: string; column: number }[];
  /** Schema headers found, but in another column. */
  moved: { header: string; from: number; to: number }[];
  /** Schema columns holding a header the schema does not know. */
  renamed: { header: string; found: string; column: number }[];
  /** Headers the schema does not know beyond its columns, or left over after a column was inserted. */
  extra: { header: string; column: number }[];
}

const clean = (cell: unknown) => String(cell ?? '').trim();

/** Header → 0-based column index, from a header row; the first of equal headers wins, blank cells are skipped. */
export function headerIndex(row: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  row.forEach((cell, i) => {
    const header = clean(cell);
    if (header !== '' && !index.has(header)) index.set(header, i);
  });
  return index;
}

/** How a header row differs from the schema's; extra columns alone do not stop a tab matching (see headerMatches). */
export function headerDrift(schema: TabSchema, row: readonly unknown[]): HeaderDrift {
  const index = headerIndex(row);
  const known = new Set(schema.headers);
  const drift: HeaderDrift = { missing: [], moved: [], renamed: [], extra: [] };
  const renamedAt = new Set<number>();
  schema.headers.forEach((header, i) => {
    const at = index.get(header);
    if (at === i) return;
    if (at !== undefined) drift.moved.push({ header, from: i + 1, to: at + 1 });
    else if (clean(row[i]) !== '' && !known.has(clean(row[i]))) {
      drift.renamed.push({ header, found: clean(row[i]), column: i + 1 });
      renamedAt.add(i);
    } else drift.missing.push({ header, column: i + 1 });
  });
  row.forEach((cell, i) => {
    const header = clean(cell);
    if (header !== '' && !known.has(header) && !renamedAt.has(i)) drift.extra.push({ header, column: i + 1 });
  });
  return drift;
}

/** Whether every schema column sits where the schema says, under its header. */
export function headerMatches(drift: HeaderDrift): boolean {
  return drift.missing.length + drift.moved.length + drift.renamed.length === 0;
}

/** A whole column in A1 notation from its 0-based index (a schema's col): 3 → 'D:D'. */
export function wholeColumn(index: number): string {
  const letters = columnLetter(index + 1);
  return `${letters}:${letters}`;
}

/** A column's letters as the Sheet shows them: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
