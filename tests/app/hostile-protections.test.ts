// Protected tabs and the roles they vouch for (issue 13), through the bundle: an editor who is neither reviewer nor
// admin cannot rewrite the add-on's tabs or columns, and a «Cấu hình» whose protection was removed, widened or made
// warning-only grants no role until the installer restores it with «Cập nhật quyền».
import { auditRows } from '../auditView';
import type { AddOn } from '../../local/addon';
import { ADMIN, OUTSIDER, REVIEWER, runTrigger, submitAnswers } from '../../local/flows';
import { PROTECTED_CELL } from '../../local/runtime/protection';
import {
  AUDIT,
  CORRECTIONS,
  DEED,
  DUPLICATE_INDEX_TAB,
  INCIDENTS,
  NEEDS_FIX,
  OUTBOX,
  SETTINGS,
  UNITS,
} from '../../src/domain/tabs';
import { columnLetter } from '../../src/domain/structure';
import * as MSG_ACCESS from '../../src/shared/messages/access';
import * as MSG_TRUST from '../../src/shared/messages/trust';
import { GOOD, freshAddOn, getDeed, okValue, review, rowsWithDeferred, sidebarCall, tabRows } from '../helpers';

const SHEET = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
const cellOf = (id: string, addOn: AddOn, key: keyof typeof DEED.col) =>
  `${columnLetter(DEED.col[key] + 1)}${getDeed(addOn, id).row}`;
const settingsRow = (addOn: AddOn, label: string) => tabRows(addOn, SETTINGS.name).findIndex((r) => r[0] === label) + 2;
const typeSetting = (addOn: AddOn, label: string, value: string, user: string) =>
  addOn.runtime.userEdit(SETTINGS.name, `B${settingsRow(addOn, label)}`, value, { user });
const settingsProtection = (addOn: AddOn) =>
  addOn.runtime.spreadsheet.getSheetByName(SETTINGS.name)!.getProtections(SHEET)[0]!;
const accepted = (addOn: AddOn) => {
  const id = submitAnswers(addOn, GOOD).id!;
  okValue(review(addOn, id, { kind: 'accept' }));
  return id;
};
const roleIncidents = (addOn: AddOn) =>
  rowsWithDeferred(addOn, INCIDENTS.name, 'incident').filter((r) => r[1] === MSG_TRUST.job);

describe('an editor who is neither reviewer nor admin', () => {
  it('cannot type into «Cấu hình», «Đơn vị», «Hộp thư đi», «Nhật ký», «Sự cố» or the add-on’s columns of «Việc tốt»', () => {
    const addOn = freshAddOn();
    const id = accepted(addOn);
    for (const name of [SETTINGS.name, UNITS.name, OUTBOX.name, AUDIT.name, INCIDENTS.name])
      expect(() => addOn.runtime.userEdit(name, 'B2', 'x', { user: OUTSIDER })).toThrow(PROTECTED_CELL);
    for (const key of ['id', 'status', 'honours', 'note', 'email', 'unitCode'] as const)
      expect(() => addOn.runtime.userEdit(DEED.name, cellOf(id, addOn, key), 'x', { user: OUTSIDER })).toThrow(
        PROTECTED_CELL,
      );
    // Nor sort, insert or delete rows of the tab (a structural change of a protected sheet).
    addOn.runtime.setUser(OUTSIDER);
    const deeds = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    expect(() => deeds.deleteRow(2)).toThrow(PROTECTED_CELL);
    expect(() => deeds.insertColumnsAfter(1, 1)).toThrow(PROTECTED_CELL);
    expect(getDeed(addOn, id)).toEqual(expect.objectContaining({ status: 'da_duyet' }));
  });

  it('a reviewer may type into «Nhật ký», «Hộp thư đi» and «Sự cố», not into «Cấu hình» or «Đơn vị»', () => {
    const addOn = freshAddOn();
    for (const name of [OUTBOX.name, AUDIT.name, INCIDENTS.name])
      expect(addOn.runtime.userEdit(name, 'B5', 'x', { user: REVIEWER })[0]?.error).toBeUndefined();
    for (const name of [SETTINGS.name, UNITS.name])
      expect(() => addOn.runtime.userEdit(name, 'B2', 'x', { user: REVIEWER })).toThrow(PROTECTED_CELL);
  });

  it('cannot type or paste over the answers of a deed; a reviewer’s paste over an accepted one sends it back to review', () => {
    const addOn = freshAddOn();
    const id = accepted(addOn);
    const row = getDeed(addOn, id).row;
    const [from, to] = [columnLetter(DEED.col.title + 1), columnLetter(DEED.col.description + 1)];
    const paste = [['Việc khác', 'Nội dung khác hẳn']];
    expect(() => addOn.runtime.userEdit(DEED.name, cellOf(id, addOn, 'description'), 'x', { user: OUTSIDER })).toThrow(
      PROTECTED_CELL,
    );
    expect(() => addOn.runtime.userEdit(DEED.name, `${from}${row}:${to}${row}`, paste, { user: OUTSIDER })).toThrow(
      PROTECTED_CELL,
    );
    expect(getDeed(addOn, id)).toEqual(expect.objectContaining({ description: GOOD.description, status: 'da_duyet' }));
    // A reviewer may correct: the deed leaves «Đã duyệt» (no report carries the pasted text unreviewed), each cell audited.
    expect(addOn.runtime.userEdit(DEED.name, `${from}${row}:${to}${row}`, paste, { user: REVIEWER })[0]?.error).toBe(
      undefined,
    );
    expect(getDeed(addOn, id)).toEqual(expect.objectContaining({ title: 'Việc khác', status: 'can_duyet_lai' }));
    expect(
      auditRows(addOn)
        .filter((r) => r[3] === 'sửa tay')
        .map((r) => [r[1], r[4], r[6]]),
    ).toEqual([
      [REVIEWER, 'Tên việc tốt', 'Việc khác'],
      [REVIEWER, 'Nội dung', 'Nội dung khác hẳn'],
    ]);
  });

  it('cannot write the tabs added since: «Lĩnh vực đã sửa» (the categoriser learns from it) and the duplicate index', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    okValue(review(addOn, id, { kind: 'set_field', field: 'nuoc_sach_moi_truong' }));
    addOn.runtime.setUser(ADMIN);
    runTrigger(addOn, 'sweepResponses'); // the installer protects the tabs made since set-up
    for (const name of [CORRECTIONS.name, DUPLICATE_INDEX_TAB])
      expect(() => addOn.runtime.userEdit(name, 'A5', 'x', { user: OUTSIDER })).toThrow(PROTECTED_CELL);
    expect(addOn.runtime.userEdit(CORRECTIONS.name, 'A5', 'x', { user: REVIEWER })[0]?.error).toBeUndefined();
    expect(addOn.runtime.userEdit(NEEDS_FIX.name, 'A5', 'x', { user: OUTSIDER })[0]?.error).toBeUndefined(); // a warning
  });

  it('cannot run «Cập nhật quyền», and neither can a reviewer', () => {
    const addOn = freshAddOn();
    for (const user of [OUTSIDER, REVIEWER]) {
      addOn.runtime.setUser(user);
      addOn.call('menuUpdatePermissions');
      expect(addOn.runtime.ui.alerts.at(-1)?.prompt).toBe(MSG_TRUST.forbidden);
    }
  });
});

describe('roles only from a «Cấu hình» its protection vouches for', () => {
  const faults: [string, (addOn: AddOn) => void, keyof typeof MSG_TRUST.fault][] = [
    ['removed', (addOn) => settingsProtection(addOn).remove(), 'missing'],
    ['made warning-only', (addOn) => settingsProtection(addOn).setWarningOnly(true), 'warningOnly'],
    ['opened to an editor', (addOn) => settingsProtection(addOn).addEditor(OUTSIDER), 'widened'],
  ];

  it.each(faults)(
    'protection %s: no one is a reviewer, an incident says why, the installer restores it',
    (_, act, fault) => {
      const addOn = freshAddOn();
      const id = submitAnswers(addOn, GOOD).id!;
      addOn.runtime.setUser(ADMIN); // an admin (the owner here) changes the protection by hand
      act(addOn);
      expect(typeSetting(addOn, 'Email người duyệt', `${REVIEWER}, ${OUTSIDER}`, OUTSIDER)[0]?.error).toBeUndefined();
      for (const user of [OUTSIDER, REVIEWER])
        expect(sidebarCall(addOn, user, 'reviewDeed', { id, version: 1, action: { kind: 'accept' } })).toEqual(
          expect.objectContaining({ ok: false, code: 'forbidden' }),
        );
      expect(roleIncidents(addOn).map((r) => r[3])).toContain(MSG_TRUST.refused(MSG_TRUST.fault[fault]));
      // Admin items are refused too: the admins' list is not trusted either.
      addOn.runtime.setUser(ADMIN);
      addOn.call('menuSelfCheck');
      expect(addOn.runtime.ui.alerts.at(-1)?.prompt).not.toMatch(/Đạt|Không đạt/);

      // The installer checks the lists, takes the stranger out, and restores the protections.
      expect(typeSetting(addOn, 'Email người duyệt', REVIEWER, ADMIN)[0]?.error).toBeUndefined();
      addOn.call('menuUpdatePermissions');
      expect(addOn.runtime.ui.alerts.at(-2)?.prompt).toBe(MSG_TRUST.confirm([ADMIN], [REVIEWER]));
      expect(addOn.runtime.ui.alerts.at(-1)?.prompt).toBe(MSG_TRUST.done);
      expect(okValue(review(addOn, id, { kind: 'accept' })).status).toBe('da_duyet');
      expect(
        sidebarCall(addOn, OUTSIDER, 'reviewDeed', { id, version: 2, action: { kind: 'reject', reason: 'x' } }),
      ).toEqual(expect.objectContaining({ ok: false, code: 'forbidden' }));
      expect(() => typeSetting(addOn, 'Email người duyệt', OUTSIDER, OUTSIDER)).toThrow(PROTECTED_CELL);
    },
  );

  it('an admin who adds a reviewer needs no re-sync for roles; the reviewer writes once «Cập nhật quyền» ran', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    const second = 'phogiamdoc@example.org';
    typeSetting(addOn, 'Email người duyệt', `${ADMIN}, ${REVIEWER}, ${second}`, ADMIN);
    expect(roleIncidents(addOn)).toEqual([]);
    addOn.runtime.setUser(ADMIN);
    addOn.call('menuUpdatePermissions');
    expect(okValue(review(addOn, id, { kind: 'accept' }, second)).status).toBe('da_duyet');
    expect(auditRows(addOn).at(-1)?.[1]).toBe(second);
  });
});

describe('incidents cannot be spammed', () => {
  it('at most 5 rows of a kind an hour; the next hour says how many were left out', () => {
    const addOn = freshAddOn();
    addOn.runtime.setUser(REVIEWER); // may write «Sự cố»: every refusal lands in the tab at once
    for (let i = 0; i < 8; i++) addOn.runtime.scriptRun('sendQueuedMail');
    const refused = () => tabRows(addOn, INCIDENTS.name).filter((r) => r[2] === 'sendQueuedMail');
    expect(refused()).toHaveLength(5);
    addOn.runtime.clock.advance(3600_000);
    addOn.runtime.scriptRun('sendQueuedMail');
    expect(refused()).toHaveLength(6);
    expect(tabRows(addOn, INCIDENTS.name).map((r) => r[3])).toContain(
      `(3 sự cố «${MSG_ACCESS.callerJob}» khác trong giờ trước không được ghi từng dòng.)`,
    );
  });
});
