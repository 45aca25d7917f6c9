// The protection plan (src/domain/protections.ts): which columns of «Việc tốt» are the add-on's, and when «Cấu hình»'s
// protection vouches for the roles typed in it.
import { PROTECTED_TABS, editorsFor, settingsProtectionFault } from '../../src/domain/protections';
import { CORRECTIONS, DUPLICATE_INDEX_TAB, LADDER_PASS, NEEDS_FIX, SETTINGS } from '../../src/domain/tabs';

const MARK = '[Việc tốt]';
const audienceOf = (name: string) =>
  PROTECTED_TABS.find((p) => (typeof p.tab === 'string' ? p.tab : p.tab.name) === name)?.audience;

describe('the protection plan', () => {
  it('protects the tabs added since: the corrections and the ladder’s pass for staff, the duplicate index for admins', () => {
    expect(audienceOf(CORRECTIONS.name)).toBe('staff');
    expect(audienceOf(LADDER_PASS.name)).toBe('staff');
    expect(audienceOf(DUPLICATE_INDEX_TAB)).toBe('admins');
    expect(audienceOf(SETTINGS.name)).toBe('admins');
    expect(audienceOf(NEEDS_FIX.name)).toBe('warning'); // people answer refused reports by hand
    expect(editorsFor('warning', { admins: ['a@x.org'], reviewers: [] }, 'i@x.org')).toEqual([]);
  });

  it('lists admins (and reviewers where they write) and the installer, lower-cased, once', () => {
    const roles = { admins: ['A@x.org'], reviewers: ['r@x.org', 'a@x.org'] };
    expect(editorsFor('admins', roles, 'i@x.org')).toEqual(['a@x.org', 'i@x.org']);
    expect(editorsFor('staff', roles, 'I@x.org')).toEqual(['a@x.org', 'r@x.org', 'i@x.org']);
  });

  it('trusts «Cấu hình» only under its own enforced protection listing no one else', () => {
    const allowed = ['a@x.org', 'i@x.org'];
    const ours = { description: `${MARK} …`, warningOnly: false, editors: ['A@x.org', 'i@x.org'] };
    expect(settingsProtectionFault([ours], MARK, allowed)).toBeNull();
    expect(settingsProtectionFault([], MARK, allowed)).toBe('missing');
    expect(settingsProtectionFault([{ ...ours, description: 'người khác' }], MARK, allowed)).toBe('missing');
    expect(settingsProtectionFault([{ ...ours, warningOnly: true }], MARK, allowed)).toBe('warningOnly');
    expect(settingsProtectionFault([{ ...ours, editors: [...ours.editors, 'x@y.org'] }], MARK, allowed)).toBe(
      'widened',
    );
  });
});
