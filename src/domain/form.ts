// The form as code: one list of questions builds the Google Form (gas/form.ts) and reads its answers
// (domain/submission.ts). Keys are stable; titles are what people see and what events carry.
import { CAMPAIGN, FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS, UNIT_GROUPS, UNIT_GROUP_CODES } from '#shared/codes';
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

export const FORM_TITLE = `${CAMPAIGN} — báo cáo việc tốt`;
/** What the respondent reads after sending: sent, not yet recorded — the outcome comes by email (app/unitNotice.ts). */
export const FORM_CONFIRMATION =
  'Cảm ơn đơn vị! Báo cáo đã được gửi. Kết quả (đã ghi nhận, hoặc cần sửa gì kèm đường dẫn để sửa) sẽ được gửi qua ' +
  'email tới địa chỉ của đơn vị trong danh sách và địa chỉ email liên hệ đã điền (nếu có).';

export const FORM_DESCRIPTION =
  'Mỗi lần gửi một việc tốt của cá nhân hoặc tập thể trong đơn vị. Các mục có dấu * là bắt buộc. ' +
  'Ban Tuyên giáo sẽ xem xét, đề xuất khen thưởng và giới thiệu trên phát thanh, bản tin.';

/** One question: its key, title, help, kind, whether it is required, and its fixed choices. */
function question(
  key: AnswerKey,
  title: string,
  help: string,
  kind: QuestionKind,
  required: boolean,
  choices?: readonly string[],
): Question {
  return { key, title, help, kind, required, choices };
}

const QUESTIONS_FIRST_PAGE: readonly Question[] = [
  question('unit', 'Đơn vị', 'Chọn chi bộ, đảng bộ hoặc cơ quan của bạn.', 'list', true),
  question('performerKind', 'Người thực hiện là', '', 'choice', true, Object.values(PERFORMER_KINDS)),
  question(
    'performerName',
    'Họ tên cá nhân hoặc tên tập thể',
    'Ví dụ: Nguyễn Văn A, hoặc Chi đoàn ấp 3.',
    'text',
    true,
  ),
  question('performerRole', 'Chức vụ, nơi công tác', 'Nếu có.', 'text', false),
  question('title', 'Tên việc tốt', 'Một câu ngắn, ví dụ: Trả lại ví nhặt được.', 'text', true),
  question(
    'description',
    'Nội dung việc tốt',
    'Đã làm gì, cho ai, kết quả ra sao (ít nhất 20 ký tự).',
    'paragraph',
    true,
  ),
  question(
    'nature',
    'Tính chất',
    'Đột xuất: việc làm một lần. Thường xuyên: việc làm trong thời gian dài.',
    'choice',
    true,
    Object.values(NATURES),
  ),
  question('startDate', 'Ngày bắt đầu (nếu thường xuyên)', 'Bắt buộc với việc tốt thường xuyên.', 'date', false),
  question('doneOn', 'Ngày thực hiện', '', 'date', true),
  question('place', 'Địa điểm', 'Ấp, khu phố, xã…', 'text', false),
  question('beneficiaries', 'Người được giúp đỡ', 'Ai được giúp, bao nhiêu người/hộ.', 'text', false),
  question('evidence', 'Đường dẫn hình ảnh, minh chứng', 'Nếu có.', 'text', false),
  question(
    'proposal',
    'Đề nghị khen thưởng',
    'Thư khen cho việc tốt đột xuất; Giấy khen cho việc tốt thường xuyên; Gương điển hình: đề nghị tuyên dương nhân dịp 19/5.',
    'choice',
    false,
    Object.values(PROPOSALS),
  ),
  question('email', 'Email liên hệ', 'Để nhận xác nhận và góp ý bổ sung.', 'text', false),
  question('phone', 'Số điện thoại liên hệ', '', 'text', false),
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
    question(
      'field',
      fieldTitle(g),
      'Không bắt buộc: nếu để trống hoặc chọn «Khác», hệ thống tự phân loại.',
      'choice',
      false,
      groupFields(g).map((f) => FIELDS[f]),
    ),
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
