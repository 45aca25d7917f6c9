// «Kiểm tra hệ thống» through the bundle: every probe passes on the emulated runtime, scratch objects are removed
// (the scratch form and file are reused, never piled up), the JSON block matches the rows, non-admins are refused.
import { ADMIN, OUTSIDER } from '../../local/flows';
import { compareReports, emulatedSelfCheck } from '../../local/selfCheck';
import { freshAddOn, tabRows } from '../helpers';
import { SELF_CHECK } from '../../src/domain/tabs';

const TAB = SELF_CHECK.name;

function runAs(user: string) {
  const addOn = freshAddOn();
  addOn.runtime.setUser(user);
  return addOn;
}

describe('self-check', () => {
  it('runs every probe and passes each on the emulator, one row per probe and the JSON block', () => {
    const addOn = runAs(ADMIN);
    addOn.call('menuSelfCheck');
    const rows = tabRows(addOn, TAB);
    const probes = rows.filter((r) => String(r[3]) !== '' && r[0] !== 'JSON (dán vào báo lỗi):');
    expect(probes.length).toBeGreaterThanOrEqual(13);
    for (const r of probes) expect({ key: r[0], result: r[3], observed: r[4] }).toMatchObject({ result: 'Đạt' });
    const json = rows.find((r) => r[0] === 'JSON (dán vào báo lỗi):');
    const report = JSON.parse(String(json?.[1])) as { passed: number; total: number; results: { key: string }[] };
    expect(report.results.map((r) => r.key)).toEqual(probes.map((r) => r[0]));
    expect(report.passed).toBe(report.total);
    const dialog = addOn.runtime.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Kiểm tra hệ thống');
    expect(dialog.html).toContain('&quot;passed&quot;');
  });

  it('removes its scratch objects, and reuses the one scratch form and file on the next run', () => {
    const addOn = runAs(ADMIN);
    const { runtime } = addOn;
    const triggers = runtime.triggers.list().length;
    const tabs = runtime.spreadsheet.getSheets().map((s) => s.getName());
    addOn.call('menuSelfCheck');
    addOn.call('menuSelfCheck');
    expect(runtime.triggers.list()).toHaveLength(triggers);
    expect(
      runtime.spreadsheet
        .getSheets()
        .map((s) => s.getName())
        .sort(),
    ).toEqual([...tabs, TAB].sort());
    expect(runtime.forms).toHaveLength(2); // the campaign's form and one scratch form
    expect(runtime.forms[1]!.getItems()).toHaveLength(0);
    expect(runtime.properties.document.has('selfCheck:probe')).toBe(false);
  });

  it('is refused to an editor who is not an admin: an alert in Vietnamese, nothing probed', () => {
    const addOn = runAs(OUTSIDER);
    addOn.call('menuSelfCheck');
    expect(addOn.runtime.ui.alerts.at(-1)?.prompt).toContain('Email quản trị');
    expect(addOn.runtime.spreadsheet.getSheetByName(TAB)).toBeNull();
    expect(addOn.runtime.forms).toHaveLength(1);
  });

  it('compares a real deployment’s JSON with the emulator’s row by row (npm run cli -- selfcheck --compare)', () => {
    const emulated = emulatedSelfCheck();
    const real = structuredClone(emulated);
    real.results[0]!.ok = false;
    real.results[0]!.observed = 'Exception: Service Spreadsheets failed';
    real.results.pop();
    const rows = compareReports(emulated, real);
    expect(rows).toHaveLength(emulated.results.length);
    expect(rows.filter((r) => !r.agree).map((r) => r.key)).toEqual([
      emulated.results[0]!.key,
      emulated.results.at(-1)!.key,
    ]);
    expect(rows.find((r) => r.key === 'sheet.locale')).toMatchObject({ agree: true, sameObservation: true });
  });
});
