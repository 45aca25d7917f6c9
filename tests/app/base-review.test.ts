// The optional first stage: a base committee's own reviewers (named in the protected «Cấu hình») see and vet only
// their units' deeds, passing them on as «Cơ sở đã duyệt»; the department accepts such a deed only after them.
// Every role is checked on the server, every action audited.
import { auditRows } from '../auditView';
import type { AddOn } from '../../local/addon';
import { ADMIN, REVIEWER } from '../../local/flows';
import { SAMPLE_UNITS } from '../../local/demo';
import type { DeedDetail, DeedPage, ReviewAction, SidebarState } from '#contract';
import { DEED, SETTINGS } from '../../src/domain/tabs';
import { gas } from '../../local/runtime';
import { okValue, sidebarCall, tabRows } from '../helpers';
import { putDeeds, setSetting, sheetAt } from './reporting-fixtures';

const BASE = 'coso.congan@example.org';
const STAGE = 'Cơ sở duyệt trước khi Ban duyệt (Có/Không)';
const BASE_REVIEWERS = 'Người duyệt cấp cơ sở (mã cơ sở: email, …; mã khác: …)';
const POLICE = SAMPLE_UNITS.findIndex((u) => u.code === 'DB-CONGAN');

function sheet(stage: 'Có' | 'Không'): AddOn {
  const addOn = sheetAt('2026-11-25T09:00:00+07:00');
  setSetting(addOn, STAGE, stage);
  setSetting(addOn, BASE_REVIEWERS, `DB-CONGAN: ${BASE}`);
  addOn.runtime.setUser(ADMIN);
  addOn.call('menuUpdatePermissions'); // base reviewers write where reviewers do
  putDeeds(addOn, [
    { doneOn: '2026-11-20', unit: POLICE, status: 'moi', title: 'Tuần tra đêm giữ bình yên' },
    { doneOn: '2026-11-21', unit: 0, status: 'moi', title: 'Việc của thị trấn' },
  ]);
  return addOn;
}

const list = (addOn: AddOn, user: string) =>
  okValue(sidebarCall<DeedPage>(addOn, user, 'listDeeds', { filter: { month: '2026-11' }, offset: 0, limit: 20 }))
    .items;
const byTitle = (addOn: AddOn, title: string) => list(addOn, REVIEWER).find((d) => d.title === title)!;

function act(addOn: AddOn, user: string, title: string, action: ReviewAction) {
  const d = byTitle(addOn, title);
  return sidebarCall<DeedDetail>(addOn, user, 'reviewDeed', { id: d.id, row: d.row, version: d.version, action });
}

describe('base-committee reviewers, the stage on', () => {
  it('see only their units’ deeds, and may open no other', () => {
    const addOn = sheet('Có');
    expect(list(addOn, BASE).map((d) => d.title)).toEqual(['Tuần tra đêm giữ bình yên']);
    expect(okValue(sidebarCall<SidebarState>(addOn, BASE, 'getSidebarState')).canEdit).toBe(true);
    const other = byTitle(addOn, 'Việc của thị trấn');
    const opened = sidebarCall(addOn, BASE, 'getDeed', { id: other.id });
    expect(opened).toMatchObject({ ok: false, code: 'forbidden' });
    expect(list(addOn, REVIEWER)).toHaveLength(2); // the department sees everything
  });

  it('show a base committee no count of the whole month (the month index counts every unit)', () => {
    const addOn = sheet('Có');
    const page = (user: string) =>
      okValue(sidebarCall<DeedPage>(addOn, user, 'listDeeds', { filter: { month: '2026-11' }, offset: 0, limit: 20 }));
    expect(page(BASE).statusCounts).toBeUndefined();
    expect(page(BASE).total).toBe(1);
    expect(page(REVIEWER).statusCounts).toEqual(expect.objectContaining({ moi: 2 }));
  });

  it('pass their deed on as «Cơ sở đã duyệt», audited, and may do nothing else', () => {
    const addOn = sheet('Có');
    const mark = act(addOn, BASE, 'Tuần tra đêm giữ bình yên', { kind: 'mark', recognition: 'thu_khen', on: true });
    expect(mark).toMatchObject({ ok: false, code: 'forbidden' });
    expect(act(addOn, BASE, 'Việc của thị trấn', { kind: 'accept' })).toMatchObject({ ok: false, code: 'forbidden' });
    const passed = okValue(act(addOn, BASE, 'Tuần tra đêm giữ bình yên', { kind: 'accept' }));
    expect(passed.status).toBe('co_so_duyet');
    const row = tabRows(addOn, DEED.name).find((r) => r[DEED.col.title] === 'Tuần tra đêm giữ bình yên')!;
    expect(row[DEED.col.status]).toBe('Cơ sở đã duyệt');
    expect(row[DEED.col.reviewer]).toBe(BASE);
    const audit = auditRows(addOn).map((r) => [r[1], r[3], r[6]]);
    expect(audit).toContainEqual([BASE, 'cơ sở: duyệt', 'Cơ sở đã duyệt']);
  });

  it('the department accepts a deed of such a unit only once its base committee has passed it', () => {
    const addOn = sheet('Có');
    const early = act(addOn, REVIEWER, 'Tuần tra đêm giữ bình yên', { kind: 'accept' });
    expect(early).toMatchObject({ ok: false, code: 'rule' });
    okValue(act(addOn, REVIEWER, 'Việc của thị trấn', { kind: 'accept' })); // its base committee has no reviewers
    okValue(act(addOn, BASE, 'Tuần tra đêm giữ bình yên', { kind: 'accept' }));
    const passed = list(addOn, REVIEWER).filter((d) => d.status === 'co_so_duyet');
    expect(passed.map((d) => d.title)).toEqual(['Tuần tra đêm giữ bình yên']);
    expect(okValue(act(addOn, REVIEWER, 'Tuần tra đêm giữ bình yên', { kind: 'accept' })).status).toBe('da_duyet');
  });
});

describe('a «Cấu hình» its protection no longer vouches for', () => {
  it('names no base committee reviewer either', () => {
    const addOn = sheet('Có');
    addOn.runtime.setUser(ADMIN);
    const { SpreadsheetApp } = gas(addOn.runtime);
    addOn.runtime.spreadsheet
      .getSheetByName(SETTINGS.name)!
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]!
      .remove();
    addOn.call('onEdit', [{ range: addOn.runtime.spreadsheet.getSheetByName(SETTINGS.name)!.getRange('B1') }]);
    const refused = act(addOn, BASE, 'Tuần tra đêm giữ bình yên', { kind: 'accept' });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('the stage off (the default)', () => {
  it('gives a base committee’s reviewer no role, and the department reviews as before', () => {
    const addOn = sheet('Không');
    expect(okValue(sidebarCall<SidebarState>(addOn, BASE, 'getSidebarState')).canEdit).toBe(false);
    const refused = act(addOn, BASE, 'Tuần tra đêm giữ bình yên', { kind: 'accept' });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
    expect(okValue(act(addOn, REVIEWER, 'Tuần tra đêm giữ bình yên', { kind: 'accept' })).status).toBe('da_duyet');
  });
});
