// Fake Utilities and Blob: dates in any time zone, digests as signed bytes, base64, blobs, sleep on the clock.
// https://developers.google.com/apps-script/reference/utilities/utilities
// https://developers.google.com/apps-script/reference/base/blob

import { createHash, createHmac } from 'node:crypto';
import { Facade, enumName, isDate, makeEnum, type Context, type Emulates } from './context';
import { PatternError, formatDate, parseDate } from './dates';

export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const MacAlgorithm = makeEnum(['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512']);
export const Charset = makeEnum(['US_ASCII', 'UTF_8']);

const NODE_HASH: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script byte arrays are Java bytes: -128…127. */
export function toSignedBytes(buf: Uint8Array): number[] {
  const out = new Array<number>(buf.length);
  for (let i = 0; i < buf.length; i++)
    out[i] = (buf[i] as number) > 127 ? (buf[i] as number) - 256 : (buf[i] as number);
  return out;
}

export function fromBytes(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map((b) => b & 0xff));
}

function encodingOf(charset: unknown): BufferEncoding {
  return enumName(charset) === 'US_ASCII' ? 'latin1' : 'utf8';
}

/** String or byte array → bytes, the way the Utilities methods accept either. */
function bytesOf(value: unknown, charset?: unknown): Buffer {
  if (Array.isArray(value)) return fromBytes(value as number[]);
  return Buffer.from(String(value), encodingOf(charset));
}

// ---- Blob ----------------------------------------------------------------------------------------------------

/**
 * PDF conversions (getAs('application/pdf') of another type) a user may make in a day. Conversions count against a
 * daily quota (APPS-SCRIPT-FACTS.md) whose size Google does not publish: neither the quotas page
 * (https://developers.google.com/apps-script/guides/services/quotas) nor the Blob reference names it, and no
 * measurement was found. 10 is a deliberately strict choice, for a self-check probe to compare with.
 * The over-quota text follows the "Service invoked too many times for one day: …" pattern of the quotas page (chosen).
 */
export const PDF_CONVERSIONS_PER_DAY = 10;

/** A count per user over 24 hours (mail.ts MailQuota). */
export interface DailyQuota {
  remaining(user: string): number;
  use(user: string, n: number): void;
}

type GasBlob = GoogleAppsScript.Base.Blob;

export interface BlobConversion {
  from: string;
  to: string;
  at: Date;
}

export class FakeBlob
  extends Facade
  implements
    Emulates<
      GasBlob,
      | 'getBytes'
      | 'setBytes'
      | 'getDataAsString'
      | 'setDataFromString'
      | 'getContentType'
      | 'setContentType'
      | 'getName'
      | 'setName'
      | 'getAs'
      | 'copyBlob'
      | 'isGoogleType'
    >
{
  /** Conversions made with getAs (a PDF here is a placeholder, not a rendering). */
  conversions: BlobConversion[] = [];

  constructor(
    ctx: Context,
    private readonly pdfQuota: DailyQuota,
    public data: Buffer,
    public contentType: string | null,
    public name: string | null,
  ) {
    super(ctx, 'Base.Blob');
  }

  getBytes(): number[] {
    return this.ctx.array(toSignedBytes(this.data));
  }

  setBytes(data: number[]): FakeBlob {
    this.data = fromBytes(data);
    return this.proxy;
  }

  getDataAsString(charset?: string): string {
    return this.data.toString(encodingOf(charset));
  }

  setDataFromString(string: string, charset?: string): FakeBlob {
    this.data = Buffer.from(String(string), encodingOf(charset));
    return this.proxy;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): FakeBlob {
    this.contentType = contentType;
    return this.proxy;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): FakeBlob {
    this.name = String(name);
    return this.proxy;
  }

  /** Converts to another type; for application/pdf the bytes are a small placeholder PDF. */
  getAs(contentType: string): FakeBlob {
    const from = this.contentType ?? 'application/octet-stream';
    if (contentType !== 'application/pdf' && contentType !== from)
      throw this.ctx.notEmulated(`Blob.getAs from ${from} to ${contentType}`);
    if (contentType === 'application/pdf' && from !== 'application/pdf') this.countPdfConversion(from);
    const base = (this.name ?? 'untitled').replace(/\.[^.]*$/, '');
    const data =
      contentType === 'application/pdf' && from !== 'application/pdf'
        ? Buffer.from(`%PDF-1.4\n% placeholder converted from ${from}\n${this.data.toString('utf8')}\n%%EOF\n`, 'utf8')
        : Buffer.from(this.data);
    const blob = new FakeBlob(
      this.ctx,
      this.pdfQuota,
      data,
      contentType,
      contentType === 'application/pdf' ? `${base}.pdf` : this.name,
    );
    const conversion = { from, to: contentType, at: this.ctx.clock.now() };
    this.conversions.push(conversion);
    blob.conversions = [...this.conversions];
    return blob.proxy;
  }

  /**
   * A conversion to PDF: refused over the daily quota, and failing when the fault switch says so
   * (runtime.faults.failPdfConversions), with the message users report: "Conversion from text/html to
   * application/pdf failed" (APPS-SCRIPT-FACTS.md). A failed conversion counts too (the stricter reading).
   */
  private countPdfConversion(from: string): void {
    const user = this.ctx.currentUser();
    if (this.pdfQuota.remaining(user) < 1)
      throw this.ctx.error('Service invoked too many times for one day: document conversion.');
    this.pdfQuota.use(user, 1);
    if (this.ctx.faults.takePdfFailure()) throw this.ctx.error(`Conversion from ${from} to application/pdf failed`);
  }

  copyBlob(): FakeBlob {
    return new FakeBlob(this.ctx, this.pdfQuota, Buffer.from(this.data), this.contentType, this.name).proxy;
  }

  isGoogleType(): boolean {
    return false;
  }
}

// ---- Utilities -----------------------------------------------------------------------------------------------

type GasUtilities = GoogleAppsScript.Utilities.Utilities;

export const MAX_SLEEP_MS = 300_000;

export class FakeUtilities
  extends Facade
  implements
    Emulates<
      GasUtilities,
      | 'formatDate'
      | 'parseDate'
      | 'getUuid'
      | 'computeDigest'
      | 'computeHmacSignature'
      | 'computeHmacSha256Signature'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'base64Decode'
      | 'base64DecodeWebSafe'
      | 'newBlob'
      | 'sleep'
      | 'formatString'
      | 'jsonParse'
      | 'jsonStringify'
    >
{
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;

  constructor(
    ctx: Context,
    private readonly pdfQuota: DailyQuota,
  ) {
    super(ctx, 'Utilities.Utilities');
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string')
      throw this.ctx.signatureError('Utilities.formatDate', [date, timeZone, format]);
    try {
      return formatDate(date, timeZone, format);
    } catch (e) {
      if (e instanceof PatternError) throw this.ctx.error(e.message);
      throw e;
    }
  }

  parseDate(date: string, timeZone: string, format: string): Date {
    if (typeof date !== 'string') throw this.ctx.signatureError('Utilities.parseDate', [date, timeZone, format]);
    let ms: number | null;
    try {
      ms = parseDate(date, timeZone, format, this.ctx.clock.now().getTime());
    } catch (e) {
      if (e instanceof PatternError) throw this.ctx.error(e.message);
      throw e;
    }
    if (ms === null || Number.isNaN(ms)) throw this.ctx.error(`Unparseable date: "${date}"`);
    return this.ctx.date(ms);
  }

  /** A version-4 UUID from the runtime's seeded generator (deterministic across runs). */
  getUuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.ctx.random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: unknown, charset?: unknown): number[] {
    const name = NODE_HASH[enumName(algorithm) ?? ''];
    if (!name) throw this.ctx.notEmulated(`Utilities.computeDigest with ${String(algorithm)}`);
    return this.ctx.array(toSignedBytes(createHash(name).update(bytesOf(value, charset)).digest()));
  }

  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: unknown,
    key: unknown,
    charset?: unknown,
  ): number[] {
    const name = NODE_HASH[(enumName(algorithm) ?? '').replace('HMAC_', '')];
    if (!name) throw this.ctx.notEmulated(`Utilities.computeHmacSignature with ${String(algorithm)}`);
    const mac = createHmac(name, bytesOf(key, charset)).update(bytesOf(value, charset)).digest();
    return this.ctx.array(toSignedBytes(mac));
  }

  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
    return this.computeHmacSignature(MacAlgorithm.HMAC_SHA_256 as never, value, key, charset);
  }

  base64Encode(data: unknown, charset?: unknown): string {
    return bytesOf(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    const clean = String(encoded).replace(/\s/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw this.ctx.error('Could not decode string.');
    return this.ctx.array(toSignedBytes(Buffer.from(clean, 'base64')));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return this.base64Decode(String(encoded).replace(/-/g, '+').replace(/_/g, '/'));
  }

  newBlob(data: unknown, contentType?: string, name?: string): FakeBlob {
    const bytes = data === undefined ? Buffer.alloc(0) : bytesOf(data);
    return new FakeBlob(this.ctx, this.pdfQuota, bytes, contentType ?? null, name ?? null).proxy;
  }

  /** Advances the clock; the time also counts as modelled execution time. */
  sleep(milliseconds: number): void {
    if (!(milliseconds >= 0) || milliseconds > MAX_SLEEP_MS) throw this.ctx.error('Invalid argument: milliseconds');
    this.ctx.clock.advance(milliseconds);
    this.ctx.meter.charge('sleep', milliseconds);
  }

  /** printf-style formatting: %s, %d, %i, %f with width and precision, %%. */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(
      /%(-)?(0)?(\d+)?(?:\.(\d+))?([sdif%])/g,
      (_m, left, zero, width, precision, type) => {
        if (type === '%') return '%';
        const arg = args[i++];
        let text: string;
        if (type === 's') text = String(arg);
        else if (type === 'd' || type === 'i') text = String(Math.trunc(Number(arg)));
        else text = Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
        const w = width === undefined ? 0 : Number(width);
        if (text.length >= w) return text;
        if (left) return text.padEnd(w);
        return zero && type !== 's' ? text.padStart(w, '0') : text.padStart(w);
      },
    );
  }

  jsonParse(jsonString: string): unknown {
    return this.ctx.adopt(JSON.parse(jsonString));
  }

  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }
}
