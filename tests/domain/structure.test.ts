// The schema (domain/tabs.ts) and the structure check's pure half: headers found by name, drift named by column.
import { columnLetter, headerDrift, headerIndex, headerMatches, wholeColumn } from '../../src/domain/structure';
import { DEED, OUTBOX, OWNED_TABS, REGISTER } from '../../src/domain/tabs';

const headers = () => [...REGISTER.headers] as unknown[];

describe('tab schema', () => {
  it('gives every owned tab a distinct name, distinct keys and headers, and a column index per key', () => {
    expect(new Set(OWNED_TABS.map((t) => t.name)).size).toBe(OWNED_TABS.length);
    for (const t of OWNED_TABS) {
      expect(t.width).toBe(t.headers.length);
      expect(t.keys.map((k) => t.col[k])).toEqual(t.keys.map((_, i) => i));
      expect(new Set(t.headers).size).toBe(t.width);
    }
    expect(DEED.headers[DEED.col.status]).toBe('Trạng thái');
    expect(OUTBOX.col.body).toBe(8); // the body cells start after the eight fixed columns
  });
});

describe('structure check', () => {
  it('maps each header of a row to its column, trimming, skipping blanks, first of equals winning', () => {
    const index = headerIndex(['Mã', ' Khoá ', '', 'Mã', 42]);
    expect([...index]).toEqual([
      ['Mã', 0],
      ['Khoá', 1],
      ['42', 4],
    ]);
  });

  it('finds nothing wrong in a matching row, nor in blank or extra cells after the schema', () => {
    const drift = headerDrift(REGISTER, [...headers(), '', 'Cột riêng']);
    expect(headerMatches(drift)).toBe(true);
    expect(drift.extra).toEqual([{ header: 'Cột riêng', column: 13 }]);
    expect(
      headerMatches(
        headerDrift(
          REGISTER,
          headers().map((h) => ` ${String(h)} `),
        ),
      ),
    ).toBe(true);
  });

  it('names a renamed header with its column', () => {
    const row = headers();
    row[REGISTER.col.number] = 'Số QĐ';
    const drift = headerDrift(REGISTER, row);
    expect(headerMatches(drift)).toBe(false);
    expect(drift).toEqual({
      missing: [],
      moved: [],
      renamed: [{ header: 'Số quyết định', found: 'Số QĐ', column: 4 }],
      extra: [],
    });
  });

  it('names two swapped headers as moved', () => {
    const row = headers();
    [row[1], row[2]] = [row[2], row[1]];
    expect(headerDrift(REGISTER, row).moved).toEqual([
      { header: 'Mã việc tốt', from: 2, to: 3 },
      { header: 'Hình thức', from: 3, to: 2 },
    ]);
  });

  it('names a column inserted by hand: the columns after it moved, the new one extra', () => {
    const row = headers();
    row.splice(2, 0, 'Ghi chú của tôi');
    const drift = headerDrift(REGISTER, row);
    expect(drift.moved.map((m) => [m.header, m.from, m.to])).toEqual(
      REGISTER.headers.slice(2).map((h, i) => [h, i + 3, i + 4]),
    );
    expect(drift.extra).toEqual([{ header: 'Ghi chú của tôi', column: 3 }]);
    expect(drift.missing).toEqual([]);
  });

  it('names a deleted column as missing, and a short row as missing its last columns', () => {
    const row = headers();
    row.splice(REGISTER.col.recordedAt, 1);
    expect(headerDrift(REGISTER, row).missing).toEqual([{ header: 'Thời điểm ghi', column: 11 }]);
    expect(headerDrift(REGISTER, []).missing).toHaveLength(REGISTER.width);
  });

  it('writes columns as the Sheet shows them', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect([0, 3, 26].map(wholeColumn)).toEqual(['A:A', 'D:D', 'AA:AA']);
  });
});
