// Cell values as Sheets stores and shows them: user-entered coercion of strings, number formats, display text.
// Coercion follows what Sheets does with a value written by setValue/setValues (as if a user typed it):
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
// https://support.google.com/docs/answer/3094038 (number formats).
// Typed entries and display text follow the spreadsheet's locale (Spreadsheet.setSpreadsheetLocale,
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)):
// en_US reads and shows dates month first, M/d/yyyy H:mm:ss (the events guide's e.values shows
// '6/7/2015 20:54:13', https://developers.google.com/apps-script/guides/triggers/events), '.' decimal;
// vi_VN reads and shows d/M/yyyy, ',' decimal, '.' grouping. Only these two locales are modelled.

import { DAYS, MONTHS, fromSerial, fromZoned, toSerial, zonedParts } from './dates';
import { isDate } from './context';

export type CellValue = string | number | boolean | Date;

/** What Range.getNumberFormat() returns for a cell nobody formatted (Sheets' automatic format). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

export const MAX_CELL_CHARS = 50_000;
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;

/** What a written value becomes: a stored value (undefined = empty) and, for '=…', the formula. */
export interface Entered {
  value: CellValue | undefined;
  formula?: string;
  /** A number format Sheets applies by itself (a typed date gets a date format). */
  autoFormat?: string;
}

export class CellInputError extends Error {}

/** The spreadsheet's settings a cell's coercion and display depend on (a SpreadsheetModel has both). */
export interface CellLocale {
  timeZone: string;
  locale: string;
}

interface LocaleRules {
  /** Typed d/M or M/d order: the index of the day and the month in a typed 'a/b/yyyy'. */
  dayFirst: boolean;
  decimal: string;
  grouping: string;
  /** Automatic display of a date and of a date-time. */
  date: string;
  dateTime: string;
  /** The number formats Sheets gives a typed date and date-time. */
  typedDate: string;
  typedDateTime: string;
  months: readonly string[];
  shortMonths: readonly string[];
  /** Monday first. */
  days: readonly string[];
  shortDays: readonly string[];
  am: string;
  pm: string;
}

const VI_DAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];

export const LOCALES: Readonly<Record<string, LocaleRules>> = {
  en_US: {
    dayFirst: false,
    decimal: '.',
    grouping: ',',
    date: 'm/d/yyyy',
    dateTime: 'm/d/yyyy h:mm:ss',
    typedDate: 'M/d/yyyy',
    typedDateTime: 'M/d/yyyy H:mm:ss',
    months: MONTHS,
    shortMonths: MONTHS.map((m) => m.slice(0, 3)),
    days: DAYS,
    shortDays: DAYS.map((d) => d.slice(0, 3)),
    am: 'AM',
    pm: 'PM',
  },
  vi_VN: {
    dayFirst: true,
    decimal: ',',
    grouping: '.',
    date: 'd/m/yyyy',
    dateTime: 'd/m/yyyy h:mm:ss',
    typedDate: 'dd/MM/yyyy',
    typedDateTime: 'dd/MM/yyyy HH:mm:ss',
    months: MONTHS.map((_, i) => `tháng ${i + 1}`),
    shortMonths: MONTHS.map((_, i) => `thg ${i + 1}`),
    days: VI_DAYS,
    shortDays: VI_DAYS.map((d) => d.replace('Thứ ', 'Th ')),
    am: 'SA',
    pm: 'CH',
  },
};

/** The rules of a modelled locale; any other locale is refused by setSpreadsheetLocale. */
export function localeRules(locale: string): LocaleRules {
  const rules = LOCALES[locale];
  if (!rules) throw new CellInputError(`not emulated: the spreadsheet locale ${locale}`);
  return rules;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** A vi_VN decimal: '12,5' (a '.' decimal is still read, see README). */
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A typed date: ISO in any locale, 'a/b/yyyy' read day first (vi_VN) or month first (en_US). */
function parseDateText(s: string, where: CellLocale): Entered | null {
  const tz = where.timeZone;
  const rules = localeRules(where.locale);
  const iso = ISO_DATE.exec(s);
  const slash = iso ? null : SLASH_DATE.exec(s);
  const m = iso ?? slash;
  if (m) {
    const [first, second] = [+m[1]!, +m[2]!];
    const [year, month, day] = iso
      ? [first, second, +m[3]!]
      : rules.dayFirst
        ? [+m[3]!, second, first]
        : [+m[3]!, first, second];
    if (!validDate(year, month, day)) return null;
    const hasTime = m[4] !== undefined;
    const ms = fromZoned({ year, month, day, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0) }, tz);
    return { value: new Date(ms), autoFormat: hasTime ? rules.typedDateTime : rules.typedDate };
  }
  const t = TIME.exec(s);
  if (t && +t[1]! < 24 && +t[2]! < 60) {
    const ms = fromSerial((+t[1]! * 3600 + +t[2]! * 60 + +(t[3] ?? 0)) / 86_400, tz);
    return { value: new Date(ms), autoFormat: t[3] ? 'H:mm:ss' : 'H:mm' };
  }
  return null;
}

/**
 * Fast check for text that stays text whatever the cell's format: it starts with a letter (other than
 * t/f, which may spell TRUE/FALSE) and is not too long.
 */
export function isPlainText(raw: string): boolean {
  const first = raw.charCodeAt(0);
  return raw.length <= MAX_CELL_CHARS && first > 64 && first !== 70 && first !== 84 && first !== 102 && first !== 116;
}

/**
 * Coerces a value written to a cell.
 * Strings: '=…' is a formula; a leading apostrophe keeps the rest as text; in a '@' (plain text) cell the
 * string stays as it is; otherwise a number ('0912345678' → 912345678, '+84', '1e3', '12.5', '12,5' in vi_VN),
 * a percentage, TRUE/FALSE, a date ('2026-11-27'; '27/11/2026' in vi_VN, '11/27/2026' in en_US) or a time
 * ('9:30') becomes that value.
 */
export function enterValue(raw: unknown, numberFormat: string | undefined, where: CellLocale): Entered {
  if (raw === null || raw === undefined) return { value: undefined };
  if (typeof raw === 'number') return { value: raw };
  if (typeof raw === 'boolean') return { value: raw };
  if (isDate(raw)) return { value: new Date(raw.getTime()) };
  if (typeof raw !== 'string') {
    if (typeof raw === 'bigint') return { value: Number(raw) };
    throw new CellInputError(`not emulated: writing a value of type ${typeof raw} (${String(raw)}) to a cell`);
  }
  if (raw.length > MAX_CELL_CHARS) throw new CellInputError(CELL_TOO_LONG);
  if (raw === '') return { value: undefined };
  if (isPlainText(raw)) return { value: raw };
  if (raw.startsWith('=') && raw.length > 1) return { value: evaluateFormula(raw), formula: raw };
  if (raw.startsWith("'")) return { value: raw.slice(1) === '' ? undefined : raw.slice(1) };
  if (numberFormat === '@') return { value: raw };
  const s = raw.trim();
  if (NUMBER.test(s)) return { value: Number(s) };
  if (localeRules(where.locale).decimal === ',' && COMMA_DECIMAL.test(s)) return { value: Number(s.replace(',', '.')) };
  const pct = PERCENT.exec(s);
  if (pct) return { value: Number(pct[1]) / 100, autoFormat: '0%' };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  return parseDateText(s, where) ?? { value: raw };
}

/**
 * The value a formula shows. The emulator does not evaluate formulas: a literal number, a quoted string,
 * TRUE/FALSE and HYPERLINK("url", "label") are understood; anything else reads as '#NAME?'.
 */
export function evaluateFormula(formula: string): CellValue {
  const body = formula.slice(1).trim();
  if (NUMBER.test(body)) return Number(body);
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return (str[1] ?? '').replace(/""/g, '"');
  if (/^(TRUE|FALSE)(\(\))?$/i.test(body)) return body.toUpperCase().startsWith('TRUE');
  const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (link) return (link[2] ?? link[1] ?? '').replace(/""/g, '"');
  return '#NAME?';
}

// ---- display --------------------------------------------------------------------------------------------

function groupThousands(intPart: string, rules: LocaleRules): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, rules.grouping);
}

/** A number in the 'automatic' format: up to 10 significant digits, the locale's decimal mark. */
function automaticNumber(n: number, rules: LocaleRules): string {
  if (!Number.isFinite(n)) return n > 0 ? '#NUM!' : n < 0 ? '-#NUM!' : '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const text =
    Math.abs(n) >= 1e15 || (Math.abs(n) < 1e-9 && n !== 0)
      ? n.toExponential(2).toUpperCase()
      : String(+n.toPrecision(10));
  return text.replace('.', rules.decimal);
}

function formatNumberPattern(n: number, pattern: string, rules: LocaleRules): string {
  const percent = pattern.includes('%');
  const value = percent ? n * 100 : n;
  const fraction = /\.([0#]+)/.exec(pattern)?.[1] ?? '';
  const minDecimals = fraction.replace(/#/g, '').length;
  const grouped = /[#0],[#0]/.test(pattern);
  const fixed = Math.abs(value).toFixed(fraction.length);
  const [intPart = '0', rawFrac = ''] = fixed.split('.');
  let fracPart = rawFrac;
  while (fracPart.length > minDecimals && fracPart.endsWith('0')) fracPart = fracPart.slice(0, -1);
  let text = grouped ? groupThousands(intPart, rules) : intPart;
  if (fracPart) text += `${rules.decimal}${fracPart}`;
  return (value < 0 && Number(fixed) !== 0 ? '-' : '') + text + (percent ? '%' : '');
}

const DATE_TOKENS = /(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|"[^"]*"|\\.)/gi;

function isDatePattern(pattern: string): boolean {
  return /[dy]|h|s/i.test(pattern.replace(/"[^"]*"/g, '')) && !/^[#0.,%\s]+$/.test(pattern);
}

type DatePart = { text: string } | { field: string };
const compiledDatePatterns = new Map<string, { parts: DatePart[]; twelveHour: boolean }>();

/** Splits a Sheets date pattern into literal text and fields; 'm' is minutes after an hour or before seconds. */
function compileDatePattern(pattern: string): { parts: DatePart[]; twelveHour: boolean } {
  const cached = compiledDatePatterns.get(pattern);
  if (cached) return cached;
  const parts: DatePart[] = [];
  let last = 0;
  for (const m of pattern.matchAll(DATE_TOKENS)) {
    const token = m[0];
    if ((m.index ?? 0) > last) parts.push({ text: pattern.slice(last, m.index) });
    last = (m.index ?? 0) + token.length;
    if (token.startsWith('"')) parts.push({ text: token.slice(1, -1) });
    else if (token.startsWith('\\')) parts.push({ text: token.slice(1) });
    else parts.push({ field: token.toLowerCase() });
  }
  if (last < pattern.length) parts.push({ text: pattern.slice(last) });
  const fields = parts.filter((p): p is { field: string } => 'field' in p);
  fields.forEach((p, i) => {
    const before = fields[i - 1]?.field;
    const after = fields[i + 1]?.field;
    if ((p.field === 'm' || p.field === 'mm') && (before?.startsWith('h') || after?.startsWith('s')))
      p.field = p.field === 'm' ? 'minute' : 'minute2';
  });
  const compiled = { parts, twelveHour: fields.some((p) => p.field.includes('/')) };
  compiledDatePatterns.set(pattern, compiled);
  return compiled;
}

/** Formats an instant with a Sheets date/time pattern ('dd/mm/yyyy', 'd/m/yyyy h:mm:ss', 'hh:mm'). */
export function formatSheetsDate(ms: number, pattern: string, where: CellLocale): string {
  const tz = where.timeZone;
  const rules = localeRules(where.locale);
  const { parts, twelveHour } = compileDatePattern(pattern);
  const p = zonedParts(ms, tz);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  const hour = twelveHour ? p.hour % 12 || 12 : p.hour;
  let out = '';
  for (const part of parts) {
    if ('text' in part) {
      out += part.text;
      continue;
    }
    switch (part.field) {
      case 'yyyy':
        out += p.year;
        break;
      case 'yy':
        out += two(p.year % 100);
        break;
      case 'mmmm':
        out += rules.months[p.month - 1];
        break;
      case 'mmm':
        out += rules.shortMonths[p.month - 1];
        break;
      case 'mm':
        out += two(p.month);
        break;
      case 'm':
        out += p.month;
        break;
      case 'minute2':
        out += two(p.minute);
        break;
      case 'minute':
        out += p.minute;
        break;
      case 'dddd':
        out += rules.days[p.weekday - 1];
        break;
      case 'ddd':
        out += rules.shortDays[p.weekday - 1];
        break;
      case 'dd':
        out += two(p.day);
        break;
      case 'd':
        out += p.day;
        break;
      case 'hh':
        out += two(hour);
        break;
      case 'h':
        out += hour;
        break;
      case 'ss':
        out += two(p.second);
        break;
      case 's':
        out += p.second;
        break;
      default:
        out += p.hour < 12 ? rules.am : rules.pm;
    }
  }
  return out;
}

/**
 * The text a cell shows (getDisplayValues) in the spreadsheet's locale. Dates without an explicit format
 * show as d/M/yyyy (vi_VN) or M/d/yyyy (en_US), with H:mm:ss when they have a time of day. Booleans show
 * as TRUE/FALSE.
 */
export function displayValue(value: CellValue | undefined, format: string | undefined, where: CellLocale): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const pattern =
    format && format !== DEFAULT_NUMBER_FORMAT && format !== 'General' && format !== '@' ? format : undefined;
  const tz = where.timeZone;
  const rules = localeRules(where.locale);
  if (typeof value === 'number') {
    if (!pattern) return automaticNumber(value, rules);
    if (isDatePattern(pattern)) return formatSheetsDate(fromSerial(value, tz), pattern, where);
    return formatNumberPattern(value, pattern, rules);
  }
  const ms = value.getTime();
  if (pattern) {
    if (isDatePattern(pattern)) return formatSheetsDate(ms, pattern, where);
    return formatNumberPattern(toSerial(ms, tz), pattern, rules);
  }
  const p = zonedParts(ms, tz);
  const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
  return formatSheetsDate(ms, midnight ? rules.date : rules.dateTime, where);
}
