// Random interleavings of two reviewers working on the same deeds, through the bundle: no lost update,
// one audit row per change, only legal status moves, and the seed's rules hold after every step.
import { auditRows } from '../auditView';
import fc from 'fast-check';
import { REVIEWER, submitAnswers } from '../../local/flows';
import type { AddOn } from '../../local/addon';
import type { DeedDetail, ReviewAction, Result } from '#contract';
import type { Recognition, Status } from '../../src/shared/codes';
import { AUDIT_ACTIONS } from '../../src/shared/codes';
import { GOOD, freshAddOn } from '../helpers';

const OTHER = 'admin@example.org'; // also a reviewer in the settings local/flows.ts writes
const LEGAL: Record<Status, Status[]> = {
  moi: ['da_duyet', 'can_bo_sung', 'tu_choi'],
  can_bo_sung: ['da_duyet', 'tu_choi'],
  can_duyet_lai: ['da_duyet', 'can_bo_sung', 'tu_choi'],
  da_duyet: ['can_bo_sung', 'tu_choi'],
  tu_choi: ['da_duyet'],
  co_so_duyet: ['da_duyet', 'can_bo_sung', 'tu_choi'], // reached only by a base committee's reviewer
};
const RECOGNITIONS: Recognition[] = [
  'thu_khen',
  'giay_khen',
  'guong_dien_hinh',
  'phat_thanh',
  'ban_tin',
  'chuyen_duoi_co',
  'ky_yeu',
];

const action: fc.Arbitrary<ReviewAction> = fc.oneof(
  fc.constant<ReviewAction>({ kind: 'accept' }),
  fc.constant<ReviewAction>({ kind: 'request_info', message: 'Xin bổ sung hình ảnh minh chứng.' }),
  fc.constant<ReviewAction>({ kind: 'reject', reason: 'Không đủ thông tin xác minh.' }),
  fc.constantFrom<ReviewAction>(
    { kind: 'set_field', field: 'an_sinh_xa_hoi' },
    { kind: 'set_field', field: 'hoa_giai' },
  ),
  fc.record({ kind: fc.constant('mark' as const), recognition: fc.constantFrom(...RECOGNITIONS), on: fc.boolean() }),
  fc.string({ maxLength: 40 }).map((note): ReviewAction => ({ kind: 'note', note })),
);
const step = fc.record({ who: fc.constantFrom(REVIEWER, OTHER), deed: fc.nat(2), refresh: fc.boolean(), action });

function call(addOn: AddOn, user: string, fn: string, arg: unknown): Result<DeedDetail> {
  addOn.runtime.setUser(user);
  return addOn.runtime.scriptRun(fn, arg) as Result<DeedDetail>;
}

describe('two reviewers at random', () => {
  it('keep every invariant', () => {
    const addOn = freshAddOn();
    const ids = [
      submitAnswers(addOn, GOOD).id!,
      submitAnswers(addOn, {
        ...GOOD,
        title: 'Nấu cơm cho cụ bà neo đơn suốt năm',
        nature: 'Thường xuyên',
        startDate: '2026-01-05',
        proposal: 'Giấy khen',
      }).id!,
      submitAnswers(addOn, {
        ...GOOD,
        title: 'Quét dọn đường làng mỗi sáng',
        nature: 'Thường xuyên',
        startDate: '2026-10-01',
        proposal: '',
      }).id!,
    ];
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        // Each reviewer's view of each deed: what their sidebar last showed.
        const views = new Map<string, DeedDetail>();
        const view = (who: string, id: string) => {
          const key = `${who}|${id}`;
          if (!views.has(key)) views.set(key, (call(addOn, who, 'getDeed', { id }) as { value: DeedDetail }).value);
          return views.get(key)!;
        };
        for (const s of steps) {
          const id = ids[s.deed]!;
          if (s.refresh) views.delete(`${s.who}|${id}`);
          const seen = view(s.who, id);
          const before = (call(addOn, REVIEWER, 'getDeed', { id }) as { value: DeedDetail }).value;
          const auditBefore = auditRows(addOn).length;
          const r = call(addOn, s.who, 'reviewDeed', { id, row: seen.row, version: seen.version, action: s.action });
          const after = (call(addOn, REVIEWER, 'getDeed', { id }) as { value: DeedDetail }).value;
          const added = auditRows(addOn).slice(auditBefore);
          if (seen.version !== before.version) {
            // A stale view never overwrites: refused, nothing changed.
            expect(r).toEqual(expect.objectContaining({ ok: false, code: 'stale' }));
          }
          if (!r.ok) {
            expect(after.version).toBe(before.version);
            expect(added).toEqual([]);
            continue;
          }
          views.set(`${s.who}|${id}`, r.value);
          expect(r.value).toEqual(after);
          const changed = added.length;
          expect(after.version).toBe(changed === 0 ? before.version : before.version + 1);
          expect(added.every((a) => a[1] === s.who && a[2] === id && a[3] === AUDIT_ACTIONS[s.action.kind])).toBe(true);
          if (after.status !== before.status) expect(LEGAL[before.status]).toContain(after.status);
          // The seed's rules hold in what is stored.
          if (after.recognitions.length > 0) expect(after.status).toBe('da_duyet');
          if (after.recognitions.includes('thu_khen')) expect(after.nature).toBe('dot_xuat');
          if (after.recognitions.includes('giay_khen')) expect(after.nature).toBe('thuong_xuyen');
        }
      }),
      { numRuns: 60, seed: 4242 },
    );
    // The short thường xuyên deed never reaches the 3-month minimum: never a Giấy khen.
    const short = (call(addOn, REVIEWER, 'getDeed', { id: ids[2] }) as { value: DeedDetail }).value;
    expect(short.recognitions).not.toContain('giay_khen');
  });
});
