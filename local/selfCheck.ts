// The self-check on the emulated runtime, and its comparison row by row with the JSON a real deployment's
// «Kiểm tra hệ thống» produced: where the emulator's model and the real Sheet disagree.
import { bootAddOn } from './addon';
import { ADMIN, setUpSheet } from './flows';
import type { ProbeResult, SelfCheckReport } from '../src/app/selfCheck';
import { SELF_CHECK } from '../src/domain/tabs';

const JSON_LABEL = 'JSON (dán vào báo lỗi):';

/** Runs «Kiểm tra hệ thống» through the bundle as the admin; the report it wrote to the tab «Kiểm tra». */
export function emulatedSelfCheck(): SelfCheckReport {
  const addOn = bootAddOn({ modelledTime: true });
  setUpSheet(addOn);
  addOn.runtime.setUser(ADMIN);
  addOn.call('menuSelfCheck');
  const tab = addOn.runtime.spreadsheet.getSheetByName(SELF_CHECK.name);
  const row = tab
    ?.getDataRange()
    .getValues()
    .find((r) => r[0] === JSON_LABEL);
  if (!row) throw new Error('The self-check wrote no JSON block');
  return JSON.parse(String(row[1])) as SelfCheckReport;
}

export interface Comparison {
  key: string;
  emulated: ProbeResult | undefined;
  real: ProbeResult | undefined;
  /** Both passed or both failed. */
  agree: boolean;
  /** And observed the same (a measurement such as sheet.read's timing always differs). */
  sameObservation: boolean;
}

export function compareReports(emulated: SelfCheckReport, real: SelfCheckReport): Comparison[] {
  const keys = [...new Set([...emulated.results, ...real.results].map((r) => r.key))];
  return keys.map((key) => {
    const e = emulated.results.find((r) => r.key === key);
    const r = real.results.find((x) => x.key === key);
    const agree = !!e && !!r && e.ok === r.ok;
    return { key, emulated: e, real: r, agree, sameObservation: agree && e?.observed === r?.observed };
  });
}
