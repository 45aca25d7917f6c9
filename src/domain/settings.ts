// The settings tab ("Cấu hình"): one labelled row per setting, its defaults, and reading it back checked.
import * as z from '#shared/schema';
import { emailKey, isEmail } from './email';
import * as MSG from '#shared/messages/general';

/**
 * Days a finished unit notice stays in «Hộp thư đi» before retention deletes its row: twice the week the sweep looks
 * back, not a choice people make. 14 days of two notices a deed at 250,000 deeds a year: 0.17 M cells (90 days: 1.1 M).
 */
export const NOTICE_DAYS = 14;

export interface Settings {
  organisation: string;
  reviewingBody: string;
  standingCommittee: string;
  standingBoard: string;
  reviewers: string[];
  leadership: string[];
  admins: string[];
  monthlyHour: number;
  monthlyGraceDays: number;
  weeklyHour: number;
  giayKhenMinMonths: number;
  radioTarget: number;
  modelMinDeeds: number;
  modelTop: number;
  /** Days raw answers («Báo cáo bị trả lại»), email bodies («Hộp thư đi») and before/after values («Nhật ký») are kept. */
  keepRawDays: number;
  keepMailDays: number;
  keepAuditDays: number;
  certificateHeading: string;
  place: string;
  baseLevel: string;
  baseMonthly: boolean;
  /** The optional first stage: base committees' own reviewers vet their units' deeds before the department. */
  baseReview: boolean;
  /** Base committee code → its reviewers' emails (a role: trusted only with «Cấu hình»'s protection, like reviewers). */
  baseReviewers: Record<string, string[]>;
  mediaWeekday: number;
  mediaHour: number;
  honoursDay: number;
  standingCommitteeEmails: string[];
  standingBoardEmails: string[];
  radioEmails: string[];
  bulletinEmails: string[];
  /** A rejected deed's unit is emailed the reason (review.ts). */
  notifyRejection: boolean;
}

/**
 * A setting's check of the cell as typed (with the Vietnamese message) and its value once the check passed: two
 * steps, as zod/mini's light schemas did (no pipe or transform).
 */
interface SettingType {
  check: z.Schema<unknown>;
  value: (cell: unknown) => unknown;
}

const emailsIn = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map(emailKey)
    .filter((e) => e !== '');
const BAD_EMAIL = 'có địa chỉ email không đúng dạng.';
const emailList: SettingType = {
  check: z.string({ error: BAD_EMAIL }).check(z.refine((v) => emailsIn(v).every(isEmail), BAD_EMAIL)),
  value: (cell) => emailsIn(String(cell)),
};
/** «MÃ: email, email; MÃ2: email» → { MÃ: [...], MÃ2: [...] }; null when a part has no code or a wrong address. */
function byCodeIn(text: string): Record<string, string[]> | null {
  const out: Record<string, string[]> = {};
  for (const part of text.split(';').filter((p) => p.trim() !== '')) {
    const [code = '', list = ''] = part.split(':');
    const emails = emailsIn(list);
    if (code.trim() === '' || !emails.every(isEmail)) return null;
    out[code.trim()] = emails;
  }
  return out;
}
const BAD_CODES = 'phải có dạng «mã cơ sở: email, email; …».';
const reviewersByCode: SettingType = {
  check: z.string({ error: BAD_CODES }).check(z.refine((v) => byCodeIn(v) !== null, BAD_CODES)),
  value: (cell) => byCodeIn(String(cell)) ?? {},
};
const text: SettingType = {
  check: z
    .string({ error: 'phải là chữ.' })
    .check(z.minLength(1, 'không được để trống.'), z.maxLength(300, 'quá dài.')),
  value: (cell) => cell,
};
/** A text that may stay empty: a row added after the first release, which existing Sheets lack. */
const optionalText: SettingType = {
  check: z.string({ error: 'phải là chữ.' }).check(z.maxLength(300, 'quá dài.')),
  value: (cell) => cell,
};
const intIn = (min: number, max: number): SettingType => ({
  check: z.union([z.number(), z.string()]).check(
    z.refine((v) => {
      const n = Number(v);
      return Number.isInteger(n) && n >= min && n <= max;
    }, `phải là số nguyên từ ${min} đến ${max}.`),
  ),
  value: Number,
});

/** «Có» / «Không» (or a checkbox's TRUE/FALSE), as the flag it sets. */
const yesNoText = (cell: unknown) => (typeof cell === 'boolean' ? (cell ? 'có' : 'không') : String(cell).toLowerCase());
const yesNoFlag: SettingType = {
  check: z
    .union([z.boolean(), z.string()])
    .check(z.refine((v) => ['có', 'không'].includes(yesNoText(v)), 'phải là «Có» hoặc «Không».')),
  value: (cell) => yesNoText(cell) === 'có',
};

interface SettingSpec {
  key: keyof Settings;
  label: string;
  help: string;
  initial: string | number;
  schema: SettingType;
  /** Added after the first release: a settings tab without the row takes the initial value. */
  optional?: boolean;
}

/** The help of a threshold the guidance leaves to the organisation. */
const ORGANISATION_CHOICE = 'Lựa chọn của tổ chức, Hướng dẫn không quy định:';

/** One row of the settings tab; `optional` for a row added after the first release. */
function setting(
  key: keyof Settings,
  label: string,
  help: string,
  initial: string | number,
  schema: SettingType,
  optional = false,
): SettingSpec {
  return { key, label, help, initial, schema, optional };
}

/** The rows of the settings tab, in order: key, label, help, initial value, check. Labels are what people see; keys are
 * what code uses. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  setting('organisation', 'Tên tổ chức', 'Cấp ủy tổ chức phong trào, ví dụ: Đảng bộ phường Tân Định.', '', text),
  setting(
    'reviewingBody',
    'Cơ quan theo dõi',
    'Ban duyệt việc tốt, ví dụ: Ban Tuyên giáo và Dân vận Đảng ủy.',
    '',
    text,
  ),
  setting('standingCommittee', 'Thường trực (tặng Thư khen)', 'Ví dụ: Thường trực Đảng ủy.', '', text),
  setting('standingBoard', 'Ban Thường vụ (tặng Giấy khen)', 'Ví dụ: Ban Thường vụ Đảng ủy.', '', text),
  setting('reviewers', 'Email người duyệt', 'Cách nhau bởi dấu phẩy.', '', emailList),
  setting('leadership', 'Email lãnh đạo nhận báo cáo', 'Cách nhau bởi dấu phẩy.', '', emailList),
  setting('admins', 'Email quản trị', 'Nhận thông báo sự cố.', '', emailList),
  setting('monthlyHour', 'Giờ gửi tổng hợp tháng (ngày chốt tháng)', 'Từ 0 đến 23.', 6, intIn(0, 23)),
  setting(
    'monthlyGraceDays',
    'Số ngày chờ báo cáo muộn trước khi chốt tháng',
    'Tổng hợp chính thức gửi lãnh đạo ngày (1 + số này) tháng sau; trước đó là bản tạm tính. Duyệt, đề nghị sau ngày chốt vào thư tháng sau («Bổ sung tháng trước»). Từ 0 đến 20.',
    3,
    intIn(0, 20),
    true,
  ),
  setting('weeklyHour', 'Giờ gửi bản tin tuần (thứ Hai)', 'Từ 0 đến 23.', 7, intIn(0, 23)),
  setting(
    'giayKhenMinMonths',
    'Số tháng tối thiểu để đề nghị Giấy khen',
    'Lựa chọn của tổ chức: Hướng dẫn chỉ nói «thời gian dài».',
    3,
    intIn(1, 120),
  ),
  setting('radioTarget', 'Số mô hình phát thanh mỗi tuần', 'Ít nhất 2 theo hướng dẫn.', 2, intIn(1, 20)),
  setting(
    'modelMinDeeds',
    'Số việc tốt tối thiểu để đề cử gương điển hình',
    `${ORGANISATION_CHOICE} trong năm tính đến 19/5; người đã có Thư khen hoặc Giấy khen cần 2.`,
    4,
    intIn(1, 100),
    true,
  ),
  setting(
    'modelTop',
    'Số gương điển hình đề xuất tối đa mỗi năm',
    `${ORGANISATION_CHOICE} danh sách gửi Ban Thường vụ dịp 19/5 giữ bấy nhiêu người điểm cao nhất.`,
    30,
    intIn(1, 500),
    true,
  ),
  setting(
    'certificateHeading',
    'Tiêu đề góc phải của Thư khen, Giấy khen',
    'Văn bản của Đảng: ĐẢNG CỘNG SẢN VIỆT NAM; của chính quyền: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    text,
    true,
  ),
  setting(
    'place',
    'Địa danh ghi trước ngày tháng',
    'Ví dụ: Tân Định. Để trống: «Ngày … tháng … năm …».',
    '',
    optionalText,
    true,
  ),
  setting(
    'keepRawDays',
    'Số ngày giữ câu trả lời gốc ở «Báo cáo bị trả lại»',
    'Quá hạn thì xoá nội dung, giữ dòng (mỗi ngày, lúc gửi thư đang chờ).',
    180,
    intIn(7, 3650),
    true,
  ),
  setting(
    'keepMailDays',
    'Số ngày giữ nội dung thư ở «Hộp thư đi»',
    `Chỉ thư đã gửi hoặc bỏ qua; người nhận, trạng thái vẫn giữ. Thư báo đơn vị đã xong xoá cả dòng sau ${NOTICE_DAYS} ngày.`,
    90,
    intIn(7, 3650),
    true,
  ),
  setting(
    'keepAuditDays',
    'Số ngày giữ giá trị trước/sau ở «Nhật ký»',
    'Ai, khi nào, việc tốt nào, cột nào vẫn giữ.',
    730,
    intIn(30, 3650),
    true,
  ),
  setting(
    'baseLevel',
    'Tên gọi cấp cơ sở (cột «Trực thuộc» của tab Đơn vị)',
    'Đơn vị cùng «Trực thuộc» được tổng hợp chung; đơn vị trực thuộc thẳng tổ chức là một cơ sở.',
    'Cơ sở Đảng trực thuộc',
    text,
    true,
  ),
  setting(
    'baseMonthly',
    'Gửi tổng hợp tháng cho từng cơ sở (Có/Không)',
    'Có: mỗi cơ sở có email ở tab Đơn vị nhận tổng hợp tháng của mình, kèm đoạn cho báo cáo tuyên giáo (1 lượt hạn mức email mỗi ngày mỗi cơ sở).',
    'Không',
    yesNoFlag,
    true,
  ),
  setting(
    'baseReview',
    'Cơ sở duyệt trước khi Ban duyệt (Có/Không)',
    'Có: người duyệt cơ sở (dòng dưới) duyệt trước việc tốt của đơn vị mình.',
    'Không',
    yesNoFlag,
    true,
  ),
  setting(
    'baseReviewers',
    'Người duyệt cấp cơ sở (mã cơ sở: email, …; mã khác: …)',
    'Ví dụ: DB-CONGAN: a@x.vn, b@x.vn; DB-XA-ANPHU: c@x.vn',
    '',
    reviewersByCode,
    true,
  ),
  setting(
    'mediaWeekday',
    'Thứ gửi kịch bản phát thanh và chuyện kể dưới cờ cho tuần sau',
    'Từ 2 (thứ Hai) đến 8 (Chủ nhật), trước sáng thứ Hai chào cờ.',
    6,
    intIn(2, 8),
    true,
  ),
  setting(
    'mediaHour',
    'Giờ gửi kịch bản phát thanh, chuyện kể dưới cờ, danh sách dịp 19/5',
    'Từ 0 đến 23.',
    15,
    intIn(0, 23),
    true,
  ),
  setting(
    'honoursDay',
    'Ngày trong tháng 5 gửi danh sách đề nghị dịp 19/5',
    'Lựa chọn của tổ chức (Hướng dẫn chỉ nói «nhân dịp sinh nhật Bác»): từ 1 đến 18.',
    5,
    intIn(1, 18),
    true,
  ),
  ...recipients([
    ['standingCommitteeEmails', 'Email Thường trực (nhận danh sách đề nghị Thư khen)'],
    ['standingBoardEmails', 'Email Ban Thường vụ (nhận danh sách đề nghị Giấy khen, gương điển hình)'],
    ['radioEmails', 'Email Đài Truyền thanh (nhận kịch bản phát thanh mỗi tuần)'],
    ['bulletinEmails', 'Email biên tập Bản tin (nhận bài Bản tin mỗi tháng)'],
  ]),
  setting(
    'notifyRejection',
    'Báo lý do cho đơn vị khi từ chối',
    '«Có»: khi từ chối một việc tốt, đơn vị nhận thư nêu lý do.',
    'Có',
    yesNoFlag,
    true,
  ),
];

/** Recipients added after the first release: empty means nobody (that part then goes only to the reviewers). */
function recipients(rows: [keyof Settings, string][]): SettingSpec[] {
  return rows.map(([key, label]) =>
    setting(key, label, 'Cách nhau bởi dấu phẩy; để trống thì không gửi.', '', emailList, true),
  );
}

/** The organisation's own names: blank in a new Sheet (never a sample's), so set-up waits until they are typed. */
const NAME_KEYS: readonly (keyof Settings)[] = ['organisation', 'reviewingBody', 'standingCommittee', 'standingBoard'];

/** Labels of the names still blank in the settings rows (without the header). */
export function blankNames(rows: readonly (readonly unknown[])[]): string[] {
  const typed = new Map(rows.map((row) => [String(row[0] ?? '').trim(), String(row[1] ?? '').trim()]));
  return SETTING_SPECS.filter((s) => NAME_KEYS.includes(s.key) && !typed.get(s.label)).map((s) => s.label);
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Reads the settings rows (without the header), found by label; errors name the cell. */
export function readSettings(rows: readonly (readonly unknown[])[]): SettingsResult {
  const byLabel = new Map(rows.map((row, i) => [String(row[0] ?? '').trim(), { value: row[1], row: i + 2 }]));
  const out: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const spec of SETTING_SPECS) {
    const found = byLabel.get(spec.label);
    if (!found && spec.optional) {
      out[spec.key] = spec.schema.value(z.parse(spec.schema.check, spec.initial)); // '' for an email list is []
      continue;
    }
    if (!found) {
      errors.push(MSG.settingsError(`Cấu hình!A:A`, `thiếu dòng «${spec.label}».`));
      continue;
    }
    const value = found.value instanceof Date ? '' : (found.value ?? '');
    // Every text setting is read trimmed (a space typed after a name or an email is not part of it).
    const parsed = z.safeParse(spec.schema.check, typeof value === 'string' ? value.normalize('NFC').trim() : value);
    if (parsed.success) out[spec.key] = spec.schema.value(parsed.data);
    else
      errors.push(
        MSG.settingsError(`Cấu hình!B${found.row}`, `«${spec.label}» ${parsed.error.issues[0]?.message ?? ''}`),
      );
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: out as unknown as Settings };
}
