// Role edits follow themselves (issue 13), through the bundle: a reviewer or admin added to or removed from «Cấu hình»
// gets or loses the protected tabs at the installer's next hourly sweep, without «Cập nhật quyền»; a «Cấu hình» whose
// protection was opened by hand is not followed (the installer confirms the lists instead).
import { auditRows } from '../auditView';
import type { AddOn } from '../../local/addon';
import { ADMIN, OUTSIDER, REVIEWER, runTrigger } from '../../local/flows';
import { PROTECTED_CELL } from '../../local/runtime/protection';
import { AUDIT, SETTINGS } from '../../src/domain/tabs';
import { freshAddOn, tabRows } from '../helpers';

const SECOND = 'phogiamdoc@example.org';
const SHEET = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
const settingsRow = (addOn: AddOn, label: string) => tabRows(addOn, SETTINGS.name).findIndex((r) => r[0] === label) + 2;
const typeSetting = (addOn: AddOn, label: string, value: string, user = ADMIN) =>
  addOn.runtime.userEdit(SETTINGS.name, `B${settingsRow(addOn, label)}`, value, { user });
const writesAudit = (addOn: AddOn, user: string) => {
  try {
    addOn.runtime.userEdit(AUDIT.name, 'B5', 'x', { user });
    return true;
  } catch (err) {
    if (String(err).includes(PROTECTED_CELL)) return false;
    throw err;
  }
};
const sweep = (addOn: AddOn) => {
  addOn.runtime.setUser(ADMIN);
  runTrigger(addOn, 'sweepResponses');
};

describe('the protections follow «Cấu hình»', () => {
  it('a reviewer added may write the staff’s tabs after the next sweep; removed, no longer; each sync audited', () => {
    const addOn = freshAddOn();
    typeSetting(addOn, 'Email người duyệt', `${REVIEWER}, ${SECOND}`);
    expect(writesAudit(addOn, SECOND)).toBe(false);
    sweep(addOn);
    expect(writesAudit(addOn, SECOND)).toBe(true);
    expect(
      auditRows(addOn)
        .filter((r) => r[3] === 'cập nhật quyền')
        .map((r) => r[6]),
    ).toEqual([`${ADMIN} | ${SECOND}, ${REVIEWER}`]);
    sweep(addOn); // nothing changed since: no second sync
    typeSetting(addOn, 'Email người duyệt', REVIEWER);
    sweep(addOn);
    expect(writesAudit(addOn, SECOND)).toBe(false);
    expect(auditRows(addOn).filter((r) => r[3] === 'cập nhật quyền')).toHaveLength(2);
  });

  it('an admin removed from the list loses «Cấu hình» at the next sweep, and the roles stay trusted', () => {
    const addOn = freshAddOn();
    typeSetting(addOn, 'Email quản trị', `${ADMIN}, ${SECOND}`);
    sweep(addOn);
    expect(typeSetting(addOn, 'Email người duyệt', `${REVIEWER}, ${SECOND}`, SECOND)[0]?.error).toBeUndefined();
    typeSetting(addOn, 'Email quản trị', ADMIN);
    sweep(addOn);
    expect(() => typeSetting(addOn, 'Email người duyệt', SECOND, SECOND)).toThrow(PROTECTED_CELL);
    expect(writesAudit(addOn, SECOND)).toBe(true); // still a reviewer, as the list says
  });

  it('not when the protection of «Cấu hình» was opened by hand: whoever typed there is not followed', () => {
    const addOn = freshAddOn();
    addOn.runtime.setUser(ADMIN);
    addOn.runtime.spreadsheet.getSheetByName(SETTINGS.name)!.getProtections(SHEET)[0]!.addEditor(OUTSIDER);
    typeSetting(addOn, 'Email người duyệt', `${REVIEWER}, ${OUTSIDER}`, OUTSIDER);
    sweep(addOn);
    expect(writesAudit(addOn, OUTSIDER)).toBe(false);
    expect(auditRows(addOn).filter((r) => r[3] === 'cập nhật quyền')).toEqual([]);
  });
});
