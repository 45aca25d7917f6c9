// «Nhật ký»'s «Nội dung»: one readable line `<Hành động> · <Cột>: <Trước> → <Sau>`, built and read back only here.
import type { CellValue } from './deed';
import { auditCell } from './auditCell';
import { CELL_TEXT_LIMIT, fitCell } from './cells';

const HALF_CELL = CELL_TEXT_LIMIT / 2 - 200;

const ARROW = '→';
/** The campaign's zone, Asia/Ho_Chi_Minh, has kept UTC+7 without summer time since 1975. */
const ZONE_MS = 7 * 3600_000;

/** A line's parts: `column` '' when it names none, `before`/`after` undefined when it holds no values. */
export interface AuditLine {
  action: string;
  column: string;
  before?: string;
  after?: string;
}

/** A value as people read it: a tick in words, a moment dd/MM/yyyy (HH:mm unless midnight), a backslash and an arrow
 * escaped so a value's end is never misread (a hostile «Mô tả» holding " → " or " · Thư khen: "). */
function valueText(v: unknown): string {
  const c = auditCell(v ?? '');
  const text =
    c instanceof Date
      ? new Date(c.getTime() + ZONE_MS)
          .toISOString()
          .replace(/(\d+)-(\d+)-(\d+)T(\d+:\d+).*/, '$3/$2/$1 $4')
          .replace(/ 00:00$/, '')
      : String(c);
  // Two values in one cell: each cut to half of it, like a deed's long text (its whole in «Văn bản dài»).
  return fitCell(text, HALF_CELL).cell.replace(/[\\→]/g, '\\$&');
}

/**
 * The line: the action alone when no column is named; `<action> · <column>` when neither value is given (or both are
 * empty); else `<action> · <column>: <before> → <after>`, an empty one left out ("Ghi chú: → Đã gọi"). No action
 * holds " · " (tests/domain/auditLine.test.ts); a column with ": " (older rows: "Sổ quyết định: Thư khen") reads " – ".
 */
export function auditLine(action: unknown, column?: unknown, before?: unknown, after?: unknown): string {
  const head = String(action ?? '');
  const col = String(column ?? '').replace(/: | · /g, ' – ');
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

/** The values as the builder writes them: exactly one unescaped arrow between two escaped texts. */
const VALUES = /^((?:\\[\s\S]|[^\\→])*)→((?:\\[\s\S]|[^\\→])*)$/;
const unescaped = (s: string) => s.replace(/\\([\s\S])/g, '$1');

/** The line read from the left: undefined when its values are not as built here (typed by hand). */
export function parseAuditLine(text: unknown): AuditLine | undefined {
  const [, action, column = '', values] = cut(text);
  if (values === undefined) return { action, column };
  const m = VALUES.exec(values);
  return m
    ? { action, column, before: unescaped(m[1]!).replace(/ $/, ''), after: unescaped(m[2]!).replace(/^ /, '') }
    : undefined;
}

/** The line without its values (retention keeps who did what to which column): undefined when it has none. */
export function withoutValues(text: unknown): string | undefined {
  const [, action, column, values] = cut(text);
  return values === undefined ? undefined : auditLine(action, column);
}
