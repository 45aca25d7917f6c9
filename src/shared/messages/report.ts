// The monthly summary and Monday's digest (tab, email, prompts), their incidents and the trigger list.
import { CAMPAIGN } from '#shared/codes';

export const menu = {
  monthly: 'Tạo tổng hợp tháng…',
  weekly: 'Gửi bản tin tuần…',
  triggers: 'Danh sách trigger',
} as const;
export const tabName = (month: string) => `Tổng hợp ${month}`;
export const building = ' (đang tạo)';
// The summary tab and the emails.
export const title = (month: string) => `Tổng hợp tháng ${month}`;
export const draftMark = (until: string) => `Tạm tính đến ${until}`;
export const draftNotice = (until: string, closing: string) =>
  `Tháng chưa chốt: bản TẠM TÍNH đến ${until}, không thay thư chính thức. Bản chính thức tự gửi lãnh đạo ngày ${closing} (sau thời gian chờ báo cáo muộn ở «Cấu hình»).`;
export const draftSubject = (until: string) => `[Tạm tính đến ${until}] `;
export const supplement = (since: string) => `Bổ sung tháng trước (sau thư ngày ${since})`;
export const lateReport = (month: string) => `Báo cáo muộn tháng ${month}`;
export const supplementNone = 'Không có việc tốt hay đề nghị nào đến sau thư tháng trước.';
export const campaign = CAMPAIGN;
export const builtAt = (org: string, at: string) => `${org} · lập lúc ${at}`;
export const countingRule =
  'Cách tính: theo tháng thực hiện (cột «Tháng», giờ Việt Nam); không tính việc «Từ chối»; gồm việc chưa duyệt xong. Đề nghị khen: việc «Đã duyệt» người duyệt đánh dấu.';
export const figures = 'Số liệu chung';
export const figure = {
  deeds: 'Việc tốt trong tháng',
  approved: 'Đã duyệt',
  pending: 'Chưa duyệt xong',
  activeUnits: 'Đơn vị đang hoạt động',
  reported: 'Đơn vị có báo cáo',
  silent: 'Đơn vị chưa báo cáo',
  missing: 'Đơn vị thiếu tuần',
  thuKhen: 'Đề nghị Thư khen',
  giayKhen: 'Đề nghị Giấy khen',
  radioWeeks: 'Tuần đủ mô hình phát thanh',
} as const;
export const charts = 'Biểu đồ';
export const chartByWeek = 'Việc tốt theo tuần';
export const chartByField = 'Việc tốt theo lĩnh vực';
export const proposals = (body: string, award: string, n: number) => `Đề nghị ${body} tặng ${award} (${n})`;
export const deedHeaders = ['Việc tốt', 'Đơn vị', 'Người thực hiện', 'Ngày', 'Ghi chú người duyệt', 'Mã'] as const;
export const none = '(không có)';
export const coverage = 'Độ phủ theo tuần (đơn vị thiếu tuần xếp trước)';
export const coverageHeaders = ['Đơn vị', 'Loại hình', 'Số tuần thiếu'] as const;
export const coverageLegend =
  'Số: việc tốt trong tuần (ngày thuộc tháng này). –: tuần đã qua không có việc tốt. 0*: có ở phần tuần thuộc tháng kề. Trống: tuần chưa hết hoặc tính vào tháng kề. Tuần thuộc tháng chứa thứ Năm của nó (ISO): tuần lẻ đầu, cuối tháng không bị tính thiếu.';
export const neighbourWeek = (label: string) => `${label} — tính vào tháng kề`;
export const week = (n: string, days: string) => `Tuần ${n} (${days})`;
export const byWeek = 'Theo tuần';
export const byWeekHeaders = ['Tuần', 'Việc tốt', 'Phát thanh đã chọn', 'Mục tiêu'] as const;
export const byField = 'Theo lĩnh vực';
export const byFieldHeaders = ['Lĩnh vực', 'Việc tốt'] as const;
export const byGroup = 'Theo 5 loại hình của Hướng dẫn (mục II)';
/** The counts each row of the group, kind and base tables gives. */
const COUNT_HEADERS = ['Việc tốt', 'Số đơn vị', 'Có báo cáo', 'Chưa báo cáo'] as const;
export const byGroupHeaders = ['Loại hình', ...COUNT_HEADERS] as const;
export const chartByGroup = 'Việc tốt theo loại hình';
export const byKind = 'Các loại đơn vị trong từng loại hình';
export const byKindHeaders = ['Loại hình', 'Loại đơn vị', ...COUNT_HEADERS] as const;
export const byBase = (level: string) => `Theo ${level.charAt(0).toLowerCase()}${level.slice(1)}`;
export const byBaseHeaders = (level: string) => [level, ...COUNT_HEADERS];
export const groupLine = (label: string, deeds: number, reported: number, units: number) =>
  `${label}: ${deeds} việc tốt; ${reported}/${units} đơn vị có báo cáo`;
export const radio = 'Phát thanh theo tuần';
export const bulletin = (n: number) => `Bản tin tháng (${n})`;
export const flagStories = (n: number) => `Chuyện kể dưới cờ (${n})`;
export const silentUnits = (n: number) => `Đơn vị chưa báo cáo trong tháng (${n})`;
export const silentHeaders = ['Đơn vị', 'Loại hình', 'Email liên hệ'] as const;
export const monthlySubject = (month: string, deeds: number, thuKhen: number, giayKhen: number) =>
  `[Việc tốt] Tổng hợp tháng ${month}: ${deeds} việc tốt, ${thuKhen} đề nghị Thư khen, ${giayKhen} Giấy khen`;
export const openTab = (tabName: string) => `Mở tab «${tabName}»`;
export const missingUnits = (n: number) => `Đơn vị thiếu tuần (${n})`;
export const missedWeeks = (weeks: string) => `thiếu tuần ${weeks}`;
export const silentMonth = 'chưa báo cáo cả tháng';
export const media = 'Phát thanh, bản tin, chuyện kể dưới cờ';
export const radioWeek = (week: string, picks: number, target: number) =>
  `${week}: ${picks}/${target} mô hình phát thanh`;
export const mediaCounts = (bulletin: number, stories: number) =>
  `Bản tin: ${bulletin} việc; chuyện kể dưới cờ: ${stories}.`;
export const moreDeeds = (n: number) => `và ${n} việc khác — xem trong tab`;
export const moreUnits = (n: number) => `và ${n} đơn vị khác — xem trong tab`;
export const noteLabel = 'Ghi chú: ';
export const footer = (body: string) => `Thư tự động từ Google Sheet của ${body}.`;
export const digestSubject = (week: string, picks: number, target: number) =>
  `[Việc tốt] Bản tin ${week.toLowerCase()}: ${picks}/${target} mô hình phát thanh${picks < target ? ' — cần chọn thêm' : ''}`;
export const digestTitle = (week: string) => `Bản tin ${week.toLowerCase()}`;
export const digestLead = (week: string, past: string) =>
  `Phát thanh, chuyện kể dưới cờ cho ${week.toLowerCase()}; số liệu, đơn vị chưa báo cáo của ${past.toLowerCase()}.`;
export const digestWarning = (picks: number, target: number) =>
  `Tuần này mới chọn ${picks}/${target} mô hình phát thanh (ít nhất ${target} mỗi tuần): hãy chọn thêm ở bảng duyệt trước khi phát.`;
export const digestFigure = {
  deeds: 'Việc tốt tuần trước',
  radio: 'Mô hình phát thanh',
  stories: 'Chuyện kể dưới cờ',
  silent: 'Đơn vị chưa có việc tốt',
} as const;
export const radioPicks = (n: number) => `Mô hình phát thanh (${n})`;
export const silentWeek = (n: number, week: string) =>
  `Đơn vị chưa có việc tốt ${week.toLowerCase()}, được nhắc qua email (${n})`;
export const radioReminderSubject = (week: string, picks: number, target: number) =>
  `[Việc tốt] ${week}: mới chọn ${picks}/${target} mô hình phát thanh`;
export const radioReminderBody = (week: string, titles: readonly string[], target: number, url: string) =>
  `${week} mới có ${titles.length} mô hình phát thanh được chọn (ít nhất ${target} mỗi tuần)${titles.length > 0 ? `: ${titles.map((t) => `«${t}»`).join(', ')}` : ''}.\n\nXin chọn thêm trong bảng duyệt (Việc tốt › Mở bảng duyệt, đánh dấu «Phát thanh» tuần này) trước thứ Hai, để kịch bản phát thanh đủ mô hình.\n\n${url}`;
export const reminderSubject = (week: string) => `[Việc tốt] Nhắc báo cáo ${week.toLowerCase()}`;
export const reminderBody = (units: readonly string[], week: string, body: string, formUrl: string) =>
  `Kính gửi ${units.join(', ')},\n\n${body} chưa nhận được việc tốt nào của đơn vị trong ${week.toLowerCase()}. Phong trào mong mỗi đơn vị có ít nhất một việc tốt mỗi tuần; xin gửi báo cáo qua biểu mẫu ${formUrl}\n\nNếu đã gửi, xin bỏ qua thư này.`;
// Asking and telling the admin.
export const promptMonth = (example: string) => `Tháng cần tổng hợp (MM/YYYY), ví dụ ${example}. Chưa gửi thư nào.`;
export const badMonth = (text: string) => `«${text}» không phải tháng dạng MM/YYYY.`;
export const preview = (
  tabName: string,
  deeds: number,
  reported: number,
  active: number,
  thuKhen: number,
  giayKhen: number,
) =>
  `Đã tạo «${tabName}»: ${deeds} việc tốt, ${reported}/${active} đơn vị có báo cáo, đề nghị ${thuKhen} Thư khen, ${giayKhen} Giấy khen.`;
export const askSend = (to: readonly string[]) => `Gửi thư tổng hợp cho ${to.join(', ')}?`;
export const askResend = (at: string, to: readonly string[]) => `Đã gửi lúc ${at} cho ${to.join(', ')}. Gửi lại?`;
export const askUncertain = (to: readonly string[]) =>
  `Lần gửi trước cho ${to.join(', ')} dừng giữa chừng, thư có thể đã đi: hãy xem «Đã gửi». Vẫn gửi lại?`;
export const noLeadership = 'Chưa có «Email lãnh đạo nhận báo cáo» trong tab «Cấu hình».';
export const reviewersOnly =
  'Chỉ người có email ở «Email người duyệt» hoặc «Email quản trị» (tab «Cấu hình») được tạo, gửi báo cáo. Chưa tạo hay gửi gì.';
export const askWeekly = (week: string, reviewers: number, reminders: number) =>
  `Gửi bản tin ${week.toLowerCase()} cho ${reviewers} người duyệt và ${reminders} thư nhắc đơn vị? Thư đã gửi sẽ không gửi lại.`;
export const delivered = (sent: number, already: number) =>
  `Đã gửi cho ${sent} người; ${already} người đã nhận từ trước.`;
export const nothingSent = 'Không gửi thư nào.';
export const busy = 'Một lần tổng hợp khác đang chạy: hãy thử lại sau ít phút.';
export const settingsBroken = (errors: readonly string[]) => `Cấu hình sai: ${errors.join(' ')}`;
export const job = { monthly: 'Tổng hợp tháng', weekly: 'Bản tin tuần' } as const;
export const incidentSubject = (job: string, period: string) => `[Việc tốt] Sự cố: ${job} ${period}`;
export const incidentBody = (job: string, period: string, problem: string, todo: string, url: string) =>
  `${job} ${period}: ${problem}\n\nCần làm: ${todo}\n\nTab «Sự cố»: ${url}`;
export const failed = (error: string) => `Lỗi khi chạy (${error}). Không tab nào ghi dở, không thư nào gửi hai lần.`;
export const retry = {
  monthly: 'Chạy lại từ menu Việc tốt › Tạo tổng hợp tháng….',
  weekly: 'Chạy lại từ menu Việc tốt › Gửi bản tin tuần….',
} as const;
export const unsent = (to: readonly string[]) => `Hết hạn mức gửi thư trong ngày: chưa gửi cho ${to.join(', ')}.`;
export const unsentTodo = 'Chạy lại sau 24 giờ: chỉ gửi người chưa nhận.';
export const sendFailed = (to: readonly string[]) => `Gửi thư lỗi cho ${to.join(', ')}.`;
export const uncertain = (to: readonly string[]) =>
  `Lần gửi trước cho ${to.join(', ')} dừng giữa chừng (còn «Đang gửi»): thư có thể đã đi, không gửi lại.`;
export const uncertainTodo = 'Xem «Đã gửi» của tài khoản cài trigger; nếu chưa có, chạy lại từ menu và chọn gửi lại.';
export const unattached = (to: readonly string[]) =>
  `Thư đã gửi cho ${to.join(', ')} nhưng không kèm được PDF bản dự thảo (Google không chuyển được sang PDF).`;
export const unattachedTodo =
  'Không cần gửi lại: thư đã ghi chỗ lấy bản in (bảng duyệt, thẻ «Khen thưởng», nút «Xem bản in»).';
export const fixSettings = 'Sửa tab «Cấu hình» rồi chạy lại.';
export const deferred = (n: number) => `Còn ${n} thư: sẽ gửi tiếp sau ít phút.`;
export const triggersTitle = 'Danh sách trigger';
export const triggerMonthly = (hour: string) =>
  `Tổng hợp tháng: kiểm tra mỗi ngày lúc ${hour} giờ; gửi bản chính thức một lần, ngày chốt tháng (1 + số ngày chờ báo cáo muộn)`;
export const triggerWeekly = (hour: string) => `Bản tin tuần: thứ Hai, ${hour} giờ`;
export const triggerRadio = (hour: string) => `Nhắc chọn mô hình phát thanh tuần tới: thứ Sáu, ${hour} giờ`;
export const triggerSweep = 'Soát bài gửi bị sót: mỗi giờ';
export const triggerFormSubmit = 'Nhận biểu mẫu: mỗi lần có người gửi';
export const triggerOnce = (what: string) => `${what}: chạy một lần, sắp tới`;
export const onceJobs = {
  reportFollowUp: 'Gửi tiếp thư còn lại',
  retryPending: 'Ghi lại bài gửi đang chờ',
  ladderFollowUp: 'Tính tiếp hồ sơ khen thưởng',
} as Record<string, string>;
export const noTriggers = 'Chưa có trigger nào: hãy chạy Thiết lập.';
export const triggersHint =
  'Trigger của tài khoản này, giờ Việt Nam. Đổi giờ ở «Cấu hình» rồi chạy Thiết lập để cài lại.';
export const setupTriggers = (monthly: number, weekly: number) =>
  `Trigger báo cáo: tổng hợp tháng ngày chốt lúc ${monthly} giờ, bản tin tuần thứ Hai lúc ${weekly} giờ, nhắc chọn phát thanh thứ Sáu lúc ${weekly} giờ.`;
