// A real Sheet's self-check timings set beside the latency model: what `selfcheck --compare` prints last.
import { calibrate } from '../../local/calibration';
import { LATENCY } from '../../local/runtime/meter';

const report = (read: string, forms: string) => ({
  at: '2026-11-20T09:00:00.000Z',
  passed: 2,
  total: 2,
  results: [
    { key: 'sheet.read', ok: true, observed: read, ms: 0 },
    { key: 'form.responseRead', ok: true, observed: forms, ms: 0 },
  ],
});

describe('calibrating the model from a real self-check', () => {
  it('reads the cost of a cell and of a Forms call, and says whether the pessimistic model covers them', () => {
    const rows = calibrate(
      report('78000 ô trong 5460 ms (0.0700 ms/ô)', '40 câu trả lời đọc trong 2400 ms (60.0 ms mỗi lệnh)'),
    );
    expect(rows[0]).toEqual(
      expect.objectContaining({ measuredMs: 0.07, pessimisticMs: LATENCY.PESSIMISTIC_READ_PER_CELL_MS, covered: true }),
    );
    expect(rows[1]).toEqual(expect.objectContaining({ measuredMs: 60, covered: false }));
  });

  it('says nothing it did not measure (an empty tab skips the read probe)', () => {
    const rows = calibrate(report('tab «Việc tốt» chưa có dòng nào: bỏ qua', ''));
    expect(rows.map((r) => r.measuredMs)).toEqual([null, null]);
    expect(rows.map((r) => r.covered)).toEqual([null, null]);
  });
});
