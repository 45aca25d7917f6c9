// The sidebar tests' data, seeded into the emulated runtime through the real bundle: ~30 deeds of Nov/Oct 2026 and
// older accepted ones (Jun–Sep) sent through the form, then reviewed, marked and decided through the sidebar's own
// server functions, and the commendation ladder built by refreshLadder.
import type { DeedDetail, LadderView, Result, ReviewAction } from '#contract';
import type { AddOn } from '../../local/addon';
import { SAMPLE_UNITS } from '../../local/demo';
import { REVIEWER, submitAnswers } from '../../local/flows';
import { DEED } from '../../src/domain/tabs';
import { FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS } from '../../src/shared/codes';
import type { FieldCode, Nature, Proposal, Recognition, Status } from '../../src/shared/codes';

/** The emulated runtime's clock stands at 27/11/2026 09:00 in Hồ Chí Minh City (local/runtime). */
export const CURRENT_WEEK = '2026-W48';

/** The payload of the injection test: each part would set window.__pwned if it ran. */
export const XSS_TITLE = 'Nấu cơm cho bệnh nhân <b>nghèo</b> <img src=x onerror="window.__pwned=\'title\'">';
export const XSS_DESCRIPTION =
  'Nấu 200 suất cơm.\n<script>window.__pwned = "script"</script><img src="x" onerror="window.__pwned = \'img\'">' +
  '<a href="javascript:window.__pwned=\'link\'">bấm</a>';
export const XSS_EVIDENCE = "javascript:window.__pwned='evidence'";
export const XSS_NOTE = '<img src=x onerror="window.__pwned=\'note\'">';

/** A near-duplicate pair: another unit reported this deed again the next day. */
export const DUPLICATE_EARLIER = 'Lắp đèn chiếu sáng đường quê';
export const DUPLICATE_LATER = 'Thắp sáng đường quê ấp 5 xã Tân An Hội';

/** A deed with a Thư khen whose decision is recorded, and one with a Giấy khen still waiting for its decision. */
export const THU_KHEN_DECIDED = 'Hỗ trợ công nhân bị tai nạn lao động';
export const GIAY_KHEN_UNDECIDED = 'Xây mái ấm công đoàn cho đoàn viên khó khăn';
export const THU_KHEN_DECISION = { number: '125-QĐ/HU', date: '2026-11-24', level: 'Thường trực Huyện ủy' };

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
    // Said as a matter of conduct towards people: the categoriser suggests trach_nhiem_cong_vu, and flags it.
    description:
      'Kiểm sát viên Võ Thành Đạt tiếp công dân ngoài giờ hành chính, thái độ niềm nở, tận tình hướng dẫn ' +
      'người dân viết đơn, không để ai phải chờ lâu.',
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

const DEEDS_TAB = DEED.name;

/** What the unit typed into the form for a seed. */
function answers(s: Seed): Record<string, string> {
  const unit = SAMPLE_UNITS.find((u) => u.code === s.unit);
  if (!unit) throw new Error(`fixture unit ${s.unit} is not in the sample organisation`);
  const collective = /^(Tổ|Chi|Hội|Đội|Ban|Đoàn|Khoa|Bộ|Nhân|Dân|Thanh|Mặt|Huyện|Công|Đảng|Ủy|<i>)/.test(s.performer);
  return {
    unit: unit.name,
    performerKind: collective ? PERFORMER_KINDS.tap_the : PERFORMER_KINDS.ca_nhan,
    performerName: s.performer,
    performerRole: collective ? '' : 'Đảng viên',
    title: s.title,
    description: s.description ?? `${s.title}: ${s.performer} thực hiện ngày ${s.doneOn}, ${unit.name}.`,
    field: FIELDS[s.submittedField ?? s.field],
    nature: NATURES[s.nature ?? 'dot_xuat'],
    startDate: s.startDate ?? '',
    doneOn: s.doneOn,
    place: 'Huyện Củ Chi',
    beneficiaries: 'Nhân dân địa phương',
    evidence: 'https://example.org/minh-chung/anh.jpg',
    proposal: s.proposal && s.proposal !== 'none' ? PROPOSALS[s.proposal] : '',
    email: `${unit.code.toLowerCase()}@example.org`,
    phone: '0912 345 678',
  };
}

function okOf<T>(result: unknown, what: string): T {
  const r = result as Result<T>;
  if (!r.ok) throw new Error(`fixture ${what}: ${r.error}`);
  return r.value;
}

/** A reviewer's action on the deed's current version, through the sidebar's server function. */
export function reviewAs(addOn: AddOn, deed: DeedDetail, action: ReviewAction, user = REVIEWER): DeedDetail {
  addOn.runtime.setUser(user);
  const { id, row, version } = deed;
  return okOf<DeedDetail>(addOn.runtime.scriptRun('reviewDeed', { id, row, version, action }), action.kind);
}

/** The deed as the sidebar's server reads it. */
export function deedOf(addOn: AddOn, id: string): DeedDetail {
  addOn.runtime.setUser(REVIEWER);
  return okOf<DeedDetail>(addOn.runtime.scriptRun('getDeed', { id }), `getDeed ${id}`);
}

/**
 * A reviewer types into one cell of the deed's row in «Việc tốt» (the real onEdit runs). An editor who is not a
 * reviewer may not change a reviewed deed: their edit is put back (src/app/handEdit.ts).
 */
export function editCell(addOn: AddOn, deed: DeedDetail, key: keyof typeof DEED.col, value: string): void {
  const n = DEED.col[key];
  const letter = (n >= 26 ? String.fromCharCode(64 + Math.floor(n / 26)) : '') + String.fromCharCode(65 + (n % 26));
  const fired = addOn.runtime.userEdit(DEEDS_TAB, `${letter}${deed.row}`, value, { user: REVIEWER });
  if (fired.some((f) => f.error)) throw new Error(`fixture hand edit: ${String(fired[0]!.error)}`);
}

/** The review that brings a submitted deed to the seed's field, status and recognitions. */
function reviewToSeed(addOn: AddOn, first: DeedDetail, s: Seed): DeedDetail {
  let d = first;
  if (d.field !== s.field) d = reviewAs(addOn, d, { kind: 'set_field', field: s.field });
  const status = s.status ?? 'moi';
  if (status === 'can_bo_sung') d = reviewAs(addOn, d, { kind: 'request_info', message: 'Xin bổ sung hình ảnh.' });
  if (status === 'tu_choi') d = reviewAs(addOn, d, { kind: 'reject', reason: 'Không phải việc tốt của đơn vị.' });
  if (status === 'da_duyet' || status === 'can_duyet_lai') d = reviewAs(addOn, d, { kind: 'accept' });
  for (const r of s.recognitions ?? []) {
    const period = r === 'phat_thanh' ? s.radioWeek : r === 'ban_tin' ? s.doneOn.slice(0, 7) : undefined;
    d = reviewAs(addOn, d, { kind: 'mark', recognition: r, on: true, ...(period ? { period } : {}) });
  }
  if (status === 'can_duyet_lai') {
    editCell(addOn, d, 'description', `${d.description} (đơn vị sửa lại)`);
    d = deedOf(addOn, d.id);
  }
  return d;
}

/** Every seed sent through the form (oldest first, as the Sheet fills), reviewed, decided; the ladder built unless
 * told not to. Answers each title's id. */
export function seedFixtures(addOn: AddOn, options: { ladder?: boolean } = {}): Record<string, string> {
  const ids: Record<string, string> = {};
  const xss: Seed = {
    title: XSS_TITLE,
    unit: 'CB-BVDK',
    performer: '<i>Nhóm</i> tình nguyện',
    doneOn: '2026-11-27',
    field: 'y_te_cham_soc',
    description: XSS_DESCRIPTION,
  };
  for (const s of [...SEEDS].reverse().concat(xss)) {
    const submitted = submitAnswers(addOn, answers(s));
    if (!submitted.id) throw new Error(`fixture «${s.title}» not stored: ${submitted.reasons.join(' ')}`);
    ids[s.title] = reviewToSeed(addOn, deedOf(addOn, submitted.id), s).id;
  }
  const xssDeed = reviewAs(addOn, deedOf(addOn, ids[XSS_TITLE]!), { kind: 'note', note: XSS_NOTE });
  editCell(addOn, xssDeed, 'details', `Minh chứng: ${XSS_EVIDENCE}`);
  const decided = deedOf(addOn, ids[THU_KHEN_DECIDED]!);
  addOn.runtime.setUser(REVIEWER);
  const { id, row, version } = decided;
  okOf(
    addOn.runtime.scriptRun('recordDecision', { id, row, version, recognition: 'thu_khen', ...THU_KHEN_DECISION }),
    'decision',
  );
  if (options.ladder !== false) okOf<LadderView>(addOn.runtime.scriptRun('refreshLadder'), 'ladder');
  return ids;
}
