// Tabs found by sheet id: a person renaming or deleting an owned tab never starts an empty one silently.
import type { AddOn } from '../../local/addon';
import { ADMIN, REVIEWER, submitAnswers } from '../../local/flows';
import { DEED, INCIDENTS, PENDING } from '../../src/domain/tabs';
import { GOOD, freshAddOn, getDeed, sidebarCall, tabRows } from '../helpers';
import { leadershipMails, monthlyAt, putDeeds, sheetAt } from './reporting-fixtures';

const OLD_NAME = 'Việc tốt cũ';
const tabNames = (addOn: AddOn) => addOn.runtime.spreadsheet.getSheets().map((s) => s.getName());
const incidents = (addOn: AddOn) => tabRows(addOn, INCIDENTS.name).map((r) => `${String(r[3])} | ${String(r[4])}`);
/** What a person does: double-click the tab's name and type another. */
const rename = (addOn: AddOn, from: string, to: string) => addOn.runtime.spreadsheet.getSheetByName(from)!.setName(to);

describe('a renamed «Việc tốt»', () => {
  it('queues the submission, starts no second «Việc tốt», says which tab was renamed; renaming it back records it', () => {
    const addOn = freshAddOn();
    submitAnswers(addOn, { ...GOOD, title: 'Lượt đầu: nạp cấu hình' });
    rename(addOn, DEED.name, OLD_NAME);

    const result = submitAnswers(addOn, GOOD);
    expect(result.status).toBe('queued');
    expect(tabNames(addOn)).not.toContain(DEED.name);
    expect(tabNames(addOn).filter((n) => n === OLD_NAME)).toHaveLength(1);
    expect(tabRows(addOn, OLD_NAME)).toHaveLength(1); // nothing written silently to the renamed tab
    expect(tabRows(addOn, PENDING.name).map((r) => r[0])).toEqual([result.id]);
    expect(String(tabRows(addOn, PENDING.name)[0]![2])).toContain(`«${OLD_NAME}»`);
    expect(incidents(addOn)).toEqual([
      expect.stringMatching(
        new RegExp(`«${DEED.name}» đã bị đổi tên thành «${OLD_NAME}».*Đổi tên tab «${OLD_NAME}» về «${DEED.name}»`),
      ),
    ]);

    rename(addOn, OLD_NAME, DEED.name);
    addOn.runtime.clock.advance(61_000);
    addOn.runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name).map((r) => r[0])).toContain(result.id);
    expect(tabRows(addOn, DEED.name)).toHaveLength(2);
    expect(tabRows(addOn, PENDING.name)).toEqual([]);
    expect(tabNames(addOn).filter((n) => n === DEED.name)).toHaveLength(1);
  });

  it('stops the monthly job with the rename in «Sự cố» instead of emailing leadership 0 deeds', () => {
    const addOn = sheetAt('2026-11-20T09:00:00+07:00');
    putDeeds(addOn, [{ doneOn: '2026-11-03' }, { doneOn: '2026-11-04' }]);
    rename(addOn, DEED.name, OLD_NAME);
    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeDefined();
    expect(leadershipMails(addOn)).toHaveLength(0);
    expect(tabNames(addOn)).not.toContain(DEED.name);
    expect(incidents(addOn).some((i) => i.includes(`«${DEED.name}» đã bị đổi tên thành «${OLD_NAME}»`))).toBe(true);

    rename(addOn, OLD_NAME, DEED.name);
    expect(monthlyAt(addOn, '2026-12-01T07:00:00+07:00').error).toBeUndefined();
    expect(leadershipMails(addOn)).toHaveLength(1);
  });

  it('makes set-up name the renamed tab and stop, and set-up after the name is back finishes', () => {
    const addOn = freshAddOn();
    rename(addOn, DEED.name, OLD_NAME);
    addOn.call('menuSetup');
    const prompt = addOn.runtime.ui.alerts.at(-1)!.prompt;
    expect(prompt).toContain(`Tab «${DEED.name}» đang mang tên «${OLD_NAME}»`);
    expect(tabNames(addOn)).not.toContain(DEED.name);
    rename(addOn, OLD_NAME, DEED.name);
    addOn.call('menuSetup');
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).toContain('Đã thiết lập xong');
  });

  it('follows a tab the admin made by the name when set-up is run again', () => {
    const addOn = freshAddOn();
    rename(addOn, DEED.name, OLD_NAME);
    const queued = submitAnswers(addOn, { ...GOOD, title: 'Gửi khi tab đã bị đổi tên' });
    expect(queued.status).toBe('queued'); // a tab merely bearing the name is not taken until set-up says so
    const made = addOn.runtime.spreadsheet.insertSheet(DEED.name);
    made.insertColumnsAfter(made.getMaxColumns(), DEED.width - made.getMaxColumns());
    made.getRange(1, 1, 1, DEED.width).setValues([[...DEED.headers]]);
    addOn.call('menuSetup');
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).toContain('Đã thiết lập xong');
    const result = submitAnswers(addOn, GOOD);
    expect(result.status).toBe('stored');
    addOn.runtime.clock.advance(61_000);
    addOn.runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name).map((r) => r[0])).toEqual([result.id, queued.id]);
  });
});

describe('a review after a rename', () => {
  it('is refused, writes nothing to the renamed tab and leaves the rename in «Sự cố»', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    const opened = getDeed(addOn, id);
    const before = tabRows(addOn, DEED.name);
    rename(addOn, DEED.name, OLD_NAME);
    const action = { kind: 'accept' } as const;
    const r = sidebarCall(addOn, REVIEWER, 'reviewDeed', { id, row: opened.row, version: opened.version, action });
    expect(r.ok).toBe(false);
    expect(tabNames(addOn)).not.toContain(DEED.name);
    expect(tabRows(addOn, OLD_NAME)).toEqual(before);
    expect(incidents(addOn)).toEqual([expect.stringContaining(`đã bị đổi tên thành «${OLD_NAME}»`)]);
  });
});

describe('other renames', () => {
  it('takes a change of case alone as the same tab, as a lookup by name does', () => {
    const addOn = freshAddOn();
    rename(addOn, DEED.name, DEED.name.toUpperCase());
    expect(submitAnswers(addOn, GOOD).status).toBe('stored');
    expect(tabRows(addOn, DEED.name.toUpperCase())).toHaveLength(1);
  });

  it('starts no second «Sự cố» when «Sự cố» itself was renamed, and the job still fails loudly', () => {
    const addOn = sheetAt('2026-11-20T09:00:00+07:00');
    putDeeds(addOn, [{ doneOn: '2026-11-03' }]);
    rename(addOn, DEED.name, OLD_NAME); // a first failure makes «Sự cố»
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    rename(addOn, OLD_NAME, DEED.name);
    expect(tabNames(addOn)).toContain(INCIDENTS.name);

    rename(addOn, INCIDENTS.name, 'Sự cố cũ');
    rename(addOn, DEED.name, OLD_NAME);
    expect(monthlyAt(addOn, '2026-12-01T07:00:00+07:00').error).toBeDefined();
    expect(tabNames(addOn)).not.toContain(INCIDENTS.name);
    expect(leadershipMails(addOn)).toHaveLength(0);
    const toAdmin = addOn.runtime.mail.sent.filter((m) => m.to.includes(ADMIN)).map((m) => m.body);
    expect(toAdmin.at(-1)).toContain(`«${DEED.name}» đã bị đổi tên thành «${OLD_NAME}»`); // the admin still hears of it
  });
});

describe('a deleted owned tab', () => {
  it('is created again by name, and «Sự cố» says so', () => {
    const addOn = freshAddOn();
    const ss = addOn.runtime.spreadsheet;
    ss.deleteSheet(ss.getSheetByName(DEED.name)!);
    expect(submitAnswers(addOn, GOOD).status).toBe('stored');
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
    expect(incidents(addOn)).toEqual([expect.stringContaining(`Tab «${DEED.name}» của tiện ích đã bị xoá`)]);
  });
});
