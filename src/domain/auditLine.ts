// «Nhật ký»'s «Nội dung»: one readable line `<Hành động> · <Cột>: <Trước> → <Sau>`, built and read back only here.
import type { CellValue } from './deed';
import { auditCell } from './auditCell';
import { fitCell } from './cells';
import { localDayOf, viDate } from './calendar';

const ARROW = '→';

/** A line's parts: `column` '' when it names none, `before`/`after` undefined when it holds no values. */
export interface AuditLine {
  action: string;
  column: string;
  before?: string;
  after?: string;
}

/** A value as people read it: a tick in words, a moment its day dd/MM/yyyy, a backslash and an arrow
 * escaped so a value's end is never misread (a hostile «Mô tả» holding " → " or " · Thư khen: "). */
function valueText(v: unknown): string {
  const c = auditCell(v ?? '');
  const text = c instanceof Date ? viDate(localDayOf(c)) : String(c);
  // Two values in one cell: each cut below half of it (CELL_TEXT_LIMIT), like a deed's long text (its whole in «Văn bản dài»).
  return fitCell(text, 24_000).cell.replace(/[\\→]/g, '\\$&');
}

/**
 * The line: the action alone when no column is named; `<action> · <column>` when neither value is given (or both are
 * empty); else `<action> · <column>: <before> → <after>`, an empty one left out ("Ghi chú: → Đã gọi"). No action
 * holds " · " and no column ": " (tests/domain/auditLine.test.ts).
 */
export function auditLine(action: unknown, column?: unknown, before?: unknown, after?: unknown): string {
  const head = String(action ?? '');
  const col = String(column ?? '');
  if (col === '') return head;
  const [b, a] = [valueText(before), valueText(after)];
  const values = b === '' && a === '' ? '' : `: ${[b, ARROW, a].filter((s) => s !== '').join(' ')}`;
  return `${head} · ${col}${values}`;
}

/** A «Nhật ký» row of today's four columns. */
export function auditRow(at: Date, user: string, deedId: string, ...line: Parameters<typeof auditLine>): CellValue[] {
  return [at, user, deedId, auditLine(...line)];
}

/** The line cut from the left: the action up to the first " · ", the column up to the next ": ", the values after. */
const LINE = /^([\s\S]*?)(?: · ([\s\S]*?)(?:: ([\s\S]*))?)?$/;
const cut = (text: unknown) => LINE.exec(String(text ?? '')) as unknown as [string, string, string?, string?];

/** The values as the builder writes them: exactly one unescaped arrow, a space either side, between two escaped texts. */
const VALUES = /^((?:\\[\s\S]|[^\\→])*?) ?→ ?((?:\\[\s\S]|[^\\→])*)$/;
const unescaped = (s: string) => s.replace(/\\([\s\S])/g, '$1');

/** The line read from the left: undefined when its values are not as built here (typed by hand). */
export function parseAuditLine(text: unknown): AuditLine | undefined {
  const [, action, column = '', values] = cut(text);
  if (values === undefined) return { action, column };
  const m = VALUES.exec(values);
  return m ? { action, column, before: unescaped(m[1]!), after: unescaped(m[2]!) } : undefined;
}

/** The line without its values (retention keeps who did what to which column): the same when it has none. */
export function withoutValues(text: unknown): string {
  const [, action, column, values] = cut(text);
  return values === undefined ? String(text ?? '') : `${action} · ${column}`;
}
