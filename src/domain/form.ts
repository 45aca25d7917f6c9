// The form as code: one list of questions builds the Google Form (gas/form.ts) and reads its answers
// (domain/submission.ts). Keys are stable; titles are what people see and what events carry.
import { FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS, UNIT_GROUPS, UNIT_GROUP_CODES } from '#shared/codes';
import type { FieldCode, UnitGroup } from '#shared/codes';

export type QuestionKind = 'list' | 'choice' | 'text' | 'paragraph' | 'date';

export interface Question {
  key: AnswerKey;
  title: string;
  help: string;
  kind: QuestionKind;
  required: boolean;
  /** Fixed choices; the unit list comes from the registry at set-up. */
  choices?: readonly string[];
}

/** A page of the form (a PageBreakItem) holding one loại hình's field question. */
export interface Page {
  kind: 'page';
  title: string;
  help: string;
  group: UnitGroup;
}

export const ANSWER_KEYS = [
  'unit',
  'performerKind',
  'performerName',
  'performerRole',
  'title',
  'description',
  'field',
  'nature',
  'startDate',
  'doneOn',
  'place',
  'beneficiaries',
  'evidence',
  'proposal',
  'email',
  'phone',
] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];
export type Answers = Partial<Record<AnswerKey, string>>;

export const FIELD_OTHER = FIELDS.khac;

export const FORM_TITLE = 'Mỗi tuần làm một việc tốt — báo cáo việc tốt';
/** What the respondent reads after sending: sent, not yet recorded — the outcome comes by email (app/unitNotice.ts). */
export const FORM_CONFIRMATION =
  'Cảm ơn đơn vị! Báo cáo đã được gửi. Kết quả (đã ghi nhận, hoặc cần sửa gì kèm đường dẫn để sửa) sẽ được gửi qua ' +
  'email tới địa chỉ của đơn vị trong danh sách và địa chỉ email liên hệ đã điền (nếu có).';

export const FORM_DESCRIPTION =
  'Mỗi lần gửi một việc tốt của cá nhân hoặc tập thể trong đơn vị. Các mục có dấu * là bắt buộc. ' +
  'Ban Tuyên giáo sẽ xem xét, đề xuất khen thưởng và giới thiệu trên phát thanh, bản tin.';

const QUESTIONS_FIRST_PAGE: readonly Question[] = [
  { key: 'unit', title: 'Đơn vị', help: 'Chọn chi bộ, đảng bộ hoặc cơ quan của bạn.', kind: 'list', required: true },
  {
    key: 'performerKind',
    title: 'Người thực hiện là',
    help: '',
    kind: 'choice',
    required: true,
    choices: Object.values(PERFORMER_KINDS),
  },
  {
    key: 'performerName',
    title: 'Họ tên cá nhân hoặc tên tập thể',
    help: 'Ví dụ: Nguyễn Văn A, hoặc Chi đoàn ấp 3.',
    kind: 'text',
    required: true,
  },
  { key: 'performerRole', title: 'Chức vụ, nơi công tác', help: 'Nếu có.', kind: 'text', required: false },
  {
    key: 'title',
    title: 'Tên việc tốt',
    help: 'Một câu ngắn, ví dụ: Trả lại ví nhặt được.',
    kind: 'text',
    required: true,
  },
  {
    key: 'description',
    title: 'Nội dung việc tốt',
    help: 'Đã làm gì, cho ai, kết quả ra sao (ít nhất 20 ký tự).',
    kind: 'paragraph',
    required: true,
  },
  {
    key: 'nature',
    title: 'Tính chất',
    help: 'Đột xuất: việc làm một lần. Thường xuyên: việc làm trong thời gian dài.',
    kind: 'choice',
    required: true,
    choices: Object.values(NATURES),
  },
  {
    key: 'startDate',
    title: 'Ngày bắt đầu (nếu thường xuyên)',
    help: 'Bắt buộc với việc tốt thường xuyên.',
    kind: 'date',
    required: false,
  },
  { key: 'doneOn', title: 'Ngày thực hiện', help: '', kind: 'date', required: true },
  { key: 'place', title: 'Địa điểm', help: 'Ấp, khu phố, xã…', kind: 'text', required: false },
  {
    key: 'beneficiaries',
    title: 'Người được giúp đỡ',
    help: 'Ai được giúp, bao nhiêu người/hộ.',
    kind: 'text',
    required: false,
  },
  { key: 'evidence', title: 'Đường dẫn hình ảnh, minh chứng', help: 'Nếu có.', kind: 'text', required: false },
  {
    key: 'proposal',
    title: 'Đề nghị khen thưởng',
    help: 'Thư khen cho việc tốt đột xuất; Giấy khen cho việc tốt thường xuyên; Gương điển hình: đề nghị tuyên dương nhân dịp 19/5.',
    kind: 'choice',
    required: false,
    choices: Object.values(PROPOSALS),
  },
  {
    key: 'email',
    title: 'Email liên hệ',
    help: 'Để nhận xác nhận và góp ý bổ sung.',
    kind: 'text',
    required: false,
  },
  { key: 'phone', title: 'Số điện thoại liên hệ', help: '', kind: 'text', required: false },
];

/**
 * The fields a loại hình's page offers (choice: DOMAIN.md): section II.1 to II.5's own for that loại hình, the help to
 * families in need («an_sinh_xa_hoi», reported by every kind of unit), and «Khác», which the categoriser classifies.
 */
const GROUP_FIELDS: Record<UnitGroup, readonly FieldCode[]> = {
  xa_thi_tran: [
    'thu_tuc_hanh_chinh',
    'trat_tu_do_thi',
    'nuoc_sach_moi_truong',
    'kinh_te_giam_ngheo',
    'nong_thon_moi_van_minh',
    'an_ninh_trat_tu',
    'hoa_giai',
  ],
  hanh_chinh_su_nghiep: [
    'thu_tuc_hanh_chinh',
    'trach_nhiem_cong_vu',
    'dan_chu_co_so',
    'giao_duc_dao_tao',
    'y_te_cham_soc',
  ],
  doanh_nghiep: ['cham_lo_nguoi_lao_dong', 'sang_kien_tiet_kiem'],
  dang_doan_the: ['dan_van_giam_sat', 'xay_dung_he_thong_chinh_tri', 'mo_hinh_nhan_rong'],
  noi_chinh: ['liem_chinh_tu_phap', 'cong_an_vi_dan', 'quoc_phong_quan_su', 'an_ninh_trat_tu'],
};
const groupFields = (g: UnitGroup): FieldCode[] => ['an_sinh_xa_hoi', ...GROUP_FIELDS[g], 'khac'];

/** The title of a loại hình's field question (each distinct: a response sheet's column, an event's key). */
const fieldTitle = (g: UnitGroup) => `Lĩnh vực (${UNIT_GROUPS[g].label})`;

/**
 * Every item of the form in order: the questions on the first page, then a page per loại hình with its field
 * question. The unit's answer leads to its loại hình's page, and that page sends the form (gas/form.ts), so a
 * respondent sees two pages.
 */
export const FORM_ITEMS: readonly (Question | Page)[] = [
  ...QUESTIONS_FIRST_PAGE,
  ...UNIT_GROUP_CODES.flatMap((g, i): (Question | Page)[] => [
    { kind: 'page', group: g, title: UNIT_GROUPS[g].label, help: `Hướng dẫn, mục II.${i + 1}: những việc tốt gợi ý.` },
    {
      key: 'field',
      title: fieldTitle(g),
      help: 'Không bắt buộc: nếu để trống hoặc chọn «Khác», hệ thống tự phân loại.',
      kind: 'choice',
      required: false,
      choices: groupFields(g).map((f) => FIELDS[f]),
    },
  ]),
];

/** The questions (every item but the pages). */
export const QUESTIONS: readonly Question[] = FORM_ITEMS.filter((q): q is Question => q.kind !== 'page');

/** Titles to keys, with the single «Lĩnh vực» of the form before it had a page per loại hình (older responses). */
const BY_TITLE = new Map<string, AnswerKey>([
  ['Lĩnh vực', 'field'],
  ...QUESTIONS.map((q): [string, AnswerKey] => [q.title, q.key]),
]);
/** Columns the response sheet adds itself (vi_VN and en_US names): not answers. */
const RESPONSE_SHEET_COLUMNS = new Set(['Dấu thời gian', 'Timestamp', 'Địa chỉ email', 'Email Address']);

/** Answers keyed by question key, from the spreadsheet-bound event's namedValues ({title: [answer]}). */
export function answersFromNamedValues(named: Record<string, readonly unknown[] | undefined>): {
  answers: Answers;
  extra: Record<string, string>;
} {
  const answers: Answers = {};
  const extra: Record<string, string> = {};
  for (const [title, values] of Object.entries(named)) {
    const text = (values ?? []).map((v) => String(v ?? '')).join(', ');
    const key = BY_TITLE.get(title.trim());
    // The field has a question per loại hình: the one answered counts, the skipped pages' are empty.
    if (key && (text !== '' || answers[key] === undefined)) answers[key] = text;
    else if (!RESPONSE_SHEET_COLUMNS.has(title.trim()) && text.trim() !== '') extra[title] = text;
  }
  return { answers, extra };
}
