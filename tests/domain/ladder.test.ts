// The ladder's pure rules: who a performer is, which 19 May a deed counts for, how suggestions move between
// rebuilds, and a history's cell read back as written.
import { RECOGNITIONS } from '../../src/shared/codes';
import {
  buildLadder,
  deedLines,
  emptyFold,
  finishLadder,
  foldDeeds,
  honoursOf,
  mergeSuggestions,
  performerKey,
} from '../../src/domain/ladder';
import type { LadderDeed } from '../../src/domain/ladder';
import type { Suggestion } from '#contract';

const deed = (over: Partial<LadderDeed>): LadderDeed => ({
  id: 'VT-000000000001',
  unitCode: 'XA-ANPHU',
  unitName: 'Đảng bộ xã An Phú',
  performerKind: 'ca_nhan',
  performerName: 'Nguyễn Văn Tư',
  title: 'Việc tốt',
  nature: 'dot_xuat',
  startDate: '',
  doneOn: '2026-11-20',
  proposal: 'none',
  accepted: true,
  recognitions: [],
  ...over,
});
const rules = { today: { year: 2026, month: 11, day: 27 }, giayKhenMinMonths: 3, modelMinDeeds: 4, modelTop: 30 };

describe('performerKey', () => {
  it('is one key however the name is typed, and differs between units', () => {
    expect(performerKey('xa-anphu ', ' Nguyễn  Văn TƯ')).toBe('XA-ANPHU|nguyen van tu');
    expect(performerKey('XA-ANPHU', 'nguyen van tu.')).toBe('XA-ANPHU|nguyen van tu');
    expect(performerKey('XA-TANTHONG', 'Nguyễn Văn Tư')).not.toBe(performerKey('XA-ANPHU', 'Nguyễn Văn Tư'));
  });
});

describe('honoursOf', () => {
  it('looks at the 12 months up to the next 19 May, the day itself included', () => {
    const on = (month: number, day: number) => honoursOf({ year: 2026, month, day });
    expect(on(5, 19)).toEqual({ date: { year: 2026, month: 5, day: 19 }, from: { year: 2025, month: 5, day: 20 } });
    expect(on(5, 20)).toEqual({ date: { year: 2027, month: 5, day: 19 }, from: { year: 2026, month: 5, day: 20 } });
    expect(on(1, 1).date.year).toBe(2026);
    expect(on(12, 31).date.year).toBe(2027);
  });
});

describe('buildLadder', () => {
  it('counts only accepted deeds, and no unnamed performer', () => {
    const ladder = buildLadder(
      [
        deed({ recognitions: ['ban_tin'] }),
        deed({ id: 'VT-2', accepted: false }),
        deed({ id: 'VT-3', performerName: '  ' }),
      ],
      rules,
    );
    expect(ladder.performers.map((p) => [p.name, p.accepted])).toEqual([['Nguyễn Văn Tư', 1]]);
    expect(ladder.units).toEqual([
      {
        code: 'XA-ANPHU',
        name: 'Đảng bộ xã An Phú',
        performers: 1,
        accepted: 1,
        thuKhen: 0,
        giayKhen: 0,
        guongDienHinh: 0,
      },
    ]);
  });

  it('keeps the candidates’ histories only: a suggestion, a mark, or 2 accepted deeds in the honours year', () => {
    const by = (performerName: string, doneOn: string, over: Partial<LadderDeed> = {}) =>
      deed({ id: `VT-${performerName}-${doneOn}`, performerName, doneOn, ...over });
    const ladder = buildLadder(
      [
        by('Một Việc', '2026-11-01'),
        by('Hai Việc', '2026-06-01'),
        by('Hai Việc', '2026-11-01'),
        by('Năm Ngoái', '2026-05-19'), // before the honours year
        by('Năm Ngoái', '2026-11-01'),
        by('Được Đọc', '2026-11-01', { recognitions: ['phat_thanh'] }),
        by('Thường Xuyên', '2026-11-21', { nature: 'thuong_xuyen', startDate: '2026-08-01' }),
      ],
      rules,
    );
    expect(ladder.performers.map((p) => p.name).sort()).toEqual(['Hai Việc', 'Thường Xuyên', 'Được Đọc']);
    expect(ladder.units[0]!.performers).toBe(5); // the unit's line counts everyone
  });

  it('suggests no Giấy khen before the minimum duration, nor once the run has one', () => {
    const run = (doneOn: string, recognitions: LadderDeed['recognitions'] = []) =>
      deed({ id: `VT-${doneOn}`, nature: 'thuong_xuyen', startDate: '2026-08-21', doneOn, recognitions });
    expect(buildLadder([run('2026-11-20')], rules).candidates).toEqual([]); // 2 months and 30 days
    expect(buildLadder([run('2026-11-21')], rules).candidates.map((c) => c.kind)).toEqual(['giay_khen']);
    const commended = buildLadder([run('2026-11-21'), run('2026-10-01', ['giay_khen'])], rules).candidates;
    expect(commended.map((c) => c.kind)).toEqual(['guong_dien_hinh']); // two deeds and a Giấy khen: a model
  });

  it('ranks a unit`s own Giấy khen proposal first, and keeps the model list short', () => {
    const long = (name: string, proposal: LadderDeed['proposal']) =>
      deed({ id: `VT-${name}`, performerName: name, nature: 'thuong_xuyen', startDate: '2026-01-01', proposal });
    const ladder = buildLadder([long('A', 'none'), long('B', 'giay_khen')], rules);
    expect(ladder.candidates.map((c) => c.performerName)).toEqual(['B', 'A']);
    expect(ladder.candidates[0]!.reason).toContain('đơn vị đã đề nghị Giấy khen');

    const crowd = Array.from({ length: (rules.modelTop + 5) * 4 }, (_, i) =>
      deed({ id: `VT-${i}`, performerName: `Người ${Math.floor(i / 4)}`, doneOn: '2026-10-01' }),
    );
    expect(buildLadder(crowd, rules).candidates).toHaveLength(rules.modelTop);
    // The top N is the organisation's setting «Số gương điển hình đề xuất tối đa mỗi năm», not a constant.
    expect(buildLadder(crowd, { ...rules, modelTop: 7 }).candidates).toHaveLength(7);
  });

  it('lets a unit propose a gương điển hình in the form: the proposal reaches the reviewers below the thresholds', () => {
    const once = buildLadder([deed({ id: 'VT-p', performerName: 'Võ Thị Mười', proposal: 'guong_dien_hinh' })], rules);
    expect(once.candidates.map((c) => [c.kind, c.performerName])).toEqual([['guong_dien_hinh', 'Võ Thị Mười']]);
    expect(once.candidates[0]!.reason).toMatch(/^Đơn vị đề nghị gương điển hình, 1 việc tốt/);
    expect(buildLadder([deed({ id: 'VT-n', performerName: 'Võ Thị Mười' })], rules).candidates).toEqual([]);
  });

  it('marks the model on the year`s most recognised deed', () => {
    const ladder = buildLadder(
      [
        deed({ id: 'VT-a', doneOn: '2026-11-01' }),
        deed({ id: 'VT-b', doneOn: '2026-07-01', recognitions: ['thu_khen', 'phat_thanh'] }),
        deed({ id: 'VT-c', doneOn: '2026-09-01' }),
      ],
      rules,
    );
    expect(ladder.candidates).toEqual([
      expect.objectContaining({ kind: 'guong_dien_hinh', deedId: 'VT-b', score: 3 + 2 + 1 }),
    ]);
  });
});

describe('foldDeeds', () => {
  it('gives the same ladder folded in slices, saved as JSON between them, as in one pass', () => {
    const deeds = Array.from({ length: 400 }, (_, i) =>
      deed({
        id: `VT-${String(i % 170).padStart(12, '0')}`, // ids repeat: ties broken the same way
        performerName: `Người ${i % 3}`,
        unitCode: `XA-${i % 3}`,
        doneOn: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
        title: `Việc ${i}`,
        accepted: i % 13 !== 0,
        ...(i % 4 === 0
          ? { nature: 'thuong_xuyen' as const, startDate: `2025-${String(1 + (i % 5)).padStart(2, '0')}-01` }
          : {}),
        proposal: i % 9 === 0 ? 'giay_khen' : 'none',
        recognitions: i % 17 === 0 ? ['thu_khen'] : i % 23 === 0 ? ['giay_khen', 'phat_thanh'] : [],
      }),
    );
    let state = emptyFold(rules);
    for (let i = 0; i < deeds.length; i += 37)
      state = JSON.parse(JSON.stringify(foldDeeds(state, deeds.slice(i, i + 37)))) as typeof state;
    const ladder = buildLadder(deeds, rules);
    // Each history lists its 50 newest accepted deeds, as a sort of all of them would.
    for (const p of ladder.performers) {
      const all = deeds.filter((d) => d.accepted && performerKey(d.unitCode, d.performerName) === p.key);
      expect(all.length).toBeGreaterThan(100);
      const newest = all.sort((a, b) => b.doneOn.localeCompare(a.doneOn) || b.id.localeCompare(a.id, 'en'));
      expect(p.deeds.map((d) => d.title)).toEqual(newest.slice(0, 50).map((d) => d.title));
    }
    expect(ladder.candidates.length).toBeGreaterThan(2);
    expect(finishLadder(state)).toEqual(ladder);
  });
});

describe('mergeSuggestions', () => {
  const s = (key: string, status: Suggestion['status'], extra: Partial<Suggestion> = {}): Suggestion => ({
    key,
    kind: 'giay_khen',
    performerKey: 'K',
    performerName: 'N',
    performerKind: 'ca_nhan',
    unitCode: 'U',
    unitName: 'U',
    deedId: 'VT-1',
    deedTitle: 'T',
    reason: 'old',
    score: 1,
    status,
    decidedBy: '',
    decidedAt: null,
    note: '',
    ...extra,
  });

  it('keeps decisions, re-suggests an unmarked one, refreshes what holds, expires what does not, revives, adds', () => {
    const now = '2026-11-27T02:00:00.000Z';
    const merged = mergeSuggestions(
      [
        s('accepted', 'accepted', { decidedBy: 'r@x' }),
        s('unmarked', 'accepted', { decidedBy: 'r@x' }),
        s('dismissed', 'dismissed'),
        s('holds', 'pending'),
        s('gone', 'pending'),
        s('back', 'expired', { note: 'Không còn' }),
        s('holds', 'pending'), // a duplicated row is read once
      ],
      [
        s('unmarked', 'pending', { reason: 'new' }),
        s('dismissed', 'pending', { reason: 'new' }),
        s('holds', 'pending', { reason: 'new' }),
        s('back', 'pending'),
        s('fresh', 'pending'),
      ],
      now,
    );
    expect(merged.map((x) => [x.key, x.status, x.reason])).toEqual([
      ['accepted', 'accepted', 'old'],
      ['unmarked', 'pending', 'new'], // suggested again: its mark was taken off the deed since
      ['dismissed', 'dismissed', 'old'],
      ['holds', 'pending', 'new'],
      ['gone', 'expired', 'old'],
      ['back', 'pending', 'old'],
      ['fresh', 'pending', 'old'],
    ]);
    expect(merged[1]!.note).toContain('không còn được đánh dấu');
    expect(merged[4]).toMatchObject({ decidedAt: now, note: expect.stringContaining('Không còn trong danh sách') });
    expect(merged[5]!.note).toBe('');
  });
});

describe('deedLines', () => {
  it('writes a line a deed, newest first, a title holding the separator kept whole', () => {
    const deeds = [
      {
        id: 'VT-1',
        doneOn: '2026-11-20',
        title: 'Sửa đường · lần 2',
        recognitions: ['thu_khen', 'phat_thanh'] as const,
      },
      { id: 'VT-2', doneOn: '2026-10-01', title: 'Hiến máu', recognitions: [] },
    ].map((d) => ({ ...d, recognitions: [...d.recognitions] }));
    const text = deedLines(deeds, RECOGNITIONS);
    expect(text.split('\n')[0]).toBe('2026-11-20 · VT-1 · Thư khen, Phát thanh · Sửa đường · lần 2');
    expect(text.split('\n')[1]).toBe('2026-10-01 · VT-2 ·  · Hiến máu');
  });
});
