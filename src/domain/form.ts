// The form as code: one list of questions builds the Google Form (gas/form.ts) and reads its answers
// (domain/submission.ts). Keys are stable; titles are what people see and what events carry.
import { FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS } from '#shared/codes';

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

export const QUESTIONS: readonly Question[] = [
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
    key: 'field',
    title: 'Lĩnh vực',
    help: 'Không bắt buộc: nếu để trống hoặc chọn «Khác», hệ thống tự phân loại.',
    kind: 'list',
    required: false,
    choices: Object.values(FIELDS),
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

const BY_TITLE = new Map(QUESTIONS.map((q) => [q.title, q.key]));
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
    if (key) answers[key] = text;
    else if (!RESPONSE_SHEET_COLUMNS.has(title.trim()) && text.trim() !== '') extra[title] = text;
  }
  return { answers, extra };
}
