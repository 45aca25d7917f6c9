// Time zones and Java SimpleDateFormat patterns, as Utilities.formatDate/parseDate use them.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// Pattern letters follow https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html with
// en_US rules (week starts on Sunday, week 1 is the week holding 1 January); names are English.

export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO: 1 = Monday … 7 = Sunday */
  weekday: number;
}

/** English names, as Java's SimpleDateFormat prints them (Utilities.formatDate, en_US sheets). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Zone =
  | { kind: 'intl'; formatter: Intl.DateTimeFormat; id: string; offsets: Map<number, number> }
  | { kind: 'fixed'; offsetMs: number; id: string };
const zones = new Map<string, Zone>();

/**
 * Resolves a Java-style time zone id. Like java.util.TimeZone, an unknown id silently becomes GMT;
 * 'GMT+7', 'GMT+07:00' and 'UTC-3' are fixed offsets.
 */
function zone(id: string): Zone {
  let z = zones.get(id);
  if (z) return z;
  const fixed = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    z = { kind: 'fixed', id, offsetMs: sign * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0)) * 60_000 };
  } else {
    try {
      const formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: id,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      z = { kind: 'intl', formatter, id, offsets: new Map() };
    } catch {
      z = { kind: 'fixed', id: 'GMT', offsetMs: 0 };
    }
  }
  zones.set(id, z);
  return z;
}

/** Offset of the zone from UTC at the instant `ms`, in ms (Asia/Ho_Chi_Minh: +7 h). */
export function offsetMs(ms: number, tz: string): number {
  const z = zone(tz);
  if (z.kind === 'fixed') return z.offsetMs;
  // Offsets only change on quarter-hour boundaries: cache them per quarter hour.
  const bucket = Math.floor(ms / 900_000);
  const cached = z.offsets.get(bucket);
  if (cached !== undefined) return cached;
  if (z.offsets.size > 100_000) z.offsets.clear();
  const offset = intlOffset(z.formatter, bucket * 900_000);
  z.offsets.set(bucket, offset);
  return offset;
}

function intlOffset(formatter: Intl.DateTimeFormat, ms: number): number {
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = +part.value;
  const asUtc = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - ms;
}

/** The wall-clock fields of an instant in a zone. */
export function zonedParts(date: Date | number, tz: string): ZonedParts {
  const ms = typeof date === 'number' ? date : date.getTime();
  const local = new Date(ms + offsetMs(ms, tz));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
  };
}

/** The instant at which the zone's wall clock shows these fields (fields may overflow: day 32 → next month). */
export function fromZoned(
  f: {
    year: number;
    month: number;
    day: number;
    hour?: number;
    minute?: number;
    second?: number;
    millisecond?: number;
  },
  tz: string,
): number {
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour ?? 0, f.minute ?? 0, f.second ?? 0, f.millisecond ?? 0);
  const first = asUtc - offsetMs(asUtc, tz);
  return asUtc - offsetMs(first, tz);
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function dayOfYear(p: ZonedParts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000) + 1;
}

/** Week of year with en_US rules: weeks start on Sunday; week 1 is the week holding 1 January. */
function weekOfYear(p: ZonedParts): number {
  const sundayBased = (d: number) => new Date(d).getUTCDay(); // 0 = Sunday
  const today = Date.UTC(p.year, p.month - 1, p.day);
  const weekStart = today - sundayBased(today) * 86_400_000;
  if (weekStart + 6 * 86_400_000 >= Date.UTC(p.year + 1, 0, 1)) return 1;
  const jan1 = Date.UTC(p.year, 0, 1);
  return Math.floor((dayOfYear(p) - 1 + sundayBased(jan1)) / 7) + 1;
}

function offsetText(off: number, style: 'Z' | 'X' | 'XX' | 'XXX' | 'z'): string {
  if (off === 0 && style.startsWith('X')) return 'Z';
  const sign = off < 0 ? '-' : '+';
  const mins = Math.abs(off) / 60_000;
  const hh = pad(Math.floor(mins / 60), 2);
  const mm = pad(mins % 60, 2);
  if (style === 'X') return sign + hh;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  if (style === 'z') return `GMT${sign}${hh}:${mm}`;
  return sign + hh + mm;
}

type Token = { letter: string; count: number } | { literal: string };

const tokenCache = new Map<string, Token[]>();

export class PatternError extends Error {}

function tokenize(pattern: string): Token[] {
  const cached = tokenCache.get(pattern);
  if (cached) return cached;
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") {
          text += "'";
          i += 2;
        } else if (pattern[i] === "'") {
          i++;
          break;
        } else text += pattern[i++];
      }
      tokens.push({ literal: text });
    } else if (/[A-Za-z]/.test(ch)) {
      if (!'GyYMLwWDdFEuaHkKhmsSzZX'.includes(ch)) throw new PatternError(`Illegal pattern character '${ch}'`);
      let n = 1;
      while (pattern[i + n] === ch) n++;
      tokens.push({ letter: ch, count: n });
      i += n;
    } else {
      tokens.push({ literal: ch });
      i++;
    }
  }
  tokenCache.set(pattern, tokens);
  return tokens;
}

/** Formats an instant like java.text.SimpleDateFormat in the given zone. */
export function formatDate(date: Date | number, tz: string, pattern: string): string {
  const ms = typeof date === 'number' ? date : date.getTime();
  const p = zonedParts(ms, tz);
  const off = offsetMs(ms, tz);
  let out = '';
  for (const t of tokenize(pattern)) {
    if ('literal' in t) {
      out += t.literal;
      continue;
    }
    const n = t.count;
    switch (t.letter) {
      case 'G':
        out += p.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1]?.slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'D':
        out += pad(dayOfYear(p), n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday - 1] : DAYS[p.weekday - 1]?.slice(0, 3);
        break;
      case 'u':
        out += pad(p.weekday, n);
        break;
      case 'F':
        out += pad(Math.floor((p.day - 1) / 7) + 1, n);
        break;
      case 'w':
        out += pad(weekOfYear(p), n);
        break;
      case 'W': {
        const first = new Date(Date.UTC(p.year, p.month - 1, 1)).getUTCDay();
        out += pad(Math.floor((p.day - 1 + first) / 7) + 1, n);
        break;
      }
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, n);
        break;
      case 'z':
        out += off === 0 ? 'GMT' : offsetText(off, 'z');
        break;
      case 'Z':
        out += offsetText(off, 'Z');
        break;
      case 'X':
        out += offsetText(off, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
        break;
    }
  }
  return out;
}

const NUMERIC = new Set(['y', 'Y', 'M', 'L', 'd', 'D', 'H', 'k', 'K', 'h', 'm', 's', 'S', 'u', 'w', 'W', 'F']);

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Parses text like SimpleDateFormat.parse (lenient: 32/1 rolls over to 1/2; text after the pattern is
 * ignored). Returns the instant in ms, or null when the text does not match.
 */
export function parseDate(text: string, tz: string, pattern: string, now: number): number | null {
  const tokens = tokenize(pattern);
  let source = '^';
  const fields: { letter: string; count: number }[] = [];
  tokens.forEach((t, i) => {
    if ('literal' in t) {
      source += escapeRegex(t.literal);
      return;
    }
    const next = tokens[i + 1];
    const adjacentNumber = next !== undefined && 'letter' in next && NUMERIC.has(next.letter);
    fields.push(t);
    if ((t.letter === 'M' || t.letter === 'L') && t.count >= 3) source += '([A-Za-z]+)';
    else if (t.letter === 'E') source += '([A-Za-z]+)';
    else if (t.letter === 'a') source += '(AM|PM|am|pm)';
    else if (t.letter === 'G') source += '(AD|BC)';
    else if (t.letter === 'Z' || t.letter === 'X' || t.letter === 'z')
      source += '(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|GMT[+-]\\d{1,2}(?::\\d{2})?|GMT|UTC)';
    else if (NUMERIC.has(t.letter)) source += adjacentNumber ? `(\\d{${t.count}})` : '([+-]?\\d+)';
  });
  const m = new RegExp(source).exec(text);
  if (!m) return null;
  const f = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  let pm: boolean | null = null;
  let explicitOffset: number | null = null;
  fields.forEach((t, i) => {
    const raw = m[i + 1] ?? '';
    const num = Number(raw);
    switch (t.letter) {
      case 'y':
      case 'Y':
        if (t.count <= 2 && raw.length <= 2) {
          // Java's two-digit year: within 80 years before and 20 years after now.
          const nowYear = new Date(now).getUTCFullYear();
          let year = Math.floor((nowYear - 80) / 100) * 100 + num;
          if (year < nowYear - 80) year += 100;
          f.year = year;
        } else f.year = num;
        break;
      case 'M':
      case 'L':
        if (t.count >= 3) {
          const idx = MONTHS.findIndex((name) => name.toLowerCase().startsWith(raw.toLowerCase().slice(0, 3)));
          f.month = idx + 1;
        } else f.month = num;
        break;
      case 'd':
        f.day = num;
        break;
      case 'H':
        f.hour = num;
        break;
      case 'k':
        f.hour = num === 24 ? 0 : num;
        break;
      case 'h':
      case 'K':
        f.hour = num % 12;
        break;
      case 'a':
        pm = raw.toUpperCase() === 'PM';
        break;
      case 'm':
        f.minute = num;
        break;
      case 's':
        f.second = num;
        break;
      case 'S':
        f.millisecond = num;
        break;
      case 'Z':
      case 'X':
      case 'z': {
        if (raw === 'Z' || raw === 'GMT' || raw === 'UTC') explicitOffset = 0;
        else {
          const o = /([+-])(\d{1,2}):?(\d{2})?/.exec(raw);
          if (o) explicitOffset = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3] ?? 0)) * 60_000;
        }
        break;
      }
    }
  });
  if (fields.some((t) => t.letter === 'M' && t.count >= 3) && f.month === 0) return null;
  if (pm === true && f.hour < 12) f.hour += 12;
  if (explicitOffset !== null) {
    return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond) - explicitOffset;
  }
  return fromZoned(f, tz);
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A Sheets date serial (days since 30 Dec 1899, wall clock of the zone) for an instant. */
export function toSerial(ms: number, tz: string): number {
  return (ms + offsetMs(ms, tz) - SERIAL_EPOCH) / 86_400_000;
}

/** The instant a Sheets date serial denotes in the zone. */
export function fromSerial(serial: number, tz: string): number {
  const wall = SERIAL_EPOCH + Math.round(serial * 86_400_000);
  const d = new Date(wall);
  return fromZoned(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
    },
    tz,
  );
}
