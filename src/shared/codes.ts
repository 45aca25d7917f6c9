// The campaign's fixed vocabulary (DOMAIN.md): its name, unit types, fields, natures, recognitions, statuses.

export const CAMPAIGN = 'Mỗi tuần làm một việc tốt';

export const UNIT_TYPES = {
  xa_thi_tran: 'Đảng bộ xã, thị trấn',
  hanh_chinh: 'Cơ quan hành chính nhà nước',
  su_nghiep: 'Đơn vị sự nghiệp',
  giao_duc: 'Ngành giáo dục – đào tạo',
  y_te: 'Ngành y tế',
  doanh_nghiep: 'Doanh nghiệp',
  dang_doan_the: 'Cơ quan Đảng – Đoàn thể',
  noi_chinh: 'Khối nội chính',
  cong_an: 'Công an',
  quan_su: 'Quân sự',
} as const;
export type UnitType = keyof typeof UNIT_TYPES;
export const UNIT_TYPE_CODES = Object.keys(UNIT_TYPES) as UnitType[];

/** The guidance's five loại hình (section II, 1–5), each holding kinds of unit above. */
export const UNIT_GROUPS = {
  xa_thi_tran: { label: UNIT_TYPES.xa_thi_tran, kinds: ['xa_thi_tran'] },
  hanh_chinh_su_nghiep: {
    label: 'Cơ quan hành chính, đơn vị sự nghiệp',
    kinds: ['hanh_chinh', 'su_nghiep', 'giao_duc', 'y_te'],
  },
  doanh_nghiep: { label: 'Doanh nghiệp', kinds: ['doanh_nghiep'] },
  dang_doan_the: { label: UNIT_TYPES.dang_doan_the, kinds: ['dang_doan_the'] },
  noi_chinh: { label: UNIT_TYPES.noi_chinh, kinds: ['noi_chinh', 'cong_an', 'quan_su'] },
} as const satisfies Record<string, { label: string; kinds: readonly UnitType[] }>;
export type UnitGroup = keyof typeof UNIT_GROUPS;
export const UNIT_GROUP_CODES = Object.keys(UNIT_GROUPS) as UnitGroup[];

/** Field codes with the label people see in the form and the sidebar: section II's own words (DOMAIN.md). */
export const FIELDS = {
  thu_tuc_hanh_chinh: 'Thủ tục hành chính, tạo thuận lợi cho Nhân dân',
  an_sinh_xa_hoi: 'Chăm lo gia đình chính sách, hộ nghèo, người khó khăn',
  trat_tu_do_thi: 'Trật tự lòng, lề đường; giải tỏa không gian đường bộ',
  nuoc_sach_moi_truong: 'Nước sạch, vệ sinh môi trường',
  kinh_te_giam_ngheo: 'Chuyển đổi cơ cấu cây trồng, vật nuôi; giúp nhau thoát nghèo, làm giàu chính đáng',
  nong_thon_moi_van_minh:
    'Nông thôn mới, đô thị văn minh, nuôi dạy con cháu; xây dựng Tổ nhân dân (Tổ dân phố) vững mạnh toàn diện',
  an_ninh_trat_tu: 'An ninh chính trị, trật tự an toàn xã hội',
  hoa_giai: 'Hòa giải bức xúc của Nhân dân',
  trach_nhiem_cong_vu: 'Trách nhiệm, chất lượng công việc, ứng xử với Nhân dân',
  dan_chu_co_so: 'Dân chủ cơ sở, đổi mới phương pháp làm việc',
  giao_duc_dao_tao: 'Đổi mới phương pháp giảng dạy; phổ cập giáo dục, bảo đảm hiệu suất đào tạo',
  y_te_cham_soc:
    'Khám, chữa bệnh, phòng chống dịch; “Lương y như từ mẫu”, khám tận nhà, ngày chủ nhật cho công nhân, người lao động',
  cham_lo_nguoi_lao_dong: 'Chăm lo cho người lao động, giải quyết các bức xúc của người lao động',
  sang_kien_tiet_kiem: 'Sáng kiến khoa học, tiết kiệm chi phí, hạ giá thành sản phẩm',
  dan_van_giam_sat: 'Dân vận, giám sát và phản biện xã hội',
  xay_dung_he_thong_chinh_tri:
    'Tham mưu cho cấp ủy xây dựng hệ thống chính trị trong sạch, vững mạnh; khắc phục bệnh hành chính hóa',
  mo_hinh_nhan_rong: 'Mô hình hay, việc làm tốt (người thật, việc thật) nhằm nhân rộng',
  liem_chinh_tu_phap: 'Liêm khiết trong thực hiện chức trách, nhiệm vụ; điều tra, truy tố, xét xử',
  cong_an_vi_dan: '6 điều Bác Hồ dạy công an nhân dân; “Công an nhân dân vì nước quên thân, vì dân phục vụ”',
  quoc_phong_quan_su: 'Dân quân tự vệ; huấn luyện, diễn tập phòng thủ; quốc phòng toàn dân; giúp Nhân dân',
  khac: 'Khác',
} as const;
export type FieldCode = keyof typeof FIELDS;
export const FIELD_CODES = Object.keys(FIELDS) as FieldCode[];

/** Labels stored before the fields took section II's words: rows and responses holding them still read. */
const FIELD_ALIASES: Partial<Record<FieldCode, string>> = {
  kinh_te_giam_ngheo: 'Chuyển đổi cây trồng, vật nuôi; giúp nhau thoát nghèo',
  nong_thon_moi_van_minh: 'Nông thôn mới, đô thị văn minh, nuôi dạy con cháu',
  giao_duc_dao_tao: 'Giáo dục – đào tạo',
  y_te_cham_soc: 'Khám chữa bệnh, phòng chống dịch',
  cham_lo_nguoi_lao_dong: 'Chăm lo người lao động',
  sang_kien_tiet_kiem: 'Sáng kiến, tiết kiệm chi phí',
  xay_dung_he_thong_chinh_tri: 'Xây dựng hệ thống chính trị trong sạch, vững mạnh',
  liem_chinh_tu_phap: 'Liêm chính; điều tra, truy tố, xét xử',
  cong_an_vi_dan: 'Công an vì nước quên thân, vì dân phục vụ',
  quoc_phong_quan_su: 'Quốc phòng, dân quân tự vệ',
};

/** The field a stored or answered label names: today's label or an older one. */
export function fieldByLabel(label: string): FieldCode | undefined {
  return codeByLabel(FIELDS, label) ?? codeByLabel(FIELD_ALIASES as Record<FieldCode, string>, label);
}

export const NATURES = { dot_xuat: 'Đột xuất', thuong_xuyen: 'Thường xuyên' } as const;
export type Nature = keyof typeof NATURES;

export const PERFORMER_KINDS = { ca_nhan: 'Cá nhân', tap_the: 'Tập thể' } as const;
export type PerformerKind = keyof typeof PERFORMER_KINDS;

export const PROPOSALS = {
  none: 'Không đề nghị',
  thu_khen: 'Thư khen',
  giay_khen: 'Giấy khen',
  guong_dien_hinh: 'Gương điển hình',
} as const;
export type Proposal = keyof typeof PROPOSALS;

export const RECOGNITIONS = {
  thu_khen: 'Thư khen',
  giay_khen: 'Giấy khen',
  guong_dien_hinh: 'Gương điển hình',
  phat_thanh: 'Phát thanh',
  ban_tin: 'Bản tin',
  chuyen_duoi_co: 'Chuyện kể dưới cờ',
  ky_yeu: 'Kỷ yếu',
} as const;
export type Recognition = keyof typeof RECOGNITIONS;

export const STATUSES = {
  moi: 'Mới',
  da_duyet: 'Đã duyệt',
  can_bo_sung: 'Cần bổ sung',
  tu_choi: 'Từ chối',
  can_duyet_lai: 'Cần duyệt lại',
  /** Passed by its base committee's reviewers, for the department (the optional first stage, app/baseReview.ts). */
  co_so_duyet: 'Cơ sở đã duyệt',
} as const;
export type Status = keyof typeof STATUSES;

/** «Nhật ký»'s «Hành động»: what was done, as people read it (rows written before hold the codes; codeByLabel reads both). */
export const AUDIT_ACTIONS = {
  accept: 'duyệt',
  request_info: 'yêu cầu bổ sung',
  reject: 'từ chối',
  set_field: 'sửa lĩnh vực',
  mark: 'đánh dấu',
  note: 'ghi chú',
  duplicate: 'xét trùng',
  set_title: 'sửa tên',
  hand_edit: 'sửa tay',
  form_edit: 'đơn vị sửa qua biểu mẫu',
  archive: 'lưu trữ',
  sync: 'cập nhật quyền',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** Look a code up by its Vietnamese label (as the form sends it). */
export function codeByLabel<K extends string>(table: Record<K, string>, label: string): K | undefined {
  return (Object.keys(table) as K[]).find((k) => table[k] === label);
}
