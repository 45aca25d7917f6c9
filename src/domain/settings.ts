// The settings tab ("Cấu hình"): one labelled row per setting, its defaults, and reading it back with zod.
import * as z from 'zod/mini';
import { MSG } from '#shared/messages';

export interface Settings {
  organisation: string;
  reviewingBody: string;
  standingCommittee: string;
  standingBoard: string;
  reviewers: string[];
  leadership: string[];
  admins: string[];
  monthlyHour: number;
  weeklyHour: number;
  giayKhenMinMonths: number;
  radioTarget: number;
  modelMinDeeds: number;
  /** Days raw answers («Cần bổ sung»), email bodies («Hộp thư đi») and before/after values («Nhật ký») are kept. */
  keepRawDays: number;
  keepMailDays: number;
  keepAuditDays: number;
  certificateHeading: string;
  place: string;
}

const emails = z.pipe(
  z.string(),
  z.transform((v) =>
    v
      .split(/[,;\s]+/)
      .map((e) => e.trim().toLowerCase())
      .filter((e) => e !== ''),
  ),
);
const emailList = z.pipe(emails, z.array(z.email('có địa chỉ email không đúng dạng.')));
const text = z.string().check(z.trim(), z.minLength(1, 'không được để trống.'), z.maxLength(300, 'quá dài.'));
const toNumber = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((v) => Number(v)),
);
const intIn = (min: number, max: number) =>
  z.pipe(
    toNumber,
    z
      .number()
      .check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max, `phải là số nguyên từ ${min} đến ${max}.`)),
  );

interface SettingSpec {
  key: keyof Settings;
  label: string;
  help: string;
  initial: string | number;
  schema: z.ZodMiniType;
  /** Added after the first release: a settings tab without the row takes the initial value. */
  optional?: boolean;
}

/** The rows of the settings tab, in order. Labels are what people see; keys are what code uses. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: 'organisation',
    label: 'Tên tổ chức',
    help: 'Cấp ủy tổ chức phong trào.',
    initial: 'Đảng bộ huyện Củ Chi',
    schema: text,
  },
  {
    key: 'reviewingBody',
    label: 'Cơ quan theo dõi',
    help: 'Ban duyệt việc tốt.',
    initial: 'Ban Tuyên giáo Huyện ủy',
    schema: text,
  },
  {
    key: 'standingCommittee',
    label: 'Thường trực (tặng Thư khen)',
    help: '',
    initial: 'Thường trực Huyện ủy',
    schema: text,
  },
  {
    key: 'standingBoard',
    label: 'Ban Thường vụ (tặng Giấy khen)',
    help: '',
    initial: 'Ban Thường vụ Huyện ủy',
    schema: text,
  },
  { key: 'reviewers', label: 'Email người duyệt', help: 'Cách nhau bởi dấu phẩy.', initial: '', schema: emailList },
  {
    key: 'leadership',
    label: 'Email lãnh đạo nhận báo cáo',
    help: 'Cách nhau bởi dấu phẩy.',
    initial: '',
    schema: emailList,
  },
  { key: 'admins', label: 'Email quản trị', help: 'Nhận thông báo sự cố.', initial: '', schema: emailList },
  {
    key: 'monthlyHour',
    label: 'Giờ chạy tổng hợp tháng (ngày 1)',
    help: 'Từ 0 đến 23.',
    initial: 6,
    schema: intIn(0, 23),
  },
  {
    key: 'weeklyHour',
    label: 'Giờ gửi bản tin tuần (thứ Hai)',
    help: 'Từ 0 đến 23.',
    initial: 7,
    schema: intIn(0, 23),
  },
  {
    key: 'giayKhenMinMonths',
    label: 'Số tháng tối thiểu để đề nghị Giấy khen',
    help: '',
    initial: 3,
    schema: intIn(1, 120),
  },
  {
    key: 'radioTarget',
    label: 'Số mô hình phát thanh mỗi tuần',
    help: 'Ít nhất 2 theo hướng dẫn.',
    initial: 2,
    schema: intIn(1, 20),
  },
  {
    key: 'modelMinDeeds',
    label: 'Số việc tốt tối thiểu để đề cử gương điển hình',
    help: 'Trong năm tính đến 19/5; người đã có Thư khen hoặc Giấy khen cần 2.',
    initial: 4,
    schema: intIn(1, 100),
    optional: true,
  },
  {
    key: 'certificateHeading',
    label: 'Tiêu đề góc phải của Thư khen, Giấy khen',
    help: 'Văn bản của Đảng: ĐẢNG CỘNG SẢN VIỆT NAM; của chính quyền: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.',
    initial: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    schema: text,
    optional: true,
  },
  {
    key: 'place',
    label: 'Địa danh ghi trước ngày tháng',
    help: 'Ví dụ: Củ Chi.',
    initial: 'Củ Chi',
    schema: text,
    optional: true,
  },
  {
    key: 'keepRawDays',
    label: 'Số ngày giữ câu trả lời gốc ở «Cần bổ sung»',
    help: 'Quá hạn thì xoá nội dung, giữ dòng (mỗi ngày, cùng lúc gửi thư đang chờ).',
    initial: 180,
    schema: intIn(7, 3650),
    optional: true,
  },
  {
    key: 'keepMailDays',
    label: 'Số ngày giữ nội dung thư ở «Hộp thư đi»',
    help: 'Chỉ thư đã gửi hoặc bỏ qua; người nhận và trạng thái vẫn giữ.',
    initial: 90,
    schema: intIn(7, 3650),
    optional: true,
  },
  {
    key: 'keepAuditDays',
    label: 'Số ngày giữ giá trị trước/sau ở «Nhật ký»',
    help: 'Ai, khi nào, việc tốt nào, cột nào vẫn giữ.',
    initial: 730,
    schema: intIn(30, 3650),
    optional: true,
  },
];

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Reads the settings rows (without the header), found by label; errors name the cell. */
export function readSettings(rows: readonly (readonly unknown[])[]): SettingsResult {
  const byLabel = new Map(rows.map((row, i) => [String(row[0] ?? '').trim(), { value: row[1], row: i + 2 }]));
  const out: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const spec of SETTING_SPECS) {
    const found = byLabel.get(spec.label);
    if (!found && spec.optional) {
      out[spec.key] = spec.initial;
      continue;
    }
    if (!found) {
      errors.push(MSG.settingsError(`Cấu hình!A:A`, `thiếu dòng «${spec.label}».`));
      continue;
    }
    const value = found.value instanceof Date ? '' : (found.value ?? '');
    const parsed = z.safeParse(spec.schema, typeof value === 'string' ? value.normalize('NFC') : value);
    if (parsed.success) out[spec.key] = parsed.data;
    else
      errors.push(
        MSG.settingsError(`Cấu hình!B${found.row}`, `«${spec.label}» ${parsed.error.issues[0]?.message ?? ''}`),
      );
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: out as unknown as Settings };
}
