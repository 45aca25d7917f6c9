// Utilities: SimpleDateFormat in any zone, parsing, signed-byte digests, base64, blobs, sleep on the clock.
import { createRuntime, gas } from '../../local/runtime';
import { PDF_CONVERSIONS_PER_DAY } from '../../local/runtime/utilities';

function utilities() {
  const rt = createRuntime();
  return { rt, U: gas(rt).Utilities };
}

describe('Utilities.formatDate', () => {
  const d = new Date('2026-01-31T16:30:00Z');
  const { U } = utilities();
  const fmt = (date: Date, tz: string, pattern: string) =>
    U.formatDate(date as unknown as GoogleAppsScript.Base.Date, tz, pattern);

  it('formats in Asia/Ho_Chi_Minh (UTC+7, no DST)', () => {
    expect(fmt(d, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm')).toBe('31/01/2026 23:30');
    expect(fmt(d, 'Asia/Ho_Chi_Minh', 'd/M/yy H:mm:ss')).toBe('31/1/26 23:30:00');
    expect(fmt(d, 'Asia/Ho_Chi_Minh', "EEE, d MMM yyyy 'lúc' h:mm a")).toBe('Sat, 31 Jan 2026 lúc 11:30 PM');
    expect(fmt(d, 'Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-01-31T23:30:00+07:00');
    expect(fmt(d, 'Asia/Ho_Chi_Minh', 'u EEEE MMMM Z')).toBe('6 Saturday January +0700');
    expect(fmt(d, 'UTC', 'yyyy-MM-dd HH:mm')).toBe('2026-01-31 16:30');
  });

  it('follows daylight saving time in other zones', () => {
    expect(fmt(new Date('2026-07-01T12:00:00Z'), 'America/New_York', 'HH:mm Z')).toBe('08:00 -0400');
    expect(fmt(new Date('2026-01-01T12:00:00Z'), 'America/New_York', 'HH:mm Z')).toBe('07:00 -0500');
  });

  it('numbers weeks with en_US rules (Sunday first, week 1 holds 1 January)', () => {
    expect(fmt(new Date('2026-01-01T05:00:00Z'), 'UTC', 'w')).toBe('1');
    expect(fmt(new Date('2026-01-04T05:00:00Z'), 'UTC', 'w')).toBe('2');
    expect(fmt(new Date('2026-12-31T05:00:00Z'), 'UTC', 'w')).toBe('1');
  });

  it('rejects what Apps Script rejects', () => {
    expect(() => U.formatDate('2026-01-01' as never, 'UTC', 'yyyy')).toThrow(
      "don't match the method signature for Utilities.formatDate",
    );
    expect(() => fmt(d, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
});

describe('Utilities.parseDate', () => {
  it('parses in the given zone and refuses what does not match', () => {
    const { U } = utilities();
    expect(U.parseDate('27/11/2026 14:05', 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm').toISOString()).toBe(
      '2026-11-27T07:05:00.000Z',
    );
    expect(U.parseDate('20261127', 'UTC', 'yyyyMMdd').toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(() => U.parseDate('hôm qua', 'UTC', 'dd/MM/yyyy')).toThrow('Unparseable date: "hôm qua"');
  });
});

describe('digests, base64 and blobs', () => {
  it('returns digests as signed bytes like Java', () => {
    const { U } = utilities();
    const sha = U.computeDigest(U.DigestAlgorithm.SHA_256, 'abc', U.Charset.UTF_8);
    expect(sha.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(sha).toHaveLength(32);
    expect(U.computeDigest(U.DigestAlgorithm.MD5, 'abc').slice(0, 4)).toEqual([-112, 1, 80, -104]);
  });

  it('round-trips base64 through bytes and blobs', () => {
    const { U } = utilities();
    const encoded = U.base64Encode('Việt Nam', U.Charset.UTF_8);
    expect(encoded).toBe(Buffer.from('Việt Nam').toString('base64'));
    const bytes = U.base64Decode(encoded);
    expect(Math.min(...bytes)).toBeLessThan(0);
    expect(U.newBlob(bytes).getDataAsString()).toBe('Việt Nam');
    expect(U.base64EncodeWebSafe([-1, -2, -3])).toBe('__79');
  });

  it('converts a blob to PDF by recording it and producing placeholder bytes', () => {
    const { rt, U } = utilities();
    const html = U.newBlob('<h1>Báo cáo</h1>', 'text/html', 'bao-cao.html');
    const pdf = html.getAs('application/pdf');
    expect(pdf.getName()).toBe('bao-cao.pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getDataAsString().startsWith('%PDF-')).toBe(true);
    expect((rt.unwrap(html) as unknown as { conversions: unknown[] }).conversions).toHaveLength(1);
  });

  it('fails a PDF conversion when the fault switch says so, with the message users report', () => {
    const { rt, U } = utilities();
    const html = U.newBlob('<p>x</p>', 'text/html', 'x.html');
    rt.faults.failPdfConversions(1);
    expect(() => html.getAs('application/pdf')).toThrow('Conversion from text/html to application/pdf failed');
    expect(html.getAs('application/pdf').getContentType()).toBe('application/pdf');
  });

  it('refuses PDF conversions past the daily quota per user, for 24 hours from the first', () => {
    const { rt, U } = utilities();
    const html = U.newBlob('<p>x</p>', 'text/html', 'x.html');
    rt.faults.failPdfConversions(1); // a failed conversion counts too
    expect(() => html.getAs('application/pdf')).toThrow('failed');
    for (let i = 1; i < PDF_CONVERSIONS_PER_DAY; i++) html.getAs('application/pdf');
    expect(() => html.getAs('application/pdf')).toThrow('Service invoked too many times for one day');
    expect(html.getAs('text/html').getContentType()).toBe('text/html'); // not a conversion
    rt.setUser('other@example.org');
    expect(html.getAs('application/pdf').getContentType()).toBe('application/pdf');
    rt.setUser('admin@example.org');
    rt.clock.advance(24 * 3600_000);
    expect(html.getAs('application/pdf').getContentType()).toBe('application/pdf');
  });

  it('sleeps on the clock, and formats strings and UUIDs', () => {
    const { rt, U } = utilities();
    const before = rt.clock.now().getTime();
    U.sleep(1500);
    expect(rt.clock.now().getTime() - before).toBe(1500);
    expect(U.formatString('%s có %d việc (%05.1f%%)', 'An', 3, 3.14159)).toBe('An có 3 việc (003.1%)');
    expect(U.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
