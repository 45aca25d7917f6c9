// The commendation ladder through the real bundle: histories and suggestions rebuilt from the deeds, accepted or
// dismissed under the seed's rules with an audit trail, the decision register, and the printable drafts.
import { auditRows } from '../auditView';
import { LEADER, OUTSIDER, REVIEWER } from '../../local/flows';
import type { AddOn } from '../../local/addon';
import { SAMPLE_UNITS } from '../../local/demo';
import type { DeedDetail, LadderView, PerformerHistory, Suggestion } from '#contract';
import { getDeed, okValue, review, sidebarCall, tabRows } from '../helpers';
import { MONTHLY_HANDLER, WEEKLY_HANDLER, fire, monthlyAt, putDeeds, setSetting, sheetAt } from './reporting-fixtures';
import type { DeedSpec } from './reporting-fixtures';
import { DEED, INCIDENTS, LADDER, REGISTER, SUGGESTIONS } from '../../src/domain/tabs';

const NOW = '2026-11-27T09:00:00+07:00';
const SUGGESTIONS_TAB = SUGGESTIONS.name;
const REGISTER_TAB = REGISTER.name;
const unit = SAMPLE_UNITS[0]!;
const SECOND = 'second@example.org';
const LADDER_HANDLER = 'ladderFollowUp';

const refresh = (addOn: AddOn, user = REVIEWER) => sidebarCall<LadderView>(addOn, user, 'refreshLadder');
const pending = (view: LadderView) => view.suggestions.filter((s) => s.status === 'pending');
const idsOf = (addOn: AddOn) => tabRows(addOn, DEED.name).map((r) => String(r[0]));

/** A sheet holding these deeds (accepted unless said otherwise), their ids in order. */
function sheetWith(specs: DeedSpec[]): { addOn: AddOn; ids: string[] } {
  const addOn = sheetAt(NOW);
  putDeeds(addOn, specs);
  addOn.runtime.meter.reset();
  return { addOn, ids: idsOf(addOn) };
}

/** A long-running deed reported three times (the minimum is 3 months), and a busy volunteer with 4 deeds. */
const LADDER_DEEDS: DeedSpec[] = [
  {
    doneOn: '2026-09-10',
    performerName: 'Lê Thị Ba',
    nature: 'thuong_xuyen',
    startDate: '2026-07-01',
    title: 'Nấu cơm cho cụ già neo đơn',
  },
  {
    doneOn: '2026-10-15',
    performerName: 'Lê Thị Ba',
    nature: 'thuong_xuyen',
    startDate: '2026-07-01',
    title: 'Nấu cơm cho cụ già neo đơn',
  },
  {
    doneOn: '2026-11-20',
    performerName: 'lê thị  BA',
    nature: 'thuong_xuyen',
    startDate: '2026-07-01',
    title: 'Nấu cơm cho cụ già neo đơn (tháng 11)',
  },
  ...['2026-06-02', '2026-08-09', '2026-10-11', '2026-11-12'].map((doneOn) => ({
    doneOn,
    performerName: 'Trần Văn Năm',
    title: `Giúp dân ngày ${doneOn}`,
  })),
  { doneOn: '2026-11-13', performerName: 'Phạm Văn Sáu', title: 'Chỉ một việc tốt' },
  { doneOn: '2026-11-14', performerName: 'Trần Văn Năm', title: 'Chưa được duyệt', status: 'moi' },
];

describe('the ladder: histories and suggestions', () => {
  it('suggests a Giấy khen once per long-running deed, and a 19 May model from the year of deeds', () => {
    const { addOn, ids } = sheetWith(LADDER_DEEDS);
    const view = okValue(refresh(addOn));
    expect(view.honours).toEqual({ date: '2027-05-19', from: '2026-05-20' });
    expect(view.updatedAt).toBe(new Date(NOW).toISOString());
    const list = pending(view);
    expect(list.map((s) => [s.kind, s.performerName, s.deedId])).toEqual([
      ['giay_khen', 'lê thị  BA', ids[2]], // the newest report of the run, however the name was typed
      ['guong_dien_hinh', 'Trần Văn Năm', ids[6]],
    ]);
    const [giayKhen, model] = list as [Suggestion, Suggestion];
    expect(giayKhen.reason).toBe(
      'Việc tốt thường xuyên từ 01/07/2026, đã thực hiện 4 tháng (tối thiểu 3 tháng), đã báo cáo 3 lần.',
    );
    expect(model.reason).toBe('4 việc tốt được duyệt từ 20/05/2026.');
    expect(giayKhen.key).toBe(`giay_khen|${unit.code}|le thi ba|2026-07-01`);
    // The tab people read says the same.
    expect(tabRows(addOn, SUGGESTIONS_TAB).map((r) => [r[1], r[2], r[4]])).toEqual([
      ['Giấy khen', 'Chờ xem xét', 'lê thị  BA'],
      ['Gương điển hình', 'Chờ xem xét', 'Trần Văn Năm'],
    ]);
  });

  it('counts a commendation towards the model: two deeds and a Thư khen are enough, three bare deeds are not', () => {
    const { addOn } = sheetWith([
      { doneOn: '2026-09-01', performerName: 'Võ Thị Bảy', thuKhen: true, title: 'Cứu người đuối nước' },
      { doneOn: '2026-10-01', performerName: 'Võ Thị Bảy', title: 'Hiến máu' },
      ...['2026-09-02', '2026-09-03', '2026-09-04'].map((doneOn) => ({
        doneOn,
        performerName: 'Đỗ Văn Tám',
        title: doneOn,
      })),
      // Deeds before the honours year (done by 19 May 2026) do not count towards 2027.
      ...['2026-05-01', '2026-05-19'].map((doneOn) => ({ doneOn, performerName: 'Đỗ Văn Tám', title: doneOn })),
    ]);
    const list = pending(okValue(refresh(addOn)));
    expect(list.map((s) => s.performerName)).toEqual(['Võ Thị Bảy']);
    expect(list[0]!.reason).toBe('2 việc tốt được duyệt từ 20/05/2026, 1 Thư khen.');
  });

  it('keeps each performer`s history and each unit`s line, read back in a constant number of Sheets calls', () => {
    const { addOn, ids } = sheetWith(LADDER_DEEDS);
    okValue(refresh(addOn));
    // «Hồ sơ khen thưởng» holds the candidates only (here the two suggested); the one-deed performer is in the
    // sidebar's list of the unit all the same, from the pass's saved aggregates.
    expect(tabRows(addOn, LADDER.name).map((r) => [r[LADDER.col.name], r[LADDER.col.accepted]])).toEqual([
      ['Trần Văn Năm', 4],
      ['lê thị  BA', 3],
    ]);
    // Its grid is its rows: the 10,000,000-cell limit counts a new tab's 1,000 rows, empty or not.
    expect(addOn.runtime.spreadsheet.getSheetByName(LADDER.name)!.getMaxRows()).toBe(3);
    const view = okValue(sidebarCall<LadderView>(addOn, OUTSIDER, 'getLadder'));
    expect(view.units).toEqual([
      { code: unit.code, name: unit.name, performers: 3, accepted: 8, thuKhen: 0, giayKhen: 0, guongDienHinh: 0 },
    ]);
    addOn.runtime.meter.reset();
    const people = okValue(sidebarCall<PerformerHistory[]>(addOn, OUTSIDER, 'getHistory', { unitCode: unit.code }));
    // the hidden tab found, its width, its unit's row: a range and its values
    expect(addOn.runtime.meter.sheetsCalls()).toBeLessThanOrEqual(4);
    expect(people.map((p) => [p.name, p.accepted])).toEqual([
      ['Trần Văn Năm', 4],
      ['lê thị  BA', 3],
      ['Phạm Văn Sáu', 1],
    ]);
    const nam = people[0]!;
    expect(nam.deeds.map((d) => d.id)).toEqual([ids[6], ids[5], ids[4], ids[3]]); // newest first, accepted only
    // The deed's detail carries the key its history is found by.
    const key = getDeed(addOn, ids[3]!).performerKey;
    addOn.runtime.meter.reset();
    const one = okValue(sidebarCall<PerformerHistory[]>(addOn, OUTSIDER, 'getHistory', { performerKey: key }));
    expect(addOn.runtime.meter.sheetsCalls()).toBeLessThanOrEqual(4); // as above
    expect(one).toEqual([nam]);
    expect(okValue(sidebarCall<PerformerHistory[]>(addOn, OUTSIDER, 'getHistory', { unitCode: 'KHÔNG-CÓ' }))).toEqual(
      [],
    );
  });
});

describe('deciding suggestions', () => {
  function withSuggestions() {
    const { addOn, ids } = sheetWith(LADDER_DEEDS);
    const [giayKhen, model] = pending(okValue(refresh(addOn))) as [Suggestion, Suggestion];
    addOn.runtime.meter.reset();
    return { addOn, ids, giayKhen, model };
  }

  it('accepting marks the recognition on the deed under the seed`s rules, audited, once', () => {
    const { addOn, ids, model } = withSuggestions();
    const view = okValue(
      sidebarCall<LadderView>(addOn, REVIEWER, 'decideSuggestion', { key: model.key, accept: true }),
    );
    expect(view.suggestions.find((s) => s.key === model.key)).toMatchObject({
      status: 'accepted',
      decidedBy: REVIEWER,
    });
    expect(getDeed(addOn, ids[6]!).recognitions).toEqual(['guong_dien_hinh']);
    expect(auditRows(addOn).map((r) => [r[1], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      [REVIEWER, ids[6], 'chấp nhận đề xuất', 'Gương điển hình', 'Không', 'Có'],
    ]);
    // A second reviewer's click on the card they still see is refused with who decided it, and nothing changes.
    setSetting(addOn, 'Email người duyệt', `${REVIEWER}, ${SECOND}`);
    const twice = sidebarCall(addOn, SECOND, 'decideSuggestion', {
      key: model.key,
      accept: false,
      reason: 'Đổi ý rồi',
    });
    expect(twice).toEqual({ ok: false, code: 'stale', error: expect.stringContaining(`Đã chấp nhận bởi ${REVIEWER}`) });
    // A rebuild keeps the decision and does not suggest the honoured performer again.
    const rebuilt = okValue(refresh(addOn));
    expect(rebuilt.suggestions.filter((s) => s.performerName === 'Trần Văn Năm').map((s) => s.status)).toEqual([
      'accepted',
    ]);
    expect(auditRows(addOn)).toHaveLength(1);
  });

  it('dismissing needs a reason, is audited, and survives a rebuild', () => {
    const { addOn, ids, giayKhen } = withSuggestions();
    const short = sidebarCall(addOn, REVIEWER, 'decideSuggestion', {
      key: giayKhen.key,
      accept: false,
      reason: ' ok ',
    });
    expect(short).toEqual({ ok: false, code: 'invalid', error: 'Hãy ghi lý do bỏ qua (ít nhất 5 ký tự).' });
    const view = okValue(
      sidebarCall<LadderView>(addOn, REVIEWER, 'decideSuggestion', {
        key: giayKhen.key,
        accept: false,
        reason: 'Đã được Giấy khen cấp xã năm nay',
      }),
    );
    expect(view.suggestions.find((s) => s.key === giayKhen.key)).toMatchObject({
      status: 'dismissed',
      note: 'Đã được Giấy khen cấp xã năm nay',
    });
    expect(auditRows(addOn).map((r) => [r[2], r[3], r[6]])).toEqual([
      [giayKhen.deedId, 'bỏ qua đề xuất', 'Đã bỏ qua: Đã được Giấy khen cấp xã năm nay'],
    ]);
    expect(getDeed(addOn, ids[2]!).recognitions).toEqual([]);
    const rebuilt = okValue(refresh(addOn));
    expect(rebuilt.suggestions.find((s) => s.key === giayKhen.key)?.status).toBe('dismissed');
  });

  it('refuses an accept the rules no longer allow, and a rebuild expires a suggestion that no longer holds', () => {
    const { addOn, ids, giayKhen } = withSuggestions();
    const deed = getDeed(addOn, ids[2]!);
    okValue(review(addOn, deed.id, { kind: 'reject', reason: 'Trùng với báo cáo tháng trước', reverse: true }));
    const refused = sidebarCall(addOn, REVIEWER, 'decideSuggestion', { key: giayKhen.key, accept: true });
    expect(refused).toEqual({ ok: false, code: 'rule', error: expect.stringContaining('đã duyệt') });
    const view = okValue(refresh(addOn));
    // The run's newest accepted report (15/10) is still 3 months in: the suggestion moves to it.
    expect(view.suggestions.find((s) => s.key === giayKhen.key)).toMatchObject({ status: 'pending', deedId: ids[1] });
    okValue(review(addOn, ids[1]!, { kind: 'reject', reason: 'Trùng với báo cáo tháng trước', reverse: true }));
    const expired = okValue(refresh(addOn)).suggestions.find((s) => s.key === giayKhen.key);
    expect(expired).toMatchObject({
      status: 'expired',
      note: expect.stringContaining('Không còn trong danh sách đề xuất'),
    });
  });

  it('suggests again what was accepted once its mark is taken off the deed', () => {
    const { addOn, ids, model } = withSuggestions();
    okValue(sidebarCall(addOn, REVIEWER, 'decideSuggestion', { key: model.key, accept: true }));
    okValue(review(addOn, ids[6]!, { kind: 'mark', recognition: 'guong_dien_hinh', on: false }));
    const again = okValue(refresh(addOn)).suggestions.find((s) => s.key === model.key);
    expect(again).toMatchObject({ status: 'pending', note: expect.stringContaining('không còn được đánh dấu') });
  });

  it('reads a status typed by hand with stray spaces, and writes back untouched a row it cannot read', () => {
    const { addOn, giayKhen, model } = withSuggestions();
    const sheet = addOn.runtime.spreadsheet.getSheetByName(SUGGESTIONS_TAB)!;
    const rowOf = (key: string) => tabRows(addOn, SUGGESTIONS_TAB).findIndex((r) => r[0] === key) + 2;
    sheet.getRange(rowOf(giayKhen.key), 3).setValue(' Đã bỏ qua ');
    sheet.getRange(rowOf(model.key), 3).setValue('Hoãn đến tháng 4');
    const unreadable = tabRows(addOn, SUGGESTIONS_TAB)[rowOf(model.key) - 2];
    const view = okValue(refresh(addOn));
    expect(view.suggestions.find((s) => s.key === giayKhen.key)?.status).toBe('dismissed');
    expect(view.suggestions.find((s) => s.key === model.key)).toBeUndefined(); // not suggested over the person's row
    expect(tabRows(addOn, SUGGESTIONS_TAB).filter((r) => r[0] === model.key)).toEqual([unreadable]);
  });

  it('does not overwrite the tabs of a rebuild that started later', () => {
    const { addOn, giayKhen } = withSuggestions();
    okValue(
      sidebarCall(addOn, REVIEWER, 'decideSuggestion', { key: giayKhen.key, accept: false, reason: 'Đã khen cấp xã' }),
    );
    const before = tabRows(addOn, SUGGESTIONS_TAB);
    const later = new Date(addOn.runtime.clock.now().getTime() + 60_000).toISOString();
    addOn.runtime.properties.document.set('ladder:updatedAt', later); // as a rebuild starting a minute later leaves it
    const view = okValue(refresh(addOn));
    expect(view.updatedAt).toBe(later);
    expect(tabRows(addOn, SUGGESTIONS_TAB)).toEqual(before);
  });

  it('refuses every change by a non-reviewer, writing nothing', () => {
    const { addOn, giayKhen } = withSuggestions();
    const before = tabRows(addOn, SUGGESTIONS_TAB);
    for (const [fn, arg] of [
      ['refreshLadder', undefined],
      ['decideSuggestion', { key: giayKhen.key, accept: true }],
      ['decideSuggestion', { key: giayKhen.key, accept: false, reason: 'Không phù hợp' }],
    ] as const) {
      expect(sidebarCall(addOn, OUTSIDER, fn, arg)).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(tabRows(addOn, SUGGESTIONS_TAB)).toEqual(before);
    expect(auditRows(addOn)).toEqual([]);
    for (const bad of [null, { key: 1, accept: true }, { key: giayKhen.key }, { performerKey: 5 }])
      expect(sidebarCall(addOn, REVIEWER, 'decideSuggestion', bad)).toMatchObject({ ok: false, code: 'invalid' });
    expect(sidebarCall(addOn, REVIEWER, 'decideSuggestion', { key: 'không|có', accept: true })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
  });
});

describe('the decision register and the drafts', () => {
  function withCommendations() {
    const { addOn, ids } = sheetWith([
      {
        doneOn: '2026-11-03',
        performerName: 'Nguyễn Thị <b>Hoa</b>',
        thuKhen: true,
        title: 'Trả lại =HYPERLINK("x") ví',
      },
      { doneOn: '2026-11-05', performerName: 'Tổ tự quản ấp 2', giayKhen: true, startDate: '2026-03-01' },
      { doneOn: '2026-11-06', performerName: 'Không được đề nghị' },
    ]);
    return { addOn, ids };
  }
  const decision = (d: DeedDetail, extra: Record<string, unknown> = {}) => ({
    id: d.id,
    row: d.row,
    version: d.version,
    recognition: 'thu_khen',
    number: '125-QĐ/HU',
    date: '2026-11-25',
    level: 'Thường trực Huyện ủy',
    ...extra,
  });

  it('records a decision once per deed and recognition, corrects it in place, audits both', () => {
    const { addOn, ids } = withCommendations();
    const deed = getDeed(addOn, ids[0]!);
    const recorded = okValue(sidebarCall<DeedDetail>(addOn, REVIEWER, 'recordDecision', decision(deed)));
    expect(recorded.decisions).toEqual([
      expect.objectContaining({
        recognition: 'thu_khen',
        number: '125-QĐ/HU',
        date: '2026-11-25',
        recordedBy: REVIEWER,
      }),
    ]);
    okValue(sidebarCall<DeedDetail>(addOn, REVIEWER, 'recordDecision', decision(deed, { number: '126-QĐ/HU' })));
    const register = tabRows(addOn, REGISTER_TAB);
    expect(register).toHaveLength(1);
    expect(register[0]!.slice(1, 4)).toEqual([ids[0], 'Thư khen', '126-QĐ/HU']);
    expect(auditRows(addOn).map((r) => [r[3], r[5], r[6]])).toEqual([
      ['ghi quyết định', '', 'Số 125-QĐ/HU ngày 25/11/2026, Thường trực Huyện ủy'],
      [
        'ghi quyết định',
        'Số 125-QĐ/HU ngày 25/11/2026, Thường trực Huyện ủy',
        'Số 126-QĐ/HU ngày 25/11/2026, Thường trực Huyện ủy',
      ],
    ]);
    expect(getDeed(addOn, ids[0]!).decisions.map((d) => d.number)).toEqual(['126-QĐ/HU']);
  });

  it('refuses what a person must fix, in Vietnamese, writing nothing', () => {
    const { addOn, ids } = withCommendations();
    const deed = getDeed(addOn, ids[0]!);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ number: '  ' }, 'invalid', 'Hãy ghi số quyết định'],
      [{ number: 'x'.repeat(51) }, 'invalid', 'Hãy ghi số quyết định'],
      [{ level: '' }, 'invalid', 'Hãy ghi cấp quyết định'],
      [{ date: '2026-11-28' }, 'invalid', 'ở tương lai'],
      [{ date: '2026-02-30' }, 'invalid', 'không hợp lệ'],
      [{ version: deed.version + 1 }, 'stale', 'vừa được'],
      [{ recognition: 'giay_khen' }, 'rule', 'không được đề nghị Giấy khen'],
    ];
    for (const [extra, code, text] of cases)
      expect(sidebarCall(addOn, REVIEWER, 'recordDecision', decision(deed, extra))).toEqual({
        ok: false,
        code,
        error: expect.stringContaining(text),
      });
    const plain = getDeed(addOn, ids[2]!);
    expect(sidebarCall(addOn, REVIEWER, 'recordDecision', decision(plain))).toMatchObject({ code: 'rule' });
    expect(sidebarCall(addOn, OUTSIDER, 'recordDecision', decision(deed))).toMatchObject({ code: 'forbidden' });
    expect(tabRows(addOn, REGISTER_TAB)).toEqual([]);
    expect(auditRows(addOn)).toEqual([]);
  });

  it('keeps a formula typed as the number as text', () => {
    const { addOn, ids } = withCommendations();
    const deed = getDeed(addOn, ids[0]!);
    okValue(sidebarCall(addOn, REVIEWER, 'recordDecision', decision(deed, { number: '=IMPORTXML("http://x")' })));
    const sheet = addOn.runtime.spreadsheet.getSheetByName(REGISTER_TAB)!;
    expect(sheet.getRange(2, 4).getFormula()).toBe('');
    expect(sheet.getRange(2, 4).getValue()).toBe('=IMPORTXML("http://x")');
  });

  it('opens a printable draft over the Sheet: escaped, «DỰ THẢO» until the decision, then its number', () => {
    const { addOn, ids } = withCommendations();
    okValue(sidebarCall(addOn, OUTSIDER, 'showDraft', { id: ids[0], recognition: 'thu_khen' }));
    const first = addOn.runtime.ui.dialogs.at(-1)!;
    expect(first.modal).toBe(true);
    expect(first.title).toBe('Bản in Thư khen: Nguyễn Thị <b>Hoa</b>');
    expect(first.html).toContain('Nguyễn Thị &lt;b&gt;Hoa&lt;/b&gt;');
    expect(first.html).not.toContain('<b>Hoa</b>');
    expect(first.html).toContain('DỰ THẢO');
    expect(first.html).toContain('THƯ KHEN');
    expect(first.html).toContain('Thường trực Huyện ủy');
    expect(first.html).toContain('ĐẢNG CỘNG SẢN VIỆT NAM'); // the settings' heading and place (their defaults)
    expect(first.html).toContain('Củ Chi, ngày ……………');
    okValue(sidebarCall(addOn, REVIEWER, 'recordDecision', decision(getDeed(addOn, ids[0]!))));
    okValue(sidebarCall(addOn, OUTSIDER, 'showDraft', { id: ids[0], recognition: 'thu_khen' }));
    const decided = addOn.runtime.ui.dialogs.at(-1)!.html;
    expect(decided).toContain('Số: 125-QĐ/HU');
    expect(decided).toContain('ngày 25 tháng 11 năm 2026');
    expect(decided).not.toContain('DỰ THẢO');
    expect(sidebarCall(addOn, OUTSIDER, 'showDraft', { id: ids[2], recognition: 'thu_khen' })).toMatchObject({
      ok: false,
      code: 'rule',
    });
  });

  it('attaches the month`s drafts as one PDF to leadership`s email, converted by Apps Script, not Drive', () => {
    const { addOn, ids } = withCommendations();
    okValue(sidebarCall(addOn, REVIEWER, 'recordDecision', decision(getDeed(addOn, ids[0]!))));
    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    const mail = addOn.runtime.mail.sent.find((m) => m.to.includes(LEADER))!;
    expect(mail.attachments?.map((a) => [a.name, a.mimeType])).toEqual([
      ['Du-thao-khen-thuong-2026-11.pdf', 'application/pdf'],
    ]);
    const pdf = mail.attachments![0]!.text;
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf).toContain('Tổ tự quản ấp 2');
    expect(pdf).toContain('Nguyễn Thị &lt;b&gt;Hoa&lt;/b&gt;');
    expect(pdf).not.toContain('Không được đề nghị');
    expect(mail.body).toContain('dự thảo 2 Thư khen, Giấy khen');
    // Leadership sees which proposal is already decided, in the list and on its certificate.
    expect(mail.body).toContain('đã có quyết định số 125-QĐ/HU ngày 25/11/2026');
    expect(mail.htmlBody).toContain('đã có quyết định số 125-QĐ/HU ngày 25/11/2026');
    expect(pdf).toContain('Số: 125-QĐ/HU');
    expect(addOn.runtime.triggers.list().some((t) => t.handler === MONTHLY_HANDLER)).toBe(true);
  });
});

describe('the weekly trigger', () => {
  it('rebuilds the ladder even when the digest fails (settings broken: reported to «Sự cố»)', () => {
    const { addOn } = sheetWith(LADDER_DEEDS);
    setSetting(addOn, 'Giờ gửi bản tin tuần (thứ Hai)', '25');
    addOn.runtime.clock.set(new Date('2026-11-30T07:00:00+07:00'));
    expect(fire(addOn, WEEKLY_HANDLER).error).toBeDefined();
    expect(tabRows(addOn, INCIDENTS.name).length).toBeGreaterThan(0);
    expect(fire(addOn, LADDER_HANDLER).error).toBeUndefined(); // the rebuild runs in its own execution
    expect(tabRows(addOn, SUGGESTIONS_TAB).map((r) => r[1])).toEqual(['Giấy khen', 'Gương điển hình']);
  });

  it('rebuilds the ladder every Monday after the digest, in an execution of its own', () => {
    const { addOn } = sheetWith(LADDER_DEEDS);
    addOn.runtime.clock.set(new Date('2026-11-30T07:00:00+07:00'));
    expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
    expect(tabRows(addOn, SUGGESTIONS_TAB)).toEqual([]);
    expect(fire(addOn, LADDER_HANDLER).error).toBeUndefined();
    expect(addOn.runtime.triggers.list().some((t) => t.handler === LADDER_HANDLER)).toBe(false); // done: no more
    expect(tabRows(addOn, SUGGESTIONS_TAB).map((r) => r[1])).toEqual(['Giấy khen', 'Gương điển hình']);
    expect(okValue(sidebarCall<LadderView>(addOn, OUTSIDER, 'getLadder')).updatedAt).toBe(
      new Date('2026-11-30T07:00:00+07:00').toISOString(),
    );
  });
});
