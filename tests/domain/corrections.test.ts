// Tests for the corrections' rows: written in the tab's column order, read back, spoiled rows skipped, texts bounded.
import { correctionRow, correctionsOf } from '../../src/domain/corrections';
import { CORRECTIONS } from '../../src/domain/tabs';

describe('correction rows', () => {
  const at = new Date(2026, 10, 20);

  test('round trip: what is written is read back', () => {
    const c = {
      unitType: 'y_te' as const,
      title: 'Khám miễn phí',
      description: 'Khám cho 80 cụ',
      field: 'y_te_cham_soc' as const,
    };
    const row = correctionRow(at, 'VT-1', c);
    expect(row).toHaveLength(CORRECTIONS.width);
    expect(row[CORRECTIONS.col.at]).toBe(at);
    expect(correctionsOf([row])).toEqual([c]);
  });

  test('a row with an unknown field is skipped; an unknown unit type is dropped', () => {
    const good = correctionRow(at, 'VT-2', { title: 'a', description: 'b', field: 'hoa_giai' });
    const spoiled = [...good];
    spoiled[CORRECTIONS.col.field] = 'Hòa giải';
    const oddUnit = [...good];
    oddUnit[CORRECTIONS.col.unitType] = 'phường';
    expect(correctionsOf([spoiled, oddUnit, []])).toEqual([
      { unitType: undefined, title: 'a', description: 'b', field: 'hoa_giai' },
    ]);
  });

  test('long texts are cut to a bounded length', () => {
    const row = correctionRow(at, 'VT-3', { title: 'x'.repeat(5000), description: 'y'.repeat(5000), field: 'khac' });
    expect(String(row[CORRECTIONS.col.title]).length).toBeLessThanOrEqual(1500);
    expect(String(row[CORRECTIONS.col.description]).length).toBeLessThanOrEqual(1500);
  });
});
