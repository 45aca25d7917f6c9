// Canned data for the sidebar's stub server: units from the sample organisation and ~30 deeds of Nov/Oct 2026.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isoWeekKey, parseLocalDate } from '../../src/domain/calendar';
import type { FieldCode, Nature, Proposal, Recognition, Status, UnitType } from '../../src/domain/codes';
import type { DeedDetail } from '#contract';

export const TODAY = '2026-11-27';
export const CURRENT_MONTH = '2026-11';
export const CURRENT_WEEK = '2026-W48';

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
    bulletinMonth: '',
    note: '',
    reviewer: s.status && s.status !== 'moi' ? 'tuyengiao@cuchi.example' : '',
    reviewedAt: s.status && s.status !== 'moi' ? `${s.doneOn}T09:00:00.000Z` : null,
    blocked: {}, // the stub server fills it from the real rules when it answers
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
  xss.evidence = "javascript:window.__pwned='evidence'";
  xss.note = '<img src=x onerror="window.__pwned=\'note\'">';
  return [...deeds, xss];
}
