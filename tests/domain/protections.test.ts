// The protection plan (src/domain/protections.ts): which columns of «Việc tốt» are the add-on's, and when «Cấu hình»'s
// protection vouches for the roles typed in it.
import { editorsFor, ownColumnRuns, settingsProtectionFault } from '../../src/domain/protections';
import { DEED } from '../../src/domain/tabs';

const MARK = '[Việc tốt]';
const own = new Set(ownColumnRuns().flatMap(([first, n]) => Array.from({ length: n }, (_, i) => DEED.keys[first + i])));

describe('the protection plan', () => {
  it('protects the add-on’s columns of «Việc tốt», not the unit’s answers', () => {
    for (const key of ['id', 'receivedAt', 'unitCode', 'field', 'status', 'thuKhen', 'note', 'email', 'version'])
      expect(own.has(key as never)).toBe(true);
    for (const key of ['title', 'description', 'performerName', 'phone', 'submittedField'])
      expect(own.has(key as never)).toBe(false);
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
