// Reading one submission: every reason in Vietnamese, the seed's proposal rules, NFD input, unit lookup.
import { readSubmission } from '../../src/domain/submission';
import type { Unit } from '../../src/domain/submission';
import type { Answers } from '../../src/domain/form';

const units: Unit[] = [
  { code: 'X-ANPHU', name: 'Đảng bộ xã An Phú', unitType: 'xa_thi_tran', parent: 'HU', email: '', active: true },
  { code: 'X-OLD', name: 'Đảng bộ xã Cũ', unitType: 'xa_thi_tran', parent: 'HU', email: '', active: false },
];
const ctx = { unitsByName: new Map(units.map((u) => [u.name, u])), today: { year: 2026, month: 11, day: 27 } };

const good: Answers = {
  unit: 'Đảng bộ xã An Phú',
  performerKind: 'Cá nhân',
  performerName: 'Nguyễn Văn Tư',
  title: 'Trả lại ví nhặt được',
  description: 'Anh Tư nhặt được ví có 5 triệu đồng và giấy tờ, đã trả lại cho người đánh rơi.',
  nature: 'Đột xuất',
  doneOn: '20/11/2026',
  proposal: 'Thư khen',
  email: 'chibo@example.org',
  phone: '0912 345 678',
};

describe('readSubmission', () => {
  it('reads a good submission into typed values', () => {
    const r = readSubmission(good, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.submission.unit.code).toBe('X-ANPHU');
    expect(r.submission.nature).toBe('dot_xuat');
    expect(r.submission.proposal).toBe('thu_khen');
    expect(r.submission.doneOn).toEqual({ year: 2026, month: 11, day: 20 });
    expect(r.submission.submittedField).toBeUndefined();
  });

  it('accepts text typed on an NFD keyboard with stray spaces', () => {
    const nfd: Answers = Object.fromEntries(
      Object.entries(good).map(([k, v]) => [k, `  ${String(v).normalize('NFD')}  `]),
    ) as Answers;
    const r = readSubmission(nfd, ctx);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.submission.title).toBe('Trả lại ví nhặt được');
  });

  it('collects every reason at once, in Vietnamese', () => {
    const r = readSubmission(
      { ...good, unit: 'Xã Không Có', title: 'Ví', doneOn: '31/02/2026', email: 'x@', phone: 'abc' },
      ctx,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Không tìm thấy đơn vị «Xã Không Có»'),
        expect.stringContaining('«Tên việc tốt» quá ngắn'),
        expect.stringContaining('«Ngày thực hiện» không phải ngày hợp lệ'),
        expect.stringContaining('«Email liên hệ» không đúng dạng'),
        expect.stringContaining('«Số điện thoại liên hệ» không đúng dạng'),
      ]),
    );
    expect(r.reasons).toHaveLength(5);
  });

  it('names every missing required answer', () => {
    const r = readSubmission({}, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const label of ['Đơn vị', 'Người thực hiện là', 'Tính chất', 'Ngày thực hiện'])
      expect(r.reasons.join('\n')).toContain(`Chưa trả lời câu «${label}»`);
  });

  it('enforces the seed: Thư khen for đột xuất, Giấy khen for thường xuyên with a start date', () => {
    const tx = readSubmission({ ...good, nature: 'Thường xuyên', startDate: '01/01/2026' }, ctx);
    expect(!tx.ok && tx.reasons).toEqual([expect.stringContaining('Thư khen chỉ cho việc tốt đột xuất')]);
    const gk = readSubmission({ ...good, proposal: 'Giấy khen' }, ctx);
    expect(!gk.ok && gk.reasons).toEqual([expect.stringContaining('Giấy khen chỉ cho việc tốt thường xuyên')]);
    const noStart = readSubmission({ ...good, nature: 'Thường xuyên', proposal: 'Giấy khen' }, ctx);
    expect(!noStart.ok && noStart.reasons).toEqual([expect.stringContaining('cần «Ngày bắt đầu»')]);
    const ok = readSubmission({ ...good, nature: 'Thường xuyên', proposal: 'Giấy khen', startDate: '2026-01-05' }, ctx);
    expect(ok.ok && ok.submission.startDate).toEqual({ year: 2026, month: 1, day: 5 });
    // A unit may propose a gương điển hình for the 19/5 honours, for a deed of either nature.
    const model = readSubmission({ ...good, proposal: 'Gương điển hình' }, ctx);
    expect(model.ok && model.submission.proposal).toBe('guong_dien_hinh');
  });

  it('refuses dates in the future, before the campaign, and a start after the deed', () => {
    const future = readSubmission({ ...good, doneOn: '28/11/2026' }, ctx);
    expect(!future.ok && future.reasons[0]).toContain('ở tương lai');
    const old = readSubmission({ ...good, doneOn: '01/01/1900' }, ctx);
    expect(!old.ok && old.reasons[0]).toContain('trước năm 2017');
    const reversed = readSubmission({ ...good, nature: 'Thường xuyên', proposal: '', startDate: '21/11/2026' }, ctx);
    expect(!reversed.ok && reversed.reasons[0]).toContain('phải trước hoặc bằng');
  });

  it('refuses an inactive unit and a choice that is not offered', () => {
    const r = readSubmission({ ...good, unit: 'Đảng bộ xã Cũ', nature: 'Bất chợt' }, ctx);
    expect(!r.ok && r.reasons.join(' ')).toMatch(/ngừng hoạt động.*|.*Tính chất/);
    expect(!r.ok && r.reasons).toHaveLength(2);
  });

  it('keeps the unit’s own field and treats "Khác" as no choice', () => {
    const own = readSubmission({ ...good, field: 'Hòa giải bức xúc của Nhân dân' }, ctx);
    expect(own.ok && own.submission.submittedField).toBe('hoa_giai');
    const other = readSubmission({ ...good, field: 'Khác' }, ctx);
    expect(other.ok && other.submission.submittedField).toBeUndefined();
  });

  it('refuses a link that is not http(s), such as a javascript: URL', () => {
    const r = readSubmission({ ...good, evidence: 'javascript:alert(1)' }, ctx);
    expect(!r.ok && r.reasons[0]).toContain('http://');
  });
});
