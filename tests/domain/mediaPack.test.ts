// The weekly media pack as people hear it: a radio script (opening, one story per picked model, closing),
// flag-ceremony stories capped to about a minute, bulletin texts of two or three sentences; spoken
// Vietnamese without codes, ids or scraps of missing fields, deterministic, hostile text kept as text.
import fc from 'fast-check';
import { FLAG_STORY_WORDS, RADIO_STORY_WORDS, mediaPack } from '../../src/domain/mediaPack';
import type { MediaPicks, StoryDeed } from '../../src/domain/mediaPack';
import { reportWeek } from '../../src/domain/summary';
import type { ReportDeed } from '../../src/domain/summary';

const WEEK = reportWeek({ year: 2026, month: 11, day: 23 }, { year: 2026, month: 11, day: 30 });
const ORG = 'Đảng bộ huyện Củ Chi';
const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;
const sentences = (text: string) => text.split(/(?<=[.!?…]["'»”)]*)\s+/).filter((s) => s !== '');

/** A picked deed: what a story is told from, plus what must never be said (its id, unit code, reviewer note). */
type Picked = StoryDeed & Pick<ReportDeed, 'id' | 'unitCode' | 'note'>;

let n = 0;
function deed(over: Partial<Picked> = {}): Picked {
  n += 1;
  return {
    id: `VT-00000000000${n}`,
    unitCode: `CB-${n}`,
    unitName: 'Chi bộ ấp Chợ',
    performerKind: 'ca_nhan',
    performerName: 'Nguyễn Văn Tư',
    performerRole: 'Đảng viên',
    title: 'Sửa nhà cho cụ bà neo đơn',
    field: 'an_sinh_xa_hoi',
    nature: 'dot_xuat',
    startDate: '',
    doneOn: '2026-11-24',
    note: 'Ghi chú nội bộ của người duyệt',
    description:
      'Thấy mái nhà cụ bà bị dột sau trận mưa lớn, anh Tư cùng hai người con đã mua tôn, lợp lại toàn bộ mái nhà trong hai ngày cuối tuần. Anh không nhận tiền công.',
    place: 'ấp Chợ, xã Tân Thông Hội',
    beneficiaries: 'Bà Nguyễn Thị Lành, 82 tuổi, sống một mình',
    ...over,
  };
}

const pack = (over: Partial<MediaPicks> = {}) =>
  mediaPack({ organisation: ORG, week: WEEK, radio: [], flagStories: [], bulletin: [], ...over });

/** Everything the pack has people read aloud (the heading is a title, not a sentence). */
function allTexts(p: ReturnType<typeof mediaPack>): string[] {
  return [
    p.radio.opening,
    ...p.radio.stories.map((s) => s.text),
    p.radio.closing,
    ...p.flagStories.map((s) => s.text),
    ...p.bulletin.map((s) => s.text),
  ];
}

/** What a person would notice as broken: scraps of code or of missing fields, sentences that do not end. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  expect(text).not.toMatch(/ {2}|^\s|\s$/);
  expect(text).not.toMatch(/\(\s*\)|«\s*»|\s[,.;:!?]|,[,.]|:\s*\.|\.\./);
  expect(text).toMatch(/[.!?…]["'»”)]*$/);
}

describe('the radio script', () => {
  const picks = [
    deed(),
    deed({
      performerKind: 'tap_the',
      performerName: 'Đoàn Thanh niên',
      performerRole: '',
      unitName: 'Đảng bộ xã Phú Hòa Đông',
      title: 'Dọn sạch 2 km kênh Thầy Cai',
      description: 'Hơn 40 đoàn viên vớt lục bình, dọn rác dọc bờ kênh suốt ba sáng Chủ nhật.',
      place: 'kênh Thầy Cai',
      beneficiaries: 'người dân hai bên bờ kênh',
      field: 'nuoc_sach_moi_truong',
      nature: 'thuong_xuyen',
      startDate: '2026-03-01',
      doneOn: '2026-11-28',
    }),
    deed({
      performerName: 'Trần Thị Mai',
      performerRole: 'Chiến sĩ công an',
      unitName: 'Công an xã An Nhơn Tây',
      title: 'Trả lại ví nhặt được',
      description: 'Chị nhặt được chiếc ví có 5.000.000 đồng và giấy tờ, đã trao trả tận tay người đánh rơi.',
      place: '',
      beneficiaries: '',
      field: 'cong_an_vi_dan',
      doneOn: '2025-12-30',
    }),
  ];
  const script = pack({ radio: picks }).radio;

  it('opens with the segment, the organisation and the week, then one story per model, then a closing', () => {
    expect(script.heading).toBe('Chuyên mục «Mỗi tuần làm một việc tốt» — tuần 23/11–29/11');
    expect(script.opening).toContain(`phong trào «Mỗi tuần làm một việc tốt» của ${ORG}`);
    expect(script.opening).toContain('từ ngày 23 đến ngày 29 tháng 11');
    expect(script.opening).toContain('ba mô hình hay, việc làm tốt');
    expect(script.stories.map((s) => s.title)).toEqual(picks.map((d) => d.title));
    expect(script.closing).toContain('«Mỗi tuần làm một việc tốt»');
    expect(script.closing).toMatch(/học tập và làm theo/);
  });

  it('tells each model from its fields: who, which unit, what, for whom, where, when, and its field last', () => {
    const [first, second, third] = script.stories.map((s) => s.text);
    expect(first).toMatch(
      /^Trước hết, ngày 24 tháng 11, Nguyễn Văn Tư, đảng viên thuộc Chi bộ ấp Chợ, đã có việc làm tốt tại ấp Chợ, xã Tân Thông Hội: sửa nhà cho cụ bà neo đơn\. Thấy mái nhà/,
    );
    expect(first).toContain('Việc làm ấy đã giúp đỡ bà Nguyễn Thị Lành, 82 tuổi, sống một mình.');
    expect(first).toMatch(
      /Đây là một việc làm tốt trong lĩnh vực chăm lo gia đình chính sách, hộ nghèo và người khó khăn, thuộc phong trào «Mỗi tuần làm một việc tốt»\.$/,
    );
    expect(second).toMatch(
      /^Tiếp theo, từ tháng 3 đến nay, Đoàn Thanh niên thuộc Đảng bộ xã Phú Hòa Đông đã có việc làm tốt tại kênh Thầy Cai: dọn sạch 2 km kênh Thầy Cai\./,
    );
    expect(third).toMatch(
      /^Cuối cùng, ngày 30 tháng 12 năm 2025, Trần Thị Mai, chiến sĩ công an thuộc Công an xã An Nhơn Tây,/,
    );
    expect(third).toContain('5.000.000 đồng');
  });

  it('never says an id, a unit code or a reviewer note', () => {
    const p = pack({ radio: picks, flagStories: picks, bulletin: picks });
    const texts = [p.radio.heading, ...allTexts(p)].join('\n');
    for (const d of picks) {
      expect(texts).not.toContain(d.id);
      expect(texts).not.toContain(d.unitCode);
    }
    expect(texts).not.toContain('Ghi chú nội bộ');
    expect(texts).not.toMatch(/an_sinh_xa_hoi|ca_nhan|2026-11-24/);
  });

  it('counts in words and moves from one model to the next as a speaker would', () => {
    expect(pack({ radio: [deed()] }).radio.opening).toContain('một mô hình');
    expect(pack({ radio: [deed()] }).radio.stories[0]!.text).toMatch(/^Ngày 24 tháng 11, /);
    expect(pack({ radio: Array.from({ length: 12 }, () => deed()) }).radio.opening).toContain('12 mô hình');
    expect(pack({ radio: [deed(), deed()] }).radio.stories.map((s) => s.text.split(',')[0])).toEqual([
      'Trước hết',
      'Cuối cùng',
    ]);
  });

  it('leaves links and addresses out, since they cannot be read aloud', () => {
    const [story] = pack({
      radio: [deed({ description: 'Anh sửa mái nhà. Xem ảnh tại https://example.org/a.jpg hoặc hỏi tu@example.org.' })],
    }).radio.stories;
    expect(story!.text).toContain('Anh sửa mái nhà.');
    expect(story!.text).not.toMatch(/http|example|Xem ảnh/);
  });

  it('keeps a long story within its cap, whole sentences first', () => {
    const long = Array.from({ length: 60 }, (_, i) => `Câu thứ ${i + 1} kể thêm một việc nhỏ anh đã làm.`).join(' ');
    const [story] = pack({ radio: [deed({ description: long })] }).radio.stories;
    expect(words(story!.text)).toBeLessThanOrEqual(RADIO_STORY_WORDS);
    expectClean(story!.text);
  });
});

describe('flag-ceremony stories', () => {
  it('are the same story, without the script’s transitions, within about a minute of reading', () => {
    const long = Array.from({ length: 80 }, (_, i) => `Ngày thứ ${i + 1}, anh lại đến giúp cụ.`).join(' ');
    const [short, capped] = pack({ flagStories: [deed(), deed({ description: long })] }).flagStories;
    expect(short!.text).toMatch(/^Ngày 24 tháng 11, Nguyễn Văn Tư/);
    expect(capped!.text).toMatch(/^Ngày 24 tháng 11, Nguyễn Văn Tư/);
    expect(words(capped!.text)).toBeLessThanOrEqual(FLAG_STORY_WORDS);
    expect(capped!.text).toContain('Ngày thứ 1, anh lại đến giúp cụ.');
    expect(capped!.text).toMatch(/thuộc phong trào «Mỗi tuần làm một việc tốt»\.$/); // the field line survives
    expectClean(capped!.text);
  });

  it('stay within the cap even when every field is at its longest', () => {
    const huge = 'rất '.repeat(400).trim();
    const [story] = pack({
      flagStories: [
        deed({ title: `Giúp ${'đỡ '.repeat(60)}`, description: huge, beneficiaries: huge, place: 'ấp '.repeat(50) }),
      ],
    }).flagStories;
    expect(words(story!.text)).toBeLessThanOrEqual(FLAG_STORY_WORDS);
    expect(story!.text).toMatch(/[.…]$/);
  });
});

describe('bulletin texts', () => {
  it('are two or three sentences each', () => {
    const bulletin = pack({
      bulletin: [
        deed(),
        deed({ description: '', beneficiaries: '' }),
        deed({ description: '', beneficiaries: '5 hộ nghèo' }),
        deed({ description: 'Một câu rất dài. Câu thứ hai. Câu thứ ba. Câu thứ tư.' }),
      ],
    }).bulletin;
    expect(bulletin.map((b) => sentences(b.text).length)).toEqual([3, 2, 2, 3]);
    expect(bulletin[0]!.text).toContain('Thấy mái nhà cụ bà bị dột');
    expect(bulletin[0]!.text).not.toContain('Anh không nhận tiền công'); // one sentence of the description
    expect(bulletin[1]!.text).toMatch(/thuộc phong trào «Mỗi tuần làm một việc tốt»\.$/);
    expect(bulletin[2]!.text).toMatch(/Việc làm ấy đã giúp đỡ 5 hộ nghèo\.$/);
    bulletin.forEach((b) => expectClean(b.text));
  });
});

describe('missing and hostile fields', () => {
  it('reads well with only a title and a unit', () => {
    const bare = deed({
      performerName: '',
      performerRole: '',
      description: '',
      place: '',
      beneficiaries: '',
      doneOn: '',
      field: 'khac',
    });
    const p = pack({ radio: [bare], flagStories: [bare], bulletin: [bare] });
    expect(p.radio.stories[0]!.text).toBe(
      'Chi bộ ấp Chợ đã có việc làm tốt: sửa nhà cho cụ bà neo đơn. Đây là một việc làm tốt thuộc phong trào «Mỗi tuần làm một việc tốt».',
    );
    allTexts(p).forEach(expectClean);
  });

  it('reads well without an organisation, a unit or a role, and with stray spaces and brackets', () => {
    const odd = deed({
      unitName: '',
      performerRole: '',
      title: '  Dọn   rác ( ) ',
      description: '   ',
      place: '  tại  ấp 3 ',
      beneficiaries: ' ',
    });
    const p = mediaPack({ organisation: '', week: WEEK, radio: [odd], flagStories: [odd], bulletin: [odd] });
    expect(p.radio.opening).not.toContain(' của ,');
    expect(p.radio.stories[0]!.text).toMatch(/^Ngày 24 tháng 11, Nguyễn Văn Tư đã có việc làm tốt tại ấp 3: dọn rác\./);
    allTexts(p).forEach(expectClean);
  });

  it('keeps hostile text as text: escaping is the email’s job', () => {
    const hostile = deed({
      title: '<script>alert(1)</script>',
      description: '<img src=x onerror="alert(2)"> Giúp cụ.',
    });
    const [story] = pack({ radio: [hostile] }).radio.stories;
    expect(story!.title).toBe('<script>alert(1)</script>');
    expect(story!.text).toContain('<script>alert(1)</script>');
    expect(story!.text).toContain('<img src=x onerror="alert(2)">');
  });

  it('any text in any field: no scraps, sentences that end, flag stories within the cap', () => {
    const field = fc.string({ maxLength: 300 });
    fc.assert(
      fc.property(
        fc.record({
          performerName: field,
          performerRole: field,
          unitName: field,
          title: fc.string({ minLength: 1, maxLength: 200 }),
          description: fc.string({ maxLength: 2000 }),
          place: field,
          beneficiaries: field,
        }),
        (fields) => {
          const d = deed(fields);
          const p = pack({ radio: [d], flagStories: [d], bulletin: [d] });
          for (const text of [...p.radio.stories, ...p.flagStories, ...p.bulletin].map((s) => s.text)) {
            expect(text).not.toMatch(/undefined| {2}/);
            expect(text).toMatch(/[.!?…]["'»”)]*$/);
          }
          expect(words(p.flagStories[0]!.text)).toBeLessThanOrEqual(FLAG_STORY_WORDS);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    const picks = { radio: [deed(), deed()], flagStories: [deed()], bulletin: [deed()] };
    expect(pack(picks)).toEqual(pack(picks));
  });
});
