// The self-check's measured timings set beside the latency model (LATENCY.md): a real Sheet's «Kiểm tra hệ thống»
// JSON gives the cost of a cell read (probe sheet.read) and of a Forms call (form.responseRead).
import type { SelfCheckReport } from '../src/app/selfCheck';
import { LATENCY, serviceCallMs } from './runtime/meter';

export interface Calibration {
  constant: string;
  /** The model's figure, and the pessimistic one where the model has two. */
  modelMs: number;
  pessimisticMs?: number;
  measuredMs: number | null;
  /** Whether the measurement is within the pessimistic figure (or the model's, where it has one). */
  covered: boolean | null;
}

const measured = (report: SelfCheckReport, key: string, pattern: RegExp): number | null => {
  const m = pattern.exec(report.results.find((r) => r.key === key)?.observed ?? '');
  return m ? Number(m[1]) : null;
};

export function calibrate(real: SelfCheckReport): Calibration[] {
  const cell = measured(real, 'sheet.read', /\(([\d.]+) ms\/ô\)/);
  const forms = measured(real, 'form.responseRead', /\(([\d.]+) ms mỗi lệnh\)/);
  const formsMs = serviceCallMs('Forms.FormResponse.getItemResponses');
  return [
    {
      constant: 'READ_PER_CELL_MS',
      modelMs: LATENCY.READ_PER_CELL_MS,
      pessimisticMs: LATENCY.PESSIMISTIC_READ_PER_CELL_MS,
      measuredMs: cell,
      covered: cell === null ? null : cell <= LATENCY.PESSIMISTIC_READ_PER_CELL_MS,
    },
    { constant: 'Forms.*', modelMs: formsMs, measuredMs: forms, covered: forms === null ? null : forms <= formsMs },
  ];
}
