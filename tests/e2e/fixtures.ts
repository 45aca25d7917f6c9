// Canned data for the sidebar's stub server: units from the sample organisation, ~30 deeds of Nov/Oct 2026 and
// older accepted ones (Jun–Sep), and the commendation ladder's suggestions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isoWeekKey, parseLocalDate } from '../../src/domain/calendar';
import type { FieldCode, Nature, Proposal, Recognition, Status, UnitType } from '../../src/domain/codes';
import { fold } from '../../src/domain/text';
import type { DeedDetail, DecisionRecord, Suggestion } from '#contract';

export const TODAY = '2026-11-27';
export const CURRENT_MONTH = '2026-11';
export const CURRENT_WEEK = '2026-W48';
/** The next 19 May honours and the first day of deeds they count. */
export const HONOURS = { date: '2027-05-19', from: '2026-05-20' };
const FIXTURE_REVIEWER = 'tuyengiao@cuchi.example';

export interface Unit {
  code: string;
  name: string;
  unitType: UnitType;
}

export function sampleUnits(): Unit[] {
  const tsv = readFileSync(path.join(__dirname, '../../data/sample-organisation.tsv'), 'utf8');
  return tsv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([code, name, unitType]) => ({ code: code ?? '', name: name ?? '', unitType: unitType as UnitType }));
}

/** The payload of the injection test: each part would set window.__pwned if it ran. */
export const XSS_ID = 'VT-00000000bad1';
export const XSS_TITLE = 'Nấu cơm cho bệnh nhân <b>nghèo</b> <img src=x onerror="window.__pwned=\'title\'">';
export const XSS_DESCRIPTION =
  'Nấu 200 suất cơm.\n<script>window.__pwned = "script"</script><img src="x" onerror="window.__pwned = \'img\'">' +
  '<a href="javascript:window.__pwned=\'link\'">bấm</a>';

/** A near-duplicate pair: another unit reported this deed again the next day. */
export const DUPLICATE_EARLIER = 'Lắp đèn chiếu sáng đường quê';
export const DUPLICATE_LATER = 'Thắp sáng đường quê ấp 5 xã Tân An Hội';

/** A deed with a Thư khen whose decision is recorded, and one with a Giấy khen still waiting for its decision. */
export const THU_KHEN_DECIDED = 'Hỗ trợ công nhân bị tai nạn lao động';
export const GIAY_KHEN_UNDECIDED = 'Xây mái ấm công đoàn cho đoàn viên khó khăn';
export const THU_KHEN_DECISION: Omit<DecisionRecord, 'deedId'> = {
  recognition: 'thu_khen',
  number: '125-QĐ/HU',
  date: '2026-11-24',
  level: 'Thường trực Huyện ủy',
  recordedBy: FIXTURE_REVIEWER,
  recordedAt: '2026-11-25T02:10:00.000Z',
};

interface Seed {
  title: string;
  unit: string;
  performer: string;
  doneOn: string;
  field: FieldCode;
  submittedField?: FieldCode;
  status?: Status;
  nature?: Nature;
  startDate?: string;
  proposal?: Proposal;
  recognitions?: Recognition[];
  radioWeek?: string;
  description?: string;
  /** The title of the earlier seed this one may repeat. */
  duplicateOf?: string;
}

const SEEDS: Seed[] = [
  {
    title: 'Giúp bà cụ neo đơn sửa mái nhà dột',
    unit: 'X-ANPHU',
    performer: 'Nguyễn Văn An',
    doneOn: '2026-11-26',
    field: 'an_sinh_xa_hoi',
    proposal: 'thu_khen',
  },
  {
    title: 'Trả lại ví cho người đánh rơi',
    unit: 'TT-CUCHI',
    performer: 'Trần Thị Bích',
    doneOn: '2026-11-25',
    field: 'an_ninh_trat_tu',
    submittedField: 'khac',
    status: 'da_duyet',
  },
  {
    title: 'Hướng dẫn người dân làm hồ sơ trực tuyến',
    unit: 'CB-LDTBXH',
    performer: 'Lê Minh Châu',
    doneOn: '2026-11-24',
    field: 'thu_tuc_hanh_chinh',
  },
  {
    title: 'Khám bệnh miễn phí tại nhà cho người già',
    unit: 'CB-BVDK',
    performer: 'Khoa Nội',
    doneOn: '2026-11-23',
    field: 'y_te_cham_soc',
    status: 'da_duyet',
    recognitions: ['phat_thanh'],
    radioWeek: '2026-W48',
  },
  {
    title: 'Dọn vệ sinh kênh thủy lợi ấp 3',
    unit: 'X-HOAPHU',
    performer: 'Chi đoàn ấp 3',
    doneOn: '2026-11-22',
    field: 'nuoc_sach_moi_truong',
    status: 'can_bo_sung',
  },
  {
    title: 'Phụ đạo miễn phí cho học sinh yếu',
    unit: 'CB-THPT-CUCHI',
    performer: 'Phạm Quốc Dũng',
    doneOn: '2026-11-21',
    field: 'giao_duc_dao_tao',
    nature: 'thuong_xuyen',
    startDate: '2026-03-01',
    proposal: 'giay_khen',
    status: 'da_duyet',
  },
  {
    title: 'Hòa giải tranh chấp ranh đất hai hộ',
    unit: 'X-PHUMYHUNG',
    performer: 'Tổ hòa giải ấp Phú Lợi',
    doneOn: '2026-11-20',
    field: 'hoa_giai',
  },
  {
    title: 'Tuần tra đêm bảo vệ an ninh khu phố',
    unit: 'X-TANANHOI',
    performer: 'Tổ dân phòng',
    doneOn: '2026-11-19',
    field: 'an_ninh_trat_tu',
    status: 'tu_choi',
  },
  {
    title: 'Vận động hội viên ủng hộ quỹ vì người nghèo',
    unit: 'CB-HUYENDOAN',
    performer: 'Huyện Đoàn',
    doneOn: '2026-11-18',
    field: 'dan_van_giam_sat',
    submittedField: 'an_sinh_xa_hoi',
  },
  {
    title: 'Hỗ trợ công nhân bị tai nạn lao động',
    unit: 'CB-LDLD',
    performer: 'Công đoàn cơ sở',
    doneOn: '2026-11-17',
    field: 'cham_lo_nguoi_lao_dong',
    status: 'da_duyet',
    recognitions: ['thu_khen'],
  },
  {
    title: 'Giải tỏa lấn chiếm vỉa hè chợ Củ Chi',
    unit: 'TT-CUCHI',
    performer: 'Đội trật tự đô thị',
    doneOn: '2026-11-16',
    field: 'trat_tu_do_thi',
  },
  {
    title: 'Tặng bò giống cho hộ nghèo',
    unit: 'X-TRUNGLAPTHUONG',
    performer: 'Hội Nông dân xã',
    doneOn: '2026-11-15',
    field: 'kinh_te_giam_ngheo',
    status: 'can_duyet_lai',
  },
  {
    title: 'Sửa đường bê tông ấp Bàu Tre',
    unit: 'X-TANTHONGHOI',
    performer: 'Nhân dân ấp Bàu Tre',
    doneOn: '2026-11-14',
    field: 'nong_thon_moi_van_minh',
  },
  {
    title: 'Tiếp công dân ngoài giờ hành chính',
    unit: 'CB-VKS',
    performer: 'Võ Thành Đạt',
    doneOn: '2026-11-13',
    field: 'liem_chinh_tu_phap',
  },
  {
    title: 'Cứu người đuối nước ở sông Sài Gòn',
    unit: 'X-ANPHU',
    performer: 'Huỳnh Văn Em',
    doneOn: '2026-11-12',
    field: 'an_sinh_xa_hoi',
    proposal: 'thu_khen',
    status: 'da_duyet',
    recognitions: ['guong_dien_hinh', 'chuyen_duoi_co'],
  },
  {
    title: 'Thu gom rác thải nhựa dọc đường liên ấp',
    unit: 'X-HOAPHU',
    performer: 'Hội Phụ nữ xã',
    doneOn: '2026-11-11',
    field: 'nuoc_sach_moi_truong',
  },
  {
    title: 'Tặng học bổng cho học sinh vượt khó',
    unit: 'CB-THPT-CUCHI',
    performer: 'Chi đoàn giáo viên',
    doneOn: '2026-11-10',
    field: 'giao_duc_dao_tao',
    status: 'da_duyet',
  },
  {
    title: 'Hiến máu tình nguyện đợt 2',
    unit: 'CB-BVDK',
    performer: 'Đoàn thanh niên bệnh viện',
    doneOn: '2026-11-09',
    field: 'y_te_cham_soc',
  },
  {
    title: 'Giúp dân thu hoạch lúa chạy lũ',
    unit: 'X-TRUNGLAPTHUONG',
    performer: 'Dân quân xã',
    doneOn: '2026-11-08',
    field: 'quoc_phong_quan_su',
    submittedField: 'kinh_te_giam_ngheo',
  },
  {
    title: 'Rút ngắn thời gian cấp giấy phép xây dựng',
    unit: 'CB-LDTBXH',
    performer: 'Bộ phận một cửa',
    doneOn: '2026-11-07',
    field: 'thu_tuc_hanh_chinh',
  },
  {
    title: 'Thăm hỏi gia đình chính sách',
    unit: 'X-PHUMYHUNG',
    performer: 'Mặt trận xã',
    doneOn: '2026-11-06',
    field: 'an_sinh_xa_hoi',
    status: 'da_duyet',
  },
  {
    title: 'Thắp sáng đường quê ấp 5 xã Tân An Hội',
    unit: 'CB-MTTQ',
    performer: 'Ủy ban MTTQ huyện',
    doneOn: '2026-11-06',
    field: 'nong_thon_moi_van_minh',
    description:
      'Mặt trận huyện ghi nhận: chi bộ ấp 5 xã Tân An Hội vận động nhân dân góp 18 triệu đồng, lắp 30 bóng đèn dọc 2 km đường quê.',
    duplicateOf: DUPLICATE_EARLIER,
  },
  {
    title: DUPLICATE_EARLIER,
    unit: 'X-TANANHOI',
    performer: 'Chi bộ ấp 5',
    doneOn: '2026-11-05',
    field: 'nong_thon_moi_van_minh',
    description:
      'Chi bộ ấp 5 vận động bà con góp 18 triệu đồng lắp 30 bóng đèn chiếu sáng tuyến đường quê dài 2 km, bà con đi lại ban đêm an toàn.',
  },
  {
    title: 'Sáng kiến tiết kiệm điện trong xưởng',
    unit: 'CB-LDLD',
    performer: 'Tổ kỹ thuật',
    doneOn: '2026-11-04',
    field: 'sang_kien_tiet_kiem',
  },
  {
    title: 'Đưa người lạc đường về nhà',
    unit: 'TT-CUCHI',
    performer: 'Ngô Thị Giang',
    doneOn: '2026-11-03',
    field: 'an_sinh_xa_hoi',
    proposal: 'thu_khen',
  },
  {
    title: 'Góp ý dự thảo quy chế dân chủ ở cơ sở',
    unit: 'CB-HUYENDOAN',
    performer: 'Ban Thường vụ Huyện Đoàn',
    doneOn: '2026-11-02',
    field: 'dan_chu_co_so',
  },
  {
    title: 'Trao nhà tình thương cho hộ cận nghèo',
    unit: 'X-ANPHU',
    performer: 'Đảng ủy xã',
    doneOn: '2026-10-30',
    field: 'an_sinh_xa_hoi',
    status: 'da_duyet',
  },
  {
    title: 'Nạo vét mương thoát nước',
    unit: 'X-HOAPHU',
    performer: 'Thanh niên xã',
    doneOn: '2026-10-20',
    field: 'nuoc_sach_moi_truong',
  },
  // Older accepted deeds: the performers' records («Hồ sơ khen thưởng») behind the ladder.
  {
    title: 'Phụ đạo miễn phí môn Toán cho học sinh lớp 9',
    unit: 'CB-THPT-CUCHI',
    performer: 'Phạm Quốc Dũng',
    doneOn: '2026-09-19',
    field: 'giao_duc_dao_tao',
    nature: 'thuong_xuyen',
    startDate: '2026-03-01',
    status: 'da_duyet',
  },
  {
    title: 'Quyên góp sách vở cho học sinh khó khăn',
    unit: 'CB-THPT-CUCHI',
    performer: 'Chi đoàn giáo viên',
    doneOn: '2026-09-10',
    field: 'giao_duc_dao_tao',
    status: 'da_duyet',
    recognitions: ['ban_tin'],
  },
  {
    title: 'Trồng hàng cây xanh đường liên ấp',
    unit: 'X-HOAPHU',
    performer: 'Hội Phụ nữ xã',
    doneOn: '2026-09-13',
    field: 'nuoc_sach_moi_truong',
    status: 'da_duyet',
  },
  {
    title: 'Giúp dân gia cố bờ bao chống triều',
    unit: 'X-TRUNGLAPTHUONG',
    performer: 'Dân quân xã',
    doneOn: '2026-09-02',
    field: 'quoc_phong_quan_su',
    status: 'da_duyet',
  },
  {
    title: 'Trả lại điện thoại nhặt được cho du khách',
    unit: 'TT-CUCHI',
    performer: 'Trần Thị Bích',
    doneOn: '2026-08-28',
    field: 'an_ninh_trat_tu',
    status: 'da_duyet',
    recognitions: ['chuyen_duoi_co'],
  },
  {
    title: GIAY_KHEN_UNDECIDED,
    unit: 'CB-LDLD',
    performer: 'Công đoàn cơ sở',
    doneOn: '2026-08-20',
    field: 'cham_lo_nguoi_lao_dong',
    nature: 'thuong_xuyen',
    startDate: '2026-02-01',
    proposal: 'giay_khen',
    status: 'da_duyet',
    recognitions: ['giay_khen'],
  },
  {
    title: 'Mở lớp ôn tập hè miễn phí',
    unit: 'CB-THPT-CUCHI',
    performer: 'Phạm Quốc Dũng',
    doneOn: '2026-08-15',
    field: 'giao_duc_dao_tao',
    nature: 'thuong_xuyen',
    startDate: '2026-03-01',
    status: 'da_duyet',
  },
  {
    title: 'Nấu cháo từ thiện cho bệnh nhân nghèo',
    unit: 'CB-BVDK',
    performer: 'Khoa Nội',
    doneOn: '2026-08-08',
    field: 'y_te_cham_soc',
    status: 'da_duyet',
  },
  {
    title: 'Dạy bơi miễn phí cho trẻ em dịp hè',
    unit: 'CB-THPT-CUCHI',
    performer: 'Chi đoàn giáo viên',
    doneOn: '2026-07-25',
    field: 'giao_duc_dao_tao',
    status: 'da_duyet',
  },
  {
    title: 'Ngày Chủ nhật xanh thu gom rác thải',
    unit: 'X-HOAPHU',
    performer: 'Hội Phụ nữ xã',
    doneOn: '2026-07-12',
    field: 'nuoc_sach_moi_truong',
    nature: 'thuong_xuyen',
    startDate: '2026-01-04',
    status: 'da_duyet',
  },
  {
    title: 'Hiến máu nhân đạo lần thứ 10',
    unit: 'TT-CUCHI',
    performer: 'Trần Thị Bích',
    doneOn: '2026-07-10',
    field: 'y_te_cham_soc',
    status: 'da_duyet',
  },
  {
    title: 'Cứu hộ nhà dân bị cháy trong đêm',
    unit: 'X-ANPHU',
    performer: 'Huỳnh Văn Em',
    doneOn: '2026-06-30',
    field: 'an_ninh_trat_tu',
    status: 'da_duyet',
  },
  {
    title: 'Tặng sách giáo khoa cũ cho học sinh vùng sâu',
    unit: 'CB-THPT-CUCHI',
    performer: 'Phạm Quốc Dũng',
    doneOn: '2026-06-20',
    field: 'giao_duc_dao_tao',
    status: 'da_duyet',
  },
];

let counter = 0;
const nextId = () => `VT-${(0xa00000000000 + ++counter).toString(16)}`;

function unitOf(units: Unit[], code: string): Unit {
  const unit = units.find((u) => u.code === code);
  if (!unit) throw new Error(`fixture unit ${code} is not in the sample organisation`);
  return unit;
}

function detail(units: Unit[], s: Seed, id: string, row: number): DeedDetail {
  const unit = unitOf(units, s.unit);
  const done = parseLocalDate(s.doneOn);
  if (!done) throw new Error(`bad fixture date ${s.doneOn}`);
  const field = s.field;
  return {
    id,
    row,
    version: 1,
    title: s.title,
    unitName: unit.name,
    performerName: s.performer,
    doneOn: s.doneOn,
    week: isoWeekKey(done),
    field,
    status: s.status ?? 'moi',
    flagged: s.submittedField !== undefined && s.submittedField !== field,
    proposal: s.proposal ?? 'none',
    recognitions: s.recognitions ?? [],
    duplicateOf: null, // sampleDeeds links the pair by title
    suspended: false,
    receivedAt: `${s.doneOn}T03:15:00.000Z`,
    unitCode: unit.code,
    unitType: unit.unitType,
    performerKind: /^(Tổ|Chi|Hội|Đội|Ban|Đoàn|Khoa|Bộ|Nhân|Dân|Thanh|Mặt|Huyện|Công|Đảng)/.test(s.performer)
      ? 'tap_the'
      : 'ca_nhan',
    performerRole: 'Đảng viên',
    description: s.description ?? `${s.title}. Việc làm được bà con trong khu vực ghi nhận và đánh giá cao.`,
    submittedField: s.submittedField ?? field,
    fieldReason: `Khớp từ khóa của lĩnh vực «${field}» trong tên và nội dung.`,
    confidence: s.submittedField && s.submittedField !== field ? 0.62 : 0.87,
    nature: s.nature ?? 'dot_xuat',
    startDate: s.startDate ?? null,
    place: 'Huyện Củ Chi',
    beneficiaries: 'Nhân dân địa phương',
    evidence: 'https://example.org/minh-chung/' + id,
    email: 'lienhe@example.org',
    phone: '0912 345 678',
    radioWeek: s.radioWeek ?? '',
    bulletinMonth: s.recognitions?.includes('ban_tin') ? s.doneOn.slice(0, 7) : '',
    note: '',
    reviewer: s.status && s.status !== 'moi' ? FIXTURE_REVIEWER : '',
    reviewedAt: s.status && s.status !== 'moi' ? `${s.doneOn}T09:00:00.000Z` : null,
    blocked: {}, // the stub server fills it from the real rules when it answers
    performerKey: `${unit.code}|${fold(s.performer)}`,
    decisions: [],
  };
}

/** A fresh copy of every deed (tests change them), oldest first like the sheet. */
export function sampleDeeds(units: Unit[]): DeedDetail[] {
  counter = 0;
  const seeds = [...SEEDS].reverse();
  const deeds = seeds.map((s, i) => detail(units, s, nextId(), i + 2));
  seeds.forEach((s, i) => (deeds[i]!.duplicateOf = deeds.find((d) => d.title === s.duplicateOf)?.id ?? null));
  const xss = detail(
    units,
    {
      title: XSS_TITLE,
      unit: 'CB-BVDK',
      performer: '<i>Nhóm</i> tình nguyện',
      doneOn: '2026-11-27',
      field: 'y_te_cham_soc',
      description: XSS_DESCRIPTION,
    },
    XSS_ID,
    deeds.length + 2,
  );
  const decided = deeds.find((d) => d.title === THU_KHEN_DECIDED)!;
  decided.decisions = [{ ...THU_KHEN_DECISION, deedId: decided.id }];
  xss.evidence = "javascript:window.__pwned='evidence'";
  xss.note = '<img src=x onerror="window.__pwned=\'note\'">';
  return [...deeds, xss];
}

interface SuggestionSeed {
  kind: Suggestion['kind'];
  /** The deed it would be marked on; the performer and unit are that deed's. */
  deed: string;
  reason: string;
  score: number;
  status?: Suggestion['status'];
  decidedAt?: string;
  note?: string;
}

const SUGGESTIONS: SuggestionSeed[] = [
  {
    kind: 'giay_khen',
    deed: 'Phụ đạo miễn phí cho học sinh yếu',
    reason: 'Việc tốt thường xuyên từ 01/03/2026 (8 tháng); 4 việc tốt đã duyệt trong kỳ, chưa có Giấy khen.',
    score: 0.92,
  },
  {
    kind: 'guong_dien_hinh',
    deed: 'Trả lại ví cho người đánh rơi',
    reason: '3 việc tốt đã duyệt trong kỳ ở 2 lĩnh vực; 1 lần kể dưới cờ.',
    score: 0.81,
  },
  {
    kind: 'giay_khen',
    deed: 'Ngày Chủ nhật xanh thu gom rác thải',
    reason: 'Việc tốt thường xuyên từ 04/01/2026 (10 tháng); 2 việc tốt đã duyệt trong kỳ.',
    score: 0.77,
  },
  {
    kind: 'guong_dien_hinh',
    deed: 'Tặng học bổng cho học sinh vượt khó',
    reason: '3 việc tốt đã duyệt trong kỳ; 1 lần giới thiệu trên bản tin.',
    score: 0.7,
  },
  {
    kind: 'giay_khen',
    deed: GIAY_KHEN_UNDECIDED,
    reason: 'Việc tốt thường xuyên từ 01/02/2026 (6 tháng); đơn vị đề nghị Giấy khen.',
    score: 0.88,
    status: 'accepted',
    decidedAt: '2026-11-10T02:30:00.000Z',
  },
  {
    kind: 'guong_dien_hinh',
    deed: 'Cứu người đuối nước ở sông Sài Gòn',
    reason: '2 việc tốt đột xuất cứu người trong kỳ.',
    score: 0.86,
    status: 'accepted',
    decidedAt: '2026-11-14T07:45:00.000Z',
  },
  {
    kind: 'guong_dien_hinh',
    deed: 'Giúp dân gia cố bờ bao chống triều',
    reason: '2 việc tốt đã duyệt trong kỳ.',
    score: 0.55,
    status: 'dismissed',
    decidedAt: '2026-11-12T03:00:00.000Z',
    note: 'Đã được huyện tuyên dương năm 2025.',
  },
  {
    kind: 'guong_dien_hinh',
    deed: 'Sửa đường bê tông ấp Bàu Tre',
    reason: 'Đề xuất cho đợt tuyên dương 19/05/2026.',
    score: 0.5,
    status: 'expired',
    decidedAt: '2026-05-20T00:00:00.000Z',
  },
];

/** The ladder's suggestions for these deeds: pending first (highest score first), then the decided ones. */
export function sampleSuggestions(deeds: DeedDetail[]): Suggestion[] {
  return SUGGESTIONS.map((s) => {
    const d = deeds.find((x) => x.title === s.deed);
    if (!d) throw new Error(`fixture suggestion for a deed that does not exist: ${s.deed}`);
    const status = s.status ?? 'pending';
    const key =
      s.kind === 'giay_khen'
        ? `giay_khen|${d.performerKey}|${d.startDate ?? d.doneOn}`
        : `guong_dien_hinh|${status === 'expired' ? 2026 : 2027}|${d.performerKey}`;
    return {
      key,
      kind: s.kind,
      performerKey: d.performerKey,
      performerName: d.performerName,
      performerKind: d.performerKind,
      unitCode: d.unitCode,
      unitName: d.unitName,
      deedId: d.id,
      deedTitle: d.title,
      reason: s.reason,
      score: s.score,
      status,
      decidedBy: status === 'accepted' || status === 'dismissed' ? FIXTURE_REVIEWER : '',
      decidedAt: s.decidedAt ?? null,
      note: s.note ?? '',
    };
  });
}
