// The reviewers' server through the real bundle: roles checked on the server, the seed's rules, stale
// versions refused, only changed cells written, one audit row per change, paged lists in ≤ 3 Sheets calls.
import { auditRows } from '../auditView';
import { OUTSIDER, REVIEWER, submitAnswers } from '../../local/flows';
import type { AddOn } from '../../local/addon';
import { DEED } from '../../src/domain/tabs';
import { SERVER_FUNCTIONS } from '#contract';
import type { DeedDetail, DeedPage, ReviewAction, SidebarState } from '#contract';
import { GOOD, freshAddOn, getDeed, okValue, review, sidebarCall, tabRows } from '../helpers';

function withDeeds(): { addOn: AddOn; once: string; longRunning: string; hostile: string } {
  const addOn = freshAddOn();
  const once = submitAnswers(addOn, GOOD).id!;
  const longRunning = submitAnswers(addOn, {
    ...GOOD,
    title: 'Nuôi dưỡng cụ bà neo đơn suốt 10 tháng',
    description: 'Chi hội phụ nữ ấp 3 thay nhau nấu cơm, chăm sóc cụ bà neo đơn, hộ nghèo Nguyễn Thị Hai từ đầu năm.',
    nature: 'Thường xuyên',
    startDate: '2026-01-05',
    proposal: 'Giấy khen',
  }).id!;
  const hostile = submitAnswers(addOn, {
    ...GOOD,
    unit: 'Chi bộ Trường THCS Tân Thông Hội',
    title: 'Dạy kèm <script>window.x=1</script>',
    description: 'Cô giáo dạy kèm miễn phí cho học sinh yếu <img src=x onerror=alert(1)> mỗi tối.',
    proposal: '',
  }).id!;
  for (const id of [once, longRunning, hostile]) expect(id).toMatch(/^VT-/);
  addOn.runtime.meter.reset();
  return { addOn, once, longRunning, hostile };
}

describe('roles', () => {
  it('shows the sidebar read-only to someone not listed as a reviewer, and says why', () => {
    const { addOn } = withDeeds();
    const state = okValue(sidebarCall<SidebarState>(addOn, OUTSIDER, 'getSidebarState'));
    expect(state.canEdit).toBe(false);
    expect(state.readOnlyReason).toContain(OUTSIDER);
    expect(okValue(sidebarCall<SidebarState>(addOn, REVIEWER, 'getSidebarState')).canEdit).toBe(true);
  });

  it('refuses every change by a non-reviewer on the server, whatever the client sends', () => {
    const { addOn, once } = withDeeds();
    const d = getDeed(addOn, once);
    const actions: ReviewAction[] = [
      { kind: 'accept' },
      { kind: 'request_info', message: 'Xin bổ sung hình ảnh' },
      { kind: 'reject', reason: 'Không phải việc tốt' },
      { kind: 'set_field', field: 'hoa_giai' },
      { kind: 'mark', recognition: 'thu_khen', on: true },
      { kind: 'note', note: 'ghi chú' },
    ];
    for (const user of [OUTSIDER, '', 'TUYENGIAO@EXAMPLE.ORG.evil.example']) {
      for (const action of actions) {
        const r = sidebarCall(addOn, user, 'reviewDeed', { id: once, row: d.row, version: d.version, action });
        expect(r).toEqual({ ok: false, code: 'forbidden', error: expect.stringContaining('không có quyền') });
      }
    }
    expect(getDeed(addOn, once).version).toBe(1);
    expect(auditRows(addOn)).toEqual([]);
    // Every function the sidebar can call is either read-only or refused (here, or in tests/app/ladder.test.ts).
    expect([...SERVER_FUNCTIONS].sort()).toEqual([
      'decideSuggestion',
      'getDeed',
      'getHistory',
      'getLadder',
      'getSidebarState',
      'listDeeds',
      'recordDecision',
      'refreshLadder',
      'reviewDeed',
      'showDraft',
    ]);
  });

  it('parses every argument: malformed input gets a Vietnamese message, never a crash', () => {
    const { addOn, once } = withDeeds();
    const bad: unknown[] = [
      null,
      'VT-1',
      { id: once, version: '1', action: { kind: 'accept' } },
      { id: once, version: 1, action: { kind: 'delete_everything' } },
      { id: '=1+1', version: 1, action: { kind: 'accept' } },
      { id: once, version: 1, action: { kind: 'note', note: 'x'.repeat(6000) } },
    ];
    for (const arg of bad)
      expect(sidebarCall(addOn, REVIEWER, 'reviewDeed', arg)).toEqual(
        expect.objectContaining({ ok: false, code: 'invalid' }),
      );
    expect(
      sidebarCall(addOn, REVIEWER, 'listDeeds', { filter: { month: '2026-13-01' }, offset: 0, limit: 20 }),
    ).toEqual(expect.objectContaining({ ok: false, error: expect.stringContaining('Yêu cầu không hợp lệ') }));
  });
});

describe('decisions under the seed’s rules', () => {
  it('accepts, then marks a Thư khen for a đột xuất deed, writing the row and the audit trail', () => {
    const { addOn, once } = withDeeds();
    expect(okValue(review(addOn, once, { kind: 'accept' })).status).toBe('da_duyet');
    addOn.runtime.meter.reset();
    const marked = okValue(review(addOn, once, { kind: 'mark', recognition: 'thu_khen', on: true }));
    expect(marked.recognitions).toEqual(['thu_khen']);
    expect(marked.version).toBe(3);
    const row = tabRows(addOn, DEED.name).find((r) => r[0] === once)!;
    expect(row[DEED.col.honours]).toBe('Thư khen');
    expect(row[DEED.col.status]).toBe('Đã duyệt');
    expect(row[DEED.col.reviewer]).toBe(REVIEWER);
    const audit = auditRows(addOn);
    expect(audit.map((a) => [a[1], a[2], a[3], a[4], a[5], a[6]])).toEqual([
      [REVIEWER, once, 'duyệt', 'Trạng thái', 'Mới', 'Đã duyệt'],
      [REVIEWER, once, 'đánh dấu', 'Thư khen', 'Không', 'Có'],
    ]);
  });

  it('touches only the cells it changes', () => {
    const { addOn, once } = withDeeds();
    okValue(review(addOn, once, { kind: 'accept' }));
    const d = getDeed(addOn, once);
    addOn.runtime.meter.reset();
    okValue(
      sidebarCall(addOn, REVIEWER, 'reviewDeed', {
        id: once,
        row: d.row,
        version: d.version,
        action: { kind: 'mark', recognition: 'thu_khen', on: true },
      }),
    );
    const calls = addOn.runtime.meter.snapshot().calls;
    expect(calls['Spreadsheet.Range.setValue']).toBe(1); // the Thư khen cell
    expect(calls['Spreadsheet.Range.setValues']).toBe(1); // reviewer, time, version side by side
    expect(calls['Spreadsheet.Sheet.appendRow']).toBe(1); // one audit row
  });

  it('enforces Thư khen for đột xuất, Giấy khen for thường xuyên of the minimum duration, nominations only when accepted', () => {
    const { addOn, once, longRunning } = withDeeds();
    expect(review(addOn, once, { kind: 'mark', recognition: 'thu_khen', on: true })).toEqual(
      expect.objectContaining({ ok: false, code: 'rule', error: expect.stringContaining('Chỉ việc tốt đã duyệt') }),
    );
    okValue(review(addOn, once, { kind: 'accept' }));
    okValue(review(addOn, longRunning, { kind: 'accept' }));
    expect(review(addOn, once, { kind: 'mark', recognition: 'giay_khen', on: true })).toEqual(
      expect.objectContaining({
        ok: false,
        error: expect.stringContaining('Giấy khen chỉ dành cho việc tốt thường xuyên'),
      }),
    );
    expect(review(addOn, longRunning, { kind: 'mark', recognition: 'thu_khen', on: true })).toEqual(
      expect.objectContaining({ ok: false, error: expect.stringContaining('Thư khen chỉ dành cho việc tốt đột xuất') }),
    );
    expect(
      okValue(review(addOn, longRunning, { kind: 'mark', recognition: 'giay_khen', on: true })).recognitions,
    ).toEqual(['giay_khen']);
  });

  it('refuses a Giấy khen before the minimum duration in settings', () => {
    const { addOn } = withDeeds();
    const recent = submitAnswers(addOn, {
      ...GOOD,
      title: 'Quét dọn đường làng hằng tuần',
      nature: 'Thường xuyên',
      startDate: '2026-10-01',
      proposal: '',
    }).id!;
    okValue(review(addOn, recent, { kind: 'accept' }));
    expect(review(addOn, recent, { kind: 'mark', recognition: 'giay_khen', on: true })).toEqual(
      expect.objectContaining({
        ok: false,
        error: 'Giấy khen cần việc tốt thực hiện ít nhất 3 tháng; việc này mới 1 tháng.',
      }),
    );
  });

  it('rejects with a reason, clearing nominations; asks for more information by email to the unit', () => {
    const { addOn, once, longRunning } = withDeeds();
    okValue(review(addOn, once, { kind: 'accept' }));
    okValue(review(addOn, once, { kind: 'mark', recognition: 'phat_thanh', on: true }));
    expect(review(addOn, once, { kind: 'reject', reason: '' })).toEqual(
      expect.objectContaining({ ok: false, code: 'rule' }),
    );
    // Rejecting an accepted deed reverses a decision: refused until the reviewer confirms it.
    expect(review(addOn, once, { kind: 'reject', reason: 'Trùng với báo cáo tuần trước' })).toEqual(
      expect.objectContaining({ ok: false, code: 'rule' }),
    );
    const rejected = okValue(
      review(addOn, once, { kind: 'reject', reason: 'Trùng với báo cáo tuần trước', reverse: true }),
    );
    expect(rejected.status).toBe('tu_choi');
    expect(rejected.recognitions).toEqual([]);
    expect(rejected.note).toContain('Trùng với báo cáo tuần trước');
    okValue(review(addOn, longRunning, { kind: 'request_info', message: 'Xin gửi thêm hình ảnh và xác nhận của ấp.' }));
    const mail = addOn.runtime.mail.sent.at(-1)!;
    expect(mail.to).toBe(GOOD.email);
    expect(mail.body).toContain('Xin gửi thêm hình ảnh và xác nhận của ấp.');
  });

  it('marks radio for the current week and counts it against the target', () => {
    const { addOn, once } = withDeeds();
    okValue(review(addOn, once, { kind: 'accept' }));
    expect(okValue(review(addOn, once, { kind: 'mark', recognition: 'phat_thanh', on: true })).radioWeek).toBe(
      '2026-W48',
    );
    expect(okValue(sidebarCall<SidebarState>(addOn, REVIEWER, 'getSidebarState')).radio).toEqual({
      week: '2026-W48',
      picks: 1,
      target: 2,
    });
  });
});

describe('concurrency', () => {
  it('refuses a change made on a stale version and tells the reviewer to reload', () => {
    const { addOn, once } = withDeeds();
    const seen = getDeed(addOn, once);
    okValue(
      sidebarCall(addOn, 'admin@example.org', 'reviewDeed', {
        id: once,
        row: seen.row,
        version: seen.version,
        action: { kind: 'accept' },
      }),
    );
    const stale = sidebarCall(addOn, REVIEWER, 'reviewDeed', {
      id: once,
      row: seen.row,
      version: seen.version,
      action: { kind: 'reject', reason: 'Không đúng sự thật' },
    });
    expect(stale).toEqual({ ok: false, code: 'stale', error: expect.stringContaining('tải lại') });
    expect(getDeed(addOn, once).status).toBe('da_duyet');
  });

  it('finds the deed by id when rows moved (someone sorted the sheet)', () => {
    const { addOn, once } = withDeeds();
    const seen = getDeed(addOn, once);
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    sheet.insertRowsBefore(2, 3);
    expect(
      okValue(
        sidebarCall<DeedDetail>(addOn, REVIEWER, 'reviewDeed', {
          id: once,
          row: seen.row,
          version: 1,
          action: { kind: 'accept' },
        }),
      ).row,
    ).toBe(seen.row + 3);
  });

  it('answers "busy" when the document lock cannot be had, and changes nothing', () => {
    const { addOn, once } = withDeeds();
    const seen = getDeed(addOn, once);
    addOn.runtime.faults.holdLock('document', true);
    expect(
      sidebarCall(addOn, REVIEWER, 'reviewDeed', { id: once, row: seen.row, version: 1, action: { kind: 'accept' } }),
    ).toEqual(expect.objectContaining({ ok: false, code: 'busy' }));
    addOn.runtime.faults.holdLock('document', false);
    expect(getDeed(addOn, once).status).toBe('moi');
  });
});

describe('the list', () => {
  it('filters and searches without accents, newest first, with counts per status', () => {
    const { addOn, once, hostile } = withDeeds();
    okValue(review(addOn, once, { kind: 'accept' }));
    const page = (filter: object) =>
      okValue(
        sidebarCall<DeedPage>(addOn, REVIEWER, 'listDeeds', {
          filter: { month: '2026-11', ...filter },
          offset: 0,
          limit: 20,
        }),
      );
    expect(page({}).total).toBe(3);
    expect(page({}).statusCounts).toEqual({
      moi: 2,
      da_duyet: 1,
      can_bo_sung: 0,
      tu_choi: 0,
      can_duyet_lai: 0,
      co_so_duyet: 0,
    });
    expect(page({ search: 'LONG LE DUONG' }).items.map((i) => i.id)).toEqual([once]);
    expect(page({ search: 'day kem' }).items.map((i) => i.id)).toEqual([hostile]);
    expect(page({ unitType: 'giao_duc' }).items.map((i) => i.id)).toEqual([hostile]);
    expect(page({ status: 'da_duyet' }).items.map((i) => i.id)).toEqual([once]);
    expect(page({ week: '2026-W47' }).total).toBe(3);
    expect(page({ week: '2026-W48' }).total).toBe(0);
    expect(page({ month: '2026-10' }).total).toBe(0);
    expect(page({}).items[0]!.id).toBe(hostile);
  });
});
