// Every sentence a person reads (form errors, menus, alerts, emails) in Vietnamese: here, and the sidebar's own in
// clientMessages.ts. Tab names and column headers are the Sheet's structure: they live in domain/tabs.ts.

export const MSG = {
  required: (label: string) => `Chưa trả lời câu «${label}».`,
  tooShort: (label: string, min: number) => `«${label}» quá ngắn: cần ít nhất ${min} ký tự.`,
  tooLong: (label: string, max: number) => `«${label}» quá dài: tối đa ${max.toLocaleString('vi-VN')} ký tự.`,
  notAChoice: (label: string, choices: readonly string[]) =>
    `«${label}» phải là một trong các lựa chọn: ${choices.join('; ')}.`,
  badDate: (label: string) => `«${label}» không phải ngày hợp lệ (viết theo dạng ngày/tháng/năm, ví dụ 27/11/2026).`,
  futureDate: (day: string) => `Ngày thực hiện (${day}) ở tương lai: hãy kiểm tra lại ngày.`,
  tooOldDate: 'Ngày thực hiện trước năm 2017, trước khi phong trào bắt đầu: hãy kiểm tra lại năm.',
  startDateNeeded: 'Việc tốt thường xuyên cần «Ngày bắt đầu».',
  startAfterDone: '«Ngày bắt đầu» phải trước hoặc bằng «Ngày thực hiện».',
  thuKhenNeedsDotXuat: 'Thư khen chỉ đề nghị cho việc tốt đột xuất; việc thường xuyên hãy đề nghị Giấy khen.',
  giayKhenNeedsThuongXuyen: 'Giấy khen chỉ đề nghị cho việc tốt thường xuyên (thực hiện trong thời gian dài).',
  badLink: '«Đường dẫn hình ảnh, minh chứng» phải là một đường dẫn bắt đầu bằng http:// hoặc https://.',
  badEmail: '«Email liên hệ» không đúng dạng (ví dụ: chibo@example.org).',
  badPhone: '«Số điện thoại liên hệ» không đúng dạng (ví dụ: 0912 345 678).',
  unknownUnit: (name: string) => `Không tìm thấy đơn vị «${name}» trong danh sách đơn vị: hãy chọn đúng tên đơn vị.`,
  inactiveUnit: (name: string) => `Đơn vị «${name}» đã ngừng hoạt động trong danh sách: hãy liên hệ Ban Tuyên giáo.`,
  queued:
    'Sheet đang bận hoặc lỗi tạm thời: bài gửi đã được lưu nguyên vẹn ở tab «Chờ xử lý» và sẽ tự ghi lại sau ít phút.',
  lockBusy: (kind: 'document' | 'script') =>
    `Sheet đang bận: ${kind === 'document' ? 'khoá tài liệu' : 'khoá script'} do một lần chạy khác giữ quá lâu, chưa làm gì.`,
  emptyEvent: 'Sự kiện gửi biểu mẫu không có câu trả lời nào (trigger chạy lặp): bỏ qua.',
  truncated: (n: number) =>
    `… [đã cắt: văn bản dài ${n.toLocaleString('vi-VN')} ký tự, bản đầy đủ ở tab «Văn bản dài»]`,

  menu: {
    title: 'Việc tốt',
    setup: 'Thiết lập',
    review: 'Mở bảng duyệt',
    reviewTitle: 'Duyệt việc tốt',
  },
  setupDone: (formUrl: string, units: number) =>
    `Đã thiết lập xong: biểu mẫu ${formUrl}, ${units} đơn vị, trigger nhận biểu mẫu đã cài.`,
  setupTitle: 'Thiết lập',
  setupToFix: 'Cần sửa:',
  setupUnlinked: (tabs: readonly string[]) =>
    `Biểu mẫu thôi chép câu trả lời vào ${tabs.map((t) => `«${t}»`).join(', ')} (chúng vẫn ở biểu mẫu và «Việc tốt»): xoá tab đó khi không cần, để Sheet còn chỗ.`,
  setupWaiting: (noUnits: boolean, names: readonly string[]) =>
    [
      'Đã tạo các tab, chưa tạo biểu mẫu và trigger.',
      noUnits
        ? 'Tab «Đơn vị» chưa có đơn vị nào đang hoạt động: hãy nhập các đơn vị của tổ chức (mỗi dòng một đơn vị: mã, tên, loại hình, trực thuộc, email).'
        : '',
      names.length > 0
        ? `Tab «Cấu hình» chưa có tên của tổ chức mình (ghi trong thư gửi lãnh đạo, phát thanh, Thư khen, Giấy khen): hãy điền ${names.map((n) => `«${n}»`).join(', ')}.`
        : '',
      'Rồi chạy lại Thiết lập.',
    ]
      .filter(Boolean)
      .join(' '),
  setupBusy:
    'Sheet đang bận (đang ghi bài gửi hoặc người khác đang thiết lập). Chưa thay đổi gì: hãy chạy lại Thiết lập sau ít phút.',
  setupFailed: (error: string) =>
    `Thiết lập chưa xong (${error}). Các tab và câu trả lời đã có vẫn giữ nguyên: hãy chạy lại Thiết lập; nếu vẫn lỗi, báo quản trị.`,

  settingsError: (cell: string, problem: string) => `Cấu hình sai ở ô ${cell}: ${problem}`,
  registryError: (cell: string, problem: string) => `Danh sách đơn vị sai ở ô ${cell}: ${problem}`,
} as const;

export const MSG_REVIEW = {
  messageNeeded: 'Hãy ghi nội dung cần đơn vị bổ sung (ít nhất 5 ký tự).',
  reasonNeeded: 'Hãy ghi lý do từ chối (ít nhất 5 ký tự).',
  confirmReverse:
    'Việc này đảo ngược quyết định trước (duyệt ↔ từ chối): hãy xác nhận trong bảng duyệt. Chưa thay đổi gì.',
  rejectionNote: (reason: string) => `Lý do từ chối: ${reason}`,
  titleLength: 'Tên việc tốt cần từ 5 đến 200 ký tự.',
  manualField: (before: string, percent: number) =>
    `Người duyệt chọn lĩnh vực này (phân loại tự động trước đó: «${before}», độ tin cậy ${percent}%).`,
  unknownField: 'Lĩnh vực không có trong danh sách.',
  sameField: 'Việc tốt đã thuộc lĩnh vực này.',
  noteTooLong: 'Ghi chú quá dài: tối đa 2.000 ký tự.',
  badMove: (from: string, to: string) => `Không thể chuyển từ «${from}» sang «${to}».`,
  onlyAccepted: 'Chỉ việc tốt đã duyệt mới được đề xuất khen thưởng hoặc chọn giới thiệu: hãy duyệt trước.',
  thuKhenRule: (nature: string) => `Thư khen chỉ dành cho việc tốt đột xuất; việc này là «${nature}».`,
  giayKhenRule: (nature: string) => `Giấy khen chỉ dành cho việc tốt thường xuyên; việc này là «${nature}».`,
  giayKhenDuration: (months: number, min: number) =>
    `Giấy khen cần việc tốt thực hiện ít nhất ${min} tháng; việc này mới ${months} tháng.`,
  badWeek: 'Tuần phát thanh phải có dạng 2026-W48.',
  badMonth: 'Tháng bản tin phải có dạng 2026-11.',
  forbidden: 'Bạn không có quyền duyệt: chỉ email người duyệt trong tab «Cấu hình» mới được thay đổi.',
  readOnly: (email: string) =>
    email
      ? `Bạn (${email}) đang xem ở chế độ chỉ đọc: chỉ người duyệt trong tab «Cấu hình» được thay đổi.`
      : 'Không xác định được email của bạn: chế độ chỉ đọc.',
  stale: 'Việc tốt này vừa được người khác thay đổi. Hãy tải lại để xem bản mới nhất rồi làm lại.',
  notFound: 'Không tìm thấy việc tốt này (có thể đã bị xóa khỏi Sheet).',
  invalid: (detail: string) => `Yêu cầu không hợp lệ: ${detail}`,
  busy: 'Sheet đang bận (người khác đang ghi). Hãy thử lại sau ít giây.',
  internal: 'Có lỗi khi xử lý. Hãy thử lại; nếu vẫn lỗi, báo quản trị.',
  infoMailSubject: (title: string) => `[Việc tốt] Đề nghị bổ sung: ${title}`,
  infoMailBody: (body: string, title: string, message: string) =>
    `Kính gửi đơn vị,\n\n${body} đề nghị bổ sung thông tin cho việc tốt «${title}»:\n\n${message}\n\nXin gửi lại biểu mẫu với thông tin bổ sung. Cảm ơn đơn vị.`,
} as const;

export const MSG_REPORT = {
  menu: { monthly: 'Tạo tổng hợp tháng…', weekly: 'Gửi bản tin tuần…', triggers: 'Danh sách trigger' },
  tabName: (month: string) => `Tổng hợp ${month}`,
  building: ' (đang tạo)',

  // The summary tab and the emails.
  title: (month: string) => `Tổng hợp tháng ${month}`,
  draftMark: (until: string) => `Tạm tính đến ${until}`,
  draftNotice: (until: string, closing: string) =>
    `Tháng chưa chốt: đây là bản TẠM TÍNH đến ${until}, không thay thư chính thức. Tổng hợp chính thức tự gửi lãnh đạo ngày ${closing} (sau thời gian chờ báo cáo muộn trong tab «Cấu hình»).`,
  draftSubject: (until: string) => `[Tạm tính đến ${until}] `,
  supplement: (since: string) => `Bổ sung tháng trước (sau thư ngày ${since})`,
  lateReport: (month: string) => `Báo cáo muộn tháng ${month}`,
  supplementNone: 'Không có việc tốt hay đề nghị nào đến sau thư tháng trước.',
  campaign: 'Mỗi tuần làm một việc tốt',
  builtAt: (org: string, at: string) => `${org} · lập lúc ${at}`,
  countingRule:
    'Cách tính: theo tháng thực hiện (cột «Tháng», giờ Việt Nam); không tính việc bị «Từ chối»; gồm cả việc chưa duyệt xong. Đề nghị khen: việc «Đã duyệt» được người duyệt đánh dấu.',
  figures: 'Số liệu chung',
  figure: {
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
  },
  charts: 'Biểu đồ',
  chartByWeek: 'Việc tốt theo tuần',
  chartByField: 'Việc tốt theo lĩnh vực',
  proposals: (body: string, award: string, n: number) => `Đề nghị ${body} tặng ${award} (${n})`,
  deedHeaders: ['Việc tốt', 'Đơn vị', 'Người thực hiện', 'Ngày', 'Ghi chú người duyệt', 'Mã'],
  none: '(không có)',
  coverage: 'Độ phủ theo tuần (đơn vị thiếu tuần xếp trước)',
  coverageHeaders: ['Đơn vị', 'Loại hình', 'Số tuần thiếu'],
  coverageLegend:
    'Số: việc tốt trong tuần (ngày thuộc tháng này). –: tuần đã qua không có việc tốt. 0*: có ở phần tuần thuộc tháng kề. Trống: tuần chưa hết, hoặc tuần tính vào tháng kề. Một tuần thuộc tháng chứa ngày thứ Năm của tuần (quy ước ISO): tuần lẻ ở đầu, cuối tháng của tháng kề không bao giờ bị tính là thiếu.',
  neighbourWeek: (label: string) => `${label} — tính vào tháng kề`,
  week: (n: string, days: string) => `Tuần ${n} (${days})`,
  byWeek: 'Theo tuần',
  byWeekHeaders: ['Tuần', 'Việc tốt', 'Phát thanh đã chọn', 'Mục tiêu'],
  byField: 'Theo lĩnh vực',
  byFieldHeaders: ['Lĩnh vực', 'Việc tốt'],
  byGroup: 'Theo 5 loại hình của Hướng dẫn (mục II)',
  byGroupHeaders: ['Loại hình', 'Việc tốt', 'Số đơn vị', 'Có báo cáo', 'Chưa báo cáo'],
  chartByGroup: 'Việc tốt theo loại hình',
  byKind: 'Các loại đơn vị trong từng loại hình',
  byKindHeaders: ['Loại hình', 'Loại đơn vị', 'Việc tốt', 'Số đơn vị', 'Có báo cáo', 'Chưa báo cáo'],
  byBase: (level: string) => `Theo ${level.charAt(0).toLowerCase()}${level.slice(1)}`,
  byBaseHeaders: (level: string) => [level, 'Việc tốt', 'Số đơn vị', 'Có báo cáo', 'Chưa báo cáo'],
  groupLine: (label: string, deeds: number, reported: number, units: number) =>
    `${label}: ${deeds} việc tốt; ${reported}/${units} đơn vị có báo cáo`,
  radio: 'Phát thanh theo tuần',
  bulletin: (n: number) => `Bản tin tháng (${n})`,
  flagStories: (n: number) => `Chuyện kể dưới cờ (${n})`,
  silentUnits: (n: number) => `Đơn vị chưa báo cáo trong tháng (${n})`,
  silentHeaders: ['Đơn vị', 'Loại hình', 'Email liên hệ'],

  monthlySubject: (month: string, deeds: number, thuKhen: number, giayKhen: number) =>
    `[Việc tốt] Tổng hợp tháng ${month}: ${deeds} việc tốt, ${thuKhen} đề nghị Thư khen, ${giayKhen} Giấy khen`,
  openTab: (tabName: string) => `Mở tab «${tabName}»`,
  missingUnits: (n: number) => `Đơn vị thiếu tuần (${n})`,
  missedWeeks: (weeks: string) => `thiếu tuần ${weeks}`,
  silentMonth: 'chưa báo cáo cả tháng',
  media: 'Phát thanh, bản tin, chuyện kể dưới cờ',
  radioWeek: (week: string, picks: number, target: number) => `${week}: ${picks}/${target} mô hình phát thanh`,
  mediaCounts: (bulletin: number, stories: number) => `Bản tin: ${bulletin} việc; chuyện kể dưới cờ: ${stories}.`,
  moreDeeds: (n: number) => `và ${n} việc khác — xem trong tab`,
  moreUnits: (n: number) => `và ${n} đơn vị khác — xem trong tab`,
  noteLabel: 'Ghi chú: ',
  footer: (body: string) => `Thư tự động từ Google Sheet của ${body}.`,

  digestSubject: (week: string, picks: number, target: number) =>
    `[Việc tốt] Bản tin ${week.toLowerCase()}: ${picks}/${target} mô hình phát thanh${picks < target ? ' — cần chọn thêm' : ''}`,
  digestTitle: (week: string) => `Bản tin ${week.toLowerCase()}`,
  digestLead: (week: string, past: string) =>
    `Phát thanh và chuyện kể dưới cờ cho ${week.toLowerCase()}; số liệu và đơn vị chưa báo cáo của ${past.toLowerCase()}.`,
  digestWarning: (picks: number, target: number) =>
    `Tuần này mới chọn ${picks}/${target} mô hình phát thanh (ít nhất ${target} mỗi tuần): hãy chọn thêm trong bảng duyệt trước khi phát.`,
  digestFigure: {
    deeds: 'Việc tốt tuần trước',
    radio: 'Mô hình phát thanh',
    stories: 'Chuyện kể dưới cờ',
    silent: 'Đơn vị chưa có việc tốt',
  },
  radioPicks: (n: number) => `Mô hình phát thanh (${n})`,
  silentWeek: (n: number, week: string) => `Đơn vị chưa có việc tốt ${week.toLowerCase()}, được nhắc qua email (${n})`,
  radioReminderSubject: (week: string, picks: number, target: number) =>
    `[Việc tốt] ${week}: mới chọn ${picks}/${target} mô hình phát thanh`,
  radioReminderBody: (week: string, titles: readonly string[], target: number, url: string) =>
    `${week} mới có ${titles.length} mô hình phát thanh được chọn (ít nhất ${target} mỗi tuần)${titles.length > 0 ? `: ${titles.map((t) => `«${t}»`).join(', ')}` : ''}.\n\nXin chọn thêm trong bảng duyệt (menu Việc tốt › Mở bảng duyệt, đánh dấu «Phát thanh» cho tuần này) trước thứ Hai, để kịch bản phát thanh gửi đi đủ mô hình.\n\n${url}`,
  reminderSubject: (week: string) => `[Việc tốt] Nhắc báo cáo ${week.toLowerCase()}`,
  reminderBody: (units: readonly string[], week: string, body: string, formUrl: string) =>
    `Kính gửi ${units.join(', ')},\n\n${body} chưa nhận được việc tốt nào của đơn vị trong ${week.toLowerCase()}. Phong trào mong mỗi đơn vị có ít nhất một việc tốt mỗi tuần; xin gửi báo cáo qua biểu mẫu ${formUrl}\n\nNếu đã gửi, xin bỏ qua thư này. Cảm ơn đơn vị.`,

  // Asking and telling the admin.
  promptMonth: (example: string) => `Tháng cần tổng hợp (MM/YYYY), ví dụ ${example}. Chưa gửi thư nào.`,
  badMonth: (text: string) => `«${text}» không phải tháng dạng MM/YYYY.`,
  preview: (tabName: string, deeds: number, reported: number, active: number, thuKhen: number, giayKhen: number) =>
    `Đã tạo tab «${tabName}»: ${deeds} việc tốt, ${reported}/${active} đơn vị có báo cáo, đề nghị ${thuKhen} Thư khen, ${giayKhen} Giấy khen.`,
  askSend: (to: readonly string[]) => `Gửi thư tổng hợp cho ${to.join(', ')}?`,
  askResend: (at: string, to: readonly string[]) => `Đã gửi lúc ${at} cho ${to.join(', ')}. Gửi lại?`,
  askUncertain: (to: readonly string[]) =>
    `Lần gửi trước cho ${to.join(', ')} dừng giữa chừng, thư có thể đã đi: hãy xem hộp thư «Đã gửi». Vẫn gửi lại?`,
  noLeadership: 'Chưa có «Email lãnh đạo nhận báo cáo» trong tab «Cấu hình».',
  reviewersOnly:
    'Chỉ người có email trong mục «Email người duyệt» hoặc «Email quản trị» của tab «Cấu hình» mới được tạo và gửi báo cáo. Chưa tạo hay gửi gì.',
  askWeekly: (week: string, reviewers: number, reminders: number) =>
    `Gửi bản tin ${week.toLowerCase()} cho ${reviewers} người duyệt và ${reminders} thư nhắc đơn vị? Thư đã gửi sẽ không gửi lại.`,
  delivered: (sent: number, already: number) => `Đã gửi cho ${sent} người; ${already} người đã nhận từ trước.`,
  nothingSent: 'Không gửi thư nào.',
  busy: 'Một lần tổng hợp khác đang chạy: hãy thử lại sau ít phút.',
  settingsBroken: (errors: readonly string[]) => `Cấu hình sai: ${errors.join(' ')}`,

  job: { monthly: 'Tổng hợp tháng', weekly: 'Bản tin tuần' },
  incidentSubject: (job: string, period: string) => `[Việc tốt] Sự cố: ${job} ${period}`,
  incidentBody: (job: string, period: string, problem: string, todo: string, url: string) =>
    `${job} ${period}: ${problem}\n\nCần làm: ${todo}\n\nTab «Sự cố»: ${url}`,
  failed: (error: string) => `Lỗi khi chạy (${error}). Không tab nào bị ghi dở; không thư nào gửi hai lần.`,
  retry: {
    monthly: 'Chạy lại từ menu Việc tốt › Tạo tổng hợp tháng….',
    weekly: 'Chạy lại từ menu Việc tốt › Gửi bản tin tuần….',
  },
  unsent: (to: readonly string[]) => `Hết hạn mức gửi thư trong ngày: chưa gửi cho ${to.join(', ')}.`,
  unsentTodo: 'Chạy lại sau 24 giờ: chỉ người chưa nhận mới được gửi.',
  sendFailed: (to: readonly string[]) => `Gửi thư lỗi cho ${to.join(', ')}.`,
  uncertain: (to: readonly string[]) =>
    `Lần gửi trước cho ${to.join(', ')} dừng giữa chừng (còn «Đang gửi»): thư có thể đã đi nên không gửi lại.`,
  uncertainTodo: 'Xem hộp thư «Đã gửi» của tài khoản cài trigger; nếu chưa có, chạy lại từ menu và chọn gửi lại.',
  unattached: (to: readonly string[]) =>
    `Thư đã gửi cho ${to.join(', ')} nhưng không kèm được tệp PDF bản dự thảo (Google không chuyển được sang PDF).`,
  unattachedTodo:
    'Không cần gửi lại: thư đã ghi chỗ lấy bản in. Khi lãnh đạo cần, người duyệt in từ bảng duyệt: thẻ «Khen thưởng», nút «Xem bản in».',
  fixSettings: 'Sửa tab «Cấu hình» rồi chạy lại.',
  deferred: (n: number) => `Còn ${n} thư: sẽ gửi tiếp sau ít phút.`,

  triggersTitle: 'Danh sách trigger',
  triggerMonthly: (hour: string) =>
    `Tổng hợp tháng: mỗi ngày lúc ${hour} giờ kiểm tra; gửi bản chính thức một lần, vào ngày chốt tháng (ngày 1 + số ngày chờ báo cáo muộn)`,
  triggerWeekly: (hour: string) => `Bản tin tuần: thứ Hai, ${hour} giờ`,
  triggerRadio: (hour: string) => `Nhắc chọn mô hình phát thanh tuần tới: thứ Sáu, ${hour} giờ`,
  triggerSweep: 'Soát bài gửi bị sót: mỗi giờ',
  triggerFormSubmit: 'Nhận biểu mẫu: mỗi lần có người gửi',
  triggerOnce: (what: string) => `${what}: chạy một lần, sắp tới`,
  onceJobs: {
    reportFollowUp: 'Gửi tiếp thư còn lại',
    retryPending: 'Ghi lại bài gửi đang chờ',
    ladderFollowUp: 'Tính tiếp hồ sơ khen thưởng',
  } as Record<string, string>,
  noTriggers: 'Chưa có trigger nào: hãy chạy Thiết lập.',
  triggersHint: 'Trigger của tài khoản này, giờ Việt Nam. Đổi giờ trong «Cấu hình» rồi chạy Thiết lập để cài lại.',
  setupTriggers: (monthly: number, weekly: number) =>
    `Trigger báo cáo: tổng hợp tháng gửi vào ngày chốt tháng lúc ${monthly} giờ, bản tin tuần thứ Hai lúc ${weekly} giờ, nhắc chọn mô hình phát thanh thứ Sáu lúc ${weekly} giờ.`,
} as const;

export const MSG_ARCHIVE = {
  menu: 'Lưu trữ năm…',
  capacityJob: 'Dung lượng Sheet',
  ask: (year: number) => `Năm đã kết thúc cần lưu trữ (ví dụ ${year}):`,
  adminsOnly: 'Chỉ người có email trong mục «Email quản trị» (tab «Cấu hình») mới được lưu trữ.',
  openYear: (year: number) => `Chỉ lưu trữ được năm đã kết thúc (trước ${year}) và từ 2017.`,
  nothing: (year: number) => `Không có việc tốt nào của năm ${year} trong tab «Việc tốt».`,
  title: (org: string, year: number) => `Lưu trữ việc tốt năm ${year}${org ? ` — ${org}` : ''}`,
  auditColumn: (year: number) => `Lưu trữ năm ${year}`,
  done: (year: number, moved: number, kept: number, url: string) =>
    `Đã chuyển ${moved.toLocaleString('vi-VN')} việc tốt năm ${year}, cùng nhật ký và bản sao các tab tổng hợp, sang:\n${url}\n\nCòn lại ${kept.toLocaleString('vi-VN')} việc tốt trong tab «Việc tốt».`,
  failed: (error: string) => `Lưu trữ không thành công (${error}). Việc tốt chưa chuyển vẫn ở nguyên tab «Việc tốt».`,
  going: (year: number, moved: number) =>
    `Đã chuyển ${moved} việc tốt năm ${year}; phần còn lại chạy tiếp, xong sẽ có email.`,
  nearlyFull: (c: { share: number; deedsLeft: number }) =>
    `Bảng tính đã dùng ${Math.round(c.share * 100)} % giới hạn 10 triệu ô của Google Sheets; còn chỗ cho khoảng ${c.deedsLeft.toLocaleString('vi-VN')} việc tốt.`,
  archiveTodo: 'Dùng menu Việc tốt → «Lưu trữ năm…» để chuyển một năm đã kết thúc sang bảng tính lưu trữ.',
} as const;

export const MSG_HAND_EDIT = {
  unknownUser: '(không rõ)',
  manyCells: '(nhiều ô)',
  job: 'Sửa tay trong Sheet',
  busy: (cells: string, who: string) =>
    `Sheet đang bận nên các việc tốt ở ô ${cells} vừa được ${who} sửa tay chưa được đưa về «Cần duyệt lại».`,
  busyTodo: 'Mở các việc tốt đó trong bảng duyệt: việc đã duyệt hoặc đề xuất khen thưởng cần xem lại nội dung vừa sửa.',
} as const;

/** Who may act (granular consent, the installation's owner) and the retry of «Chờ xử lý». */
export const MSG_ACCESS = {
  consentTitle: 'Cần cấp quyền',
  consentMenu: (url: string) =>
    `Tài khoản của bạn chưa cấp đủ quyền cho tiện ích, nên chưa làm gì cả. Hãy mở đường dẫn sau, cấp tất cả các quyền được hỏi, rồi chọn lại mục này:\n${url}`,
  consentSidebar: (url: string) =>
    `Tài khoản của bạn chưa cấp đủ quyền cho tiện ích nên chưa làm gì. Hãy mở ${url}, cấp tất cả các quyền được hỏi, rồi mở lại bảng duyệt.`,
  consentJob: 'Trigger tự động',
  consentProblem: (handler: string) =>
    `Trigger «${handler}» đã dừng trước khi làm gì: tài khoản sở hữu trigger chưa cấp đủ quyền cho tiện ích.`,
  consentTodo: (url: string) =>
    `Người đã chạy «Thiết lập» hãy mở ${url} và cấp tất cả các quyền được hỏi. Bài gửi chưa ghi vẫn còn trong biểu mẫu và sẽ được ghi ở lần quét sau.`,
  callerJob: 'Gọi hàm trigger không qua trigger',
  callerProblem: (handler: string, caller: string) =>
    `Hàm «${handler}» được gọi không qua trigger của nó (người gọi: ${caller || 'không rõ'}), nên đã bị từ chối.`,
  callerTodo:
    'Hàm này chỉ chạy từ trigger do «Thiết lập» cài. Nếu không ai cố ý chạy nó, hãy xem lại danh sách người có quyền sửa Sheet.',
  callerRefused: 'Hàm này chỉ chạy từ trigger của tiện ích, nên lời gọi đã bị từ chối.',
  setupOwnedBy: (owner: string) =>
    `Hệ thống ở Sheet này do ${owner} cài đặt (biểu mẫu, trigger). Thiết lập bằng tài khoản của bạn sẽ tạo biểu mẫu và bộ trigger thứ hai (email gửi hai lần), nên đã dừng, chưa thay đổi gì. Hãy nhờ ${owner} chạy «Thiết lập».`,
  setupFormUnavailable: (error: string) =>
    `Không mở được biểu mẫu hiện có (${error}). Thiết lập đã dừng, không tạo biểu mẫu mới. Chạy lại sau ít phút; nếu vẫn lỗi, kiểm tra biểu mẫu còn đó và bạn có quyền sửa nó.`,
  retryJob: 'Ghi lại bài chờ xử lý',
  /** Starts column C («Lý do chờ») of a «Chờ xử lý» row the retry has set aside: it is not retried again. */
  setAsideMark: 'ĐỂ RIÊNG',
  setAside: 'ĐỂ RIÊNG — dữ liệu không đọc được (bị cắt, sửa hoặc xóa): không tự ghi lại.',
  setAsideProblem: (row: number) =>
    `Dòng ${row} của tab «Chờ xử lý» có dữ liệu hỏng nên không ghi lại được; các bài khác vẫn được ghi.`,
  setAsideTodo:
    'Đối chiếu với câu trả lời gốc của biểu mẫu, nhập lại bài này (hoặc nhờ đơn vị gửi lại), rồi xóa dòng đó khỏi «Chờ xử lý».',
  retryStuck: (attempts: number) =>
    `Các bài gửi trong «Chờ xử lý» vẫn chưa ghi được sau ${attempts} lần thử (Sheet bận hoặc lỗi).`,
  retryStuckTodo: 'Hệ thống tự thử lại, thưa dần tới mỗi giờ một lần. Nếu kéo dài, kiểm tra Sheet rồi báo quản trị.',
} as const;

export const MSG_MEDIA = {
  // The weekly media pack (src/domain/mediaPack.ts): text read aloud on local radio and at the flag ceremony,
  // so plain spoken Vietnamese — no codes, dates as "ngày 24 tháng 11", small numbers in words.
  heading: (days: string) => `Chuyên mục «Mỗi tuần làm một việc tốt» — tuần ${days}`,
  opening: (organisation: string, days: string, count: string) =>
    `Kính thưa quý vị thính giả! Hưởng ứng phong trào «Mỗi tuần làm một việc tốt»${organisation ? ` của ${organisation}` : ''}, chuyên mục tuần này, ${days}, xin giới thiệu cùng quý vị ${count} mô hình hay, việc làm tốt ở cơ sở.`,
  closing:
    'Kính thưa quý vị! Những việc làm tuy nhỏ nhưng giàu ý nghĩa ấy là tấm gương để mỗi chúng ta học tập và làm theo. Mong rằng mỗi cán bộ, đảng viên và người dân sẽ cùng hưởng ứng phong trào «Mỗi tuần làm một việc tốt», để tuần nào cũng có thêm những việc làm tốt. Chuyên mục đến đây xin tạm dừng. Cảm ơn quý vị đã lắng nghe và hẹn gặp lại vào tuần sau.',
  transition: { first: 'Trước hết', next: 'Tiếp theo', last: 'Cuối cùng' },
  day: (day: number, month: number, year?: number) =>
    `ngày ${day} tháng ${month}${year === undefined ? '' : ` năm ${year}`}`,
  dayOnly: (day: number) => `ngày ${day}`,
  range: (from: string, to: string) => `từ ${from} đến ${to}`,
  since: (month: number, year?: number) => `từ tháng ${month}${year === undefined ? '' : ` năm ${year}`} đến nay`,
  number: (n: number) =>
    ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'][n] ?? n.toLocaleString('vi-VN'),
  someone: 'một đơn vị',
  of: (unit: string) => `thuộc ${unit}`,
  collective: (name: string, unit: string) => `${name} thuộc ${unit}`,
  did: (who: string, where: string, what: string) =>
    `${who} đã có ${what ? '' : 'một '}việc làm tốt${where ? ` tại ${where}` : ''}${what ? `: ${what}` : ''}`,
  helped: (who: string) => `Việc làm ấy đã giúp đỡ ${who}`,
  fieldLine: (field: string) =>
    `Đây là một việc làm tốt${field ? ` trong lĩnh vực ${field},` : ''} thuộc phong trào «Mỗi tuần làm một việc tốt»`,
  /** The campaign's fields as one says them (DOMAIN.md); "khác" says none. */
  fields: {
    thu_tuc_hanh_chinh: 'cải cách thủ tục hành chính, tạo thuận lợi cho Nhân dân',
    an_sinh_xa_hoi: 'chăm lo gia đình chính sách, hộ nghèo và người khó khăn',
    trat_tu_do_thi: 'lập lại trật tự lòng đường, lề đường',
    nuoc_sach_moi_truong: 'nước sạch và vệ sinh môi trường',
    kinh_te_giam_ngheo: 'giúp nhau phát triển kinh tế, thoát nghèo',
    nong_thon_moi_van_minh: 'xây dựng nông thôn mới, đô thị văn minh',
    an_ninh_trat_tu: 'giữ gìn an ninh, trật tự an toàn xã hội',
    hoa_giai: 'hòa giải ở cơ sở',
    trach_nhiem_cong_vu: 'nâng cao trách nhiệm, thái độ phục vụ Nhân dân',
    dan_chu_co_so: 'thực hiện dân chủ ở cơ sở',
    giao_duc_dao_tao: 'giáo dục và đào tạo',
    y_te_cham_soc: 'chăm sóc sức khỏe Nhân dân',
    cham_lo_nguoi_lao_dong: 'chăm lo cho người lao động',
    sang_kien_tiet_kiem: 'sáng kiến, tiết kiệm chi phí',
    dan_van_giam_sat: 'dân vận, giám sát và phản biện xã hội',
    xay_dung_he_thong_chinh_tri: 'xây dựng hệ thống chính trị trong sạch, vững mạnh',
    mo_hinh_nhan_rong: 'nhân rộng mô hình hay, việc làm tốt',
    liem_chinh_tu_phap: 'giữ gìn liêm chính trong điều tra, truy tố, xét xử',
    cong_an_vi_dan: 'xây dựng hình ảnh người Công an vì nước quên thân, vì dân phục vụ',
    quoc_phong_quan_su: 'quốc phòng, xây dựng lực lượng dân quân tự vệ',
    khac: '',
  },

  // Monday's digest.
  scriptSection: 'Kịch bản phát thanh tuần này',
  moreStories: (n: number) => `và ${n} câu chuyện khác: thư đã quá dài để gửi hết`,
} as const;

export const MSG_DUPLICATE = {
  job: 'Kiểm tra trùng lặp',
  indexFailed: (error: string) =>
    `Không đọc/ghi được chỉ mục trùng lặp (${error}): việc tốt vẫn được ghi nhận nhưng chưa được so với các việc đã nhận.`,
  indexTodo:
    'Nếu bảng tính gần đầy 10 triệu ô, hãy lưu trữ năm cũ (menu Việc tốt › Lưu trữ năm…); nếu không, lỗi thường tự hết ở lần gửi sau.',
  sameReason: (id: string) => `Trùng với việc tốt ${id} đã nhận trước`,
  notMarked: 'Việc tốt này không có dấu «Có thể trùng».',
} as const;

export const MSG_OUTBOX = {
  kind: {
    monthly: 'Tổng hợp tháng',
    monthlyDraft: 'Tổng hợp tháng (tạm tính)',
    radioReminder: 'Nhắc chọn mô hình phát thanh',
    digest: 'Bản tin tuần',
    reminder: 'Nhắc đơn vị',
    needs_fix: 'Báo cáo bị trả lại',
    receipt: 'Báo đã nhận báo cáo',
    request_info: 'Người duyệt hỏi thêm',
    thu_khen_list: 'Đề nghị Thư khen',
    base_monthly: 'Tổng hợp tháng của cơ sở',
    bulletin: 'Bài Bản tin tháng',
    radio: 'Kịch bản phát thanh',
    flag_stories: 'Chuyện kể dưới cờ',
    honours: 'Đề nghị dịp 19/5',
    yearbook: 'Kỷ yếu năm',
    rejected: 'Báo từ chối',
  },
  status: {
    queued: 'Chờ gửi',
    sending: 'Đang gửi',
    sent: 'Đã gửi',
    unsent: 'Chưa gửi: hết hạn mức',
    failed: 'Lỗi',
    duplicate: 'Bỏ qua: trùng khoá đã gửi',
    held: 'Không gửi: quá giới hạn thư từ biểu mẫu',
    refused: 'Từ chối: không phải thư tiện ích xếp',
  },
  resend: 'Gửi lại theo yêu cầu',
  unattached: (reason: string) => `Gửi không kèm tệp PDF: ${reason}`,
  trigger: (hour: number) => `Gửi thư đang chờ: mỗi ngày, ${hour} giờ`,
} as const;

// Shared by MSG_SUGGESTION and MSG_LADDER as plain constants: a property read (MSG_SUGGESTION.kind) inside
// MSG_LADDER would keep all of MSG_LADDER in the sidebar's bundle, since esbuild cannot prove the read pure.
const SUGGESTION_KIND = { giay_khen: 'Giấy khen', guong_dien_hinh: 'Gương điển hình' };
const SUGGESTION_STATUS = {
  pending: 'Chờ xem xét',
  accepted: 'Đã chấp nhận',
  dismissed: 'Đã bỏ qua',
  expired: 'Hết hiệu lực',
};
const DISMISS_REASON_NEEDED = 'Hãy ghi lý do bỏ qua (ít nhất 5 ký tự).';

/** What the sidebar shows of a suggestion, as the «Đề xuất khen thưởng» tab says it (small: the sidebar imports it). */
export const MSG_SUGGESTION = {
  kind: SUGGESTION_KIND,
  status: SUGGESTION_STATUS,
  minReason: 5,
  dismissReasonNeeded: DISMISS_REASON_NEEDED,
};

export const MSG_LADDER = {
  // The commendation ladder (src/domain/ladder.ts, src/app/ladder.ts) and the decision register (src/app/decisions.ts).
  kind: SUGGESTION_KIND,
  status: SUGGESTION_STATUS,
  giayKhenReason: (from: string, months: number, min: number, reports: number, proposed: boolean) =>
    `Việc tốt thường xuyên từ ${from}, đã thực hiện ${months} tháng (tối thiểu ${min} tháng)` +
    (reports > 1 ? `, đã báo cáo ${reports} lần` : '') +
    (proposed ? '; đơn vị đã đề nghị Giấy khen.' : '.'),
  modelReason: (
    from: string,
    t: { accepted: number; thuKhen: number; giayKhen: number; media: number },
    proposed = false,
  ) =>
    [
      proposed ? 'Đơn vị đề nghị gương điển hình' : '',
      `${t.accepted} việc tốt được duyệt từ ${from}`,
      t.thuKhen > 0 ? `${t.thuKhen} Thư khen` : '',
      t.giayKhen > 0 ? `${t.giayKhen} Giấy khen` : '',
      t.media > 0 ? `${t.media} lần được giới thiệu (phát thanh, bản tin, dưới cờ, kỷ yếu)` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  expired:
    'Không còn trong danh sách đề xuất khi tính lại (đã qua kỳ xét, bị vượt điểm, việc tốt đổi trạng thái hoặc đã được khen).',
  unmarked: 'Đề xuất lại: đã chấp nhận trước đây nhưng việc tốt không còn được đánh dấu.',
  notFound: 'Không tìm thấy đề xuất này: hãy bấm «Làm mới».',
  alreadyDecided: (status: string, who: string) =>
    `Đề xuất này đã được xử lý (${status}${who ? ` bởi ${who}` : ''}). Danh sách đã được tải lại.`,
  dismissReasonNeeded: DISMISS_REASON_NEEDED,
  auditAccept: 'chấp nhận đề xuất',
  auditDismiss: 'bỏ qua đề xuất',
  auditDecision: 'ghi quyết định',
  suggestionColumn: 'Đề xuất khen thưởng',
  registerColumn: 'Sổ quyết định',
  decidedMeta: (number: string, date: string) => `đã có quyết định số ${number} ngày ${date}`,
  decisionText: (number: string, date: string, level: string) => `Số ${number} ngày ${date}, ${level}`,
  numberNeeded: 'Hãy ghi số quyết định (tối đa 50 ký tự).',
  levelNeeded: 'Hãy ghi cấp quyết định (tối đa 200 ký tự).',
  badDecisionDate: 'Ngày quyết định không hợp lệ hoặc ở tương lai.',
  notCarrying: (recognition: string) =>
    `Việc tốt này không được đề nghị ${recognition}: hãy đánh dấu ${recognition} trước khi ghi quyết định.`,
  suspended: 'Việc tốt đang chờ duyệt lại sau khi bị sửa tay: hãy duyệt lại trước khi ghi quyết định.',
  job: 'Tính hồ sơ khen thưởng',
  updating: 'đang cập nhật… (bấm «Làm mới» lại sau ít phút để xem bản mới)',
  refreshTodo: 'Mở bảng duyệt, thẻ «Khen thưởng», bấm «Làm mới»; nếu vẫn lỗi, báo người quản trị.',
  historiesKept: (error: string) =>
    `Đề xuất khen thưởng và số liệu từng đơn vị đã cập nhật, nhưng «Hồ sơ khen thưởng» vẫn là của lần tính trước: ${error}`,
  historiesTodo:
    'Nếu Sheet gần đủ 10 triệu ô: lưu trữ năm đã xong (Việc tốt › Lưu trữ năm…) hoặc xoá tab không cần, rồi bấm «Làm mới».',
  settingsNeeded: 'Trang «Cấu hình» đang có lỗi: hãy sửa trước khi in (cần tên tổ chức và cấp khen).',
  draftTitle: (recognition: string, name: string) => `Bản in ${recognition}: ${name}`,
  draftsFile: (month: string) => `Du-thao-khen-thuong-${month}.pdf`,
  draftsMissing:
    'Lưu ý: không đính kèm được bản dự thảo Thư khen, Giấy khen (tệp PDF) vì Google không chuyển được sang PDF lúc gửi. Bản để in có trong bảng duyệt của bảng tính: thẻ «Khen thưởng», nút «Xem bản in».',
  draftsNote: (count: number, total: number) =>
    count === total
      ? `Kèm theo: bản dự thảo ${count} Thư khen, Giấy khen (tệp PDF) để in và trình ký.`
      : `Kèm theo: bản dự thảo ${count}/${total} Thư khen, Giấy khen (tệp PDF); các bản còn lại in từ bảng duyệt («Xem bản in»).`,
};

/** The structure check (gas/structure.ts): a tab's header row against the add-on's schema of it. Columns are letters. */
export const MSG_STRUCTURE = {
  missing: (header: string, column: string) => `thiếu cột «${header}» (đáng lẽ ở cột ${column})`,
  moved: (header: string, from: string, to: string) => `cột «${header}» bị chuyển từ cột ${from} sang cột ${to}`,
  renamed: (header: string, found: string, column: string) =>
    `cột ${column} phải có tiêu đề «${header}» nhưng đang là «${found}»`,
  extra: (header: string, column: string) => `cột lạ «${header}» ở cột ${column}`,
  tab: (name: string, problems: readonly string[]) => `Tab «${name}»: ${problems.join('; ')}.`,
  setup:
    'Hàng tiêu đề các tab dưới đây không còn khớp với cấu trúc tiện ích đọc và ghi: hãy trả tiêu đề và thứ tự cột về như cũ.',
  probeLabel: 'Hàng tiêu đề các tab của tiện ích',
  probeExpected: 'mỗi tab đã có: đủ cột, đúng tên, đúng thứ tự',
  matches: (name: string) => `${name}: khớp`,
  absent: (name: string) => `${name}: chưa có`,
} as const;

export const MSG_SELF_CHECK = {
  menu: 'Kiểm tra hệ thống',
  pass: 'Đạt',
  fail: 'Không đạt',
  jsonLabel: 'JSON (dán vào báo lỗi):',
  adminsOnly: 'Chỉ người có email trong mục «Email quản trị» của tab «Cấu hình» mới được chạy kiểm tra hệ thống.',
  title: 'Kiểm tra hệ thống',
  summary: (passed: number, total: number) =>
    passed === total
      ? `Đạt cả ${total} mục. Kết quả ở tab «Kiểm tra»; các đối tượng thử đã được xoá.`
      : `Đạt ${passed}/${total} mục: xem các dòng «Không đạt» ở tab «Kiểm tra». Các đối tượng thử đã được xoá.`,
  copyHint: 'Sao chép khối JSON dưới đây vào báo lỗi gửi nhóm phát triển:',
} as const;

/** Accepting a deed re-checks every mark it carries: what the reviewer and «Nhật ký» are told about a mark withdrawn. */
export const MSG_REVIEW_RECHECK = {
  /** «Nhật ký»'s action for a mark withdrawn by an accept, with the reason. */
  audit: (reason: string) => `gỡ khi duyệt: ${reason}`,
  notByReviewer: (recognition: string) =>
    `«${recognition}» không do người duyệt đánh dấu (đánh dấu tay trong Sheet hoặc không có trong «Nhật ký»): đã gỡ; đánh dấu lại trong thanh bên nếu đồng ý.`,
} as const;

/** The cap on mail a form respondent can trigger (app/outbox.ts): the outbox row's note, and the day's one incident. */
export const MSG_FORM_MAIL = {
  sameRecipient:
    'Hôm nay đã gửi một thư tới địa chỉ (do người gửi biểu mẫu tự điền) này: thư này không gửi nữa. Kết quả vẫn ghi ở tab «Việc tốt» hoặc «Báo cáo bị trả lại».',
  dailyShare: (n: number) =>
    `Hôm nay đã gửi đủ ${n} thư do biểu mẫu gây ra (giới hạn mỗi ngày): thư này không gửi. Kết quả vẫn ghi ở tab «Việc tốt» hoặc «Báo cáo bị trả lại».`,
  reserve: (n: number) =>
    `Hạn mức gửi thư còn lại hôm nay phải giữ ${n} thư cho báo cáo lãnh đạo và thư báo sự cố cho quản trị: thư này chờ gửi ngày sau.`,
  job: 'Thư báo kết quả gửi biểu mẫu',
  reached: (n: number) =>
    `Hôm nay đã chạm giới hạn thư do biểu mẫu gây ra (${n} thư/ngày, hoặc phần giữ cho lãnh đạo, quản trị): thư báo kết quả sau đó không gửi.`,
  reachedTodo:
    'Mọi bài gửi vẫn được lưu (xem «Hộp thư đi», «Báo cáo bị trả lại»). Nhiều bài gửi lạ cùng lúc: liên kết biểu mẫu có thể bị lạm dụng, cân nhắc tạm ngừng nhận câu trả lời.',
} as const;

/** What a unit reads after each submission (app/unitNotice.ts): received, or what to fix and the link to fix it. */
export const MSG_NOTICE = {
  receivedSubject: (id: string) => `[Việc tốt] Đã nhận báo cáo ${id}`,
  received: (org: string, title: string, id: string, field: string, doneOn: string) =>
    [
      'Kính gửi đơn vị,',
      '',
      `${org} đã nhận và ghi vào sổ báo cáo việc tốt «${title}».`,
      `- Mã báo cáo: ${id}`,
      `- Lĩnh vực: ${field}`,
      `- Ngày thực hiện: ${doneOn}`,
      '',
      'Báo cáo sẽ được Ban Tuyên giáo xem xét; khi cần thêm thông tin, Ban sẽ gửi thư tới địa chỉ này. Khi trao đổi, xin ghi mã báo cáo.',
    ].join('\n'),
  refusedSubject: (id: string) => `[Việc tốt] Báo cáo ${id} bị trả lại: cần sửa`,
  refused: (org: string, title: string, reasons: readonly string[], editUrl: string) =>
    [
      'Kính gửi đơn vị,',
      '',
      `${org} đã nhận báo cáo việc tốt «${title}» nhưng chưa ghi vào sổ được vì:`,
      ...reasons.map((r) => `- ${r}`),
      '',
      editUrl
        ? `Xin mở đường dẫn sau để sửa chính báo cáo đã gửi (các câu trả lời cũ vẫn còn, chỉ cần sửa chỗ nêu trên rồi bấm Gửi): ${editUrl}`
        : 'Xin vui lòng gửi lại biểu mẫu với thông tin đã sửa.',
      'Nội dung đã gửi vẫn được lưu, không bị mất. Khi báo cáo đã sửa được ghi nhận, đơn vị sẽ nhận thư báo.',
    ].join('\n'),
  rejectedSubject: (id: string) => `[Việc tốt] Báo cáo ${id} không được ghi nhận`,
  rejected: (org: string, title: string, reason: string) =>
    [
      'Kính gửi đơn vị,',
      '',
      `${org} đã xem xét báo cáo việc tốt «${title}» và không ghi nhận, vì: ${reason}`,
      '',
      'Nếu đơn vị thấy chưa đúng, xin liên hệ Ban Tuyên giáo (trả lời thư này) và ghi mã báo cáo.',
    ].join('\n'),
  updatedSubject: (id: string) => `[Việc tốt] Đã cập nhật báo cáo ${id}`,
  updated: (org: string, title: string, id: string, field: string, doneOn: string, reReview: boolean) =>
    `Kính gửi đơn vị,\n\n${org} đã cập nhật báo cáo ${id} «${title}» theo bản đơn vị sửa (lĩnh vực: ${field}; ngày thực hiện: ${doneOn}).${reReview ? ' Báo cáo đã duyệt trước đây nên sẽ được duyệt lại.' : ''}`,
  /** Who changed a deed through the form's edit link, as «Nhật ký» records it. */
  editedBy: 'Đơn vị (sửa qua biểu mẫu)',
  /** The refused row's status once the same response, edited, or the same deed sent again, is recorded. */
  fixed: (id: string) => `Đã sửa: ghi nhận ${id}`,
  untitled: '(chưa có tên)',
} as const;

/** Writes that find their row again right before writing (outbox, archive): a person sorted or deleted rows meanwhile. */
export const MSG_ROW_MOVED = {
  outboxJob: 'Hộp thư đi',
  outboxLost: (key: string, row: number, status: string) =>
    `Không tìm lại được dòng thư «${key}» (dòng ${row} lúc bắt đầu) trong «Hộp thư đi»: các dòng đã bị xoá, sửa hoặc sắp xếp trong lúc gửi. Trạng thái «${status}» chưa được ghi.`,
  outboxTodo:
    'Tìm dòng thư đó trong «Hộp thư đi»: «Đang gửi» thì thư có thể đã đi, đừng gửi lại; «Chờ gửi» thì lần sau sẽ gửi. Đừng xoá, sửa hay sắp xếp các dòng của tab này.',
  archiveChanged: (tab: string, year: number, rows: string, url: string) =>
    `Dòng ở «${tab}» bị xoá, chèn hoặc sắp xếp trong lúc lưu trữ năm ${year} (${rows}) nên không xoá dòng nào khỏi «${tab}». Đã chép sang: ${url}`,
  archiveRow: (row: number, was: string, now: string) => `dòng ${row}: ${now || '(trống)'} thay vì ${was}`,
  archiveTodo: 'Chạy lại «Lưu trữ năm…» với cùng năm để làm tiếp (việc tốt chưa chuyển vẫn ở tab «Việc tốt»).',
} as const;

/** The add-on's tabs are found by sheet id (gas/sheets.ts): a tab a person renamed or deleted, as «Sự cố» tells it. */
export const MSG_TABS = {
  job: 'Tab của tiện ích',
  renamed: (name: string, now: string) =>
    `Tab «${name}» đã bị đổi tên thành «${now}»: tiện ích không ghi vào đó, cũng không tạo tab «${name}» mới (sẽ trống), nên việc này chưa làm được.`,
  renamedTodo: (name: string, now: string) =>
    `Đổi tên tab «${now}» về đúng «${name}». Bài gửi trong lúc này chờ ở «Chờ xử lý» và tự ghi lại sau đó; báo cáo bị dừng thì chạy lại từ menu.`,
  renamedLine: (name: string, now: string) => `Tab «${name}» đang mang tên «${now}»: hãy đổi lại đúng «${name}».`,
  setupStop: (lines: readonly string[]) =>
    [
      'Thiết lập dừng, chưa thay đổi gì: các tab dưới đây của tiện ích đã bị đổi tên.',
      ...lines,
      'Đổi tên xong thì chạy lại «Thiết lập».',
    ].join('\n'),
  recreated: (name: string) =>
    `Tab «${name}» của tiện ích đã bị xoá: tiện ích đã tạo lại tab mới (trống, chỉ có hàng tiêu đề).`,
  recreatedTodo: (name: string) =>
    `Nếu tab «${name}» bị xoá nhầm, lấy lại dữ liệu qua Tệp › Nhật ký phiên bản rồi chép các dòng vào tab «${name}» mới.`,
} as const;

/** Protected tabs and the roles they vouch for (app/permissions.ts, app/roleTrust.ts). */
export const MSG_TRUST = {
  /** Opens the description of every protection the add-on makes: how it finds its own again. */
  marker: '[Việc tốt]',
  description: (tab: string, audience: 'admins' | 'staff' | 'warning') =>
    audience === 'warning'
      ? `[Việc tốt] Tab «${tab}» của tiện ích: sửa được, có cảnh báo; đừng thêm, xoá hay đổi tên cột.`
      : `[Việc tốt] Tab «${tab}» của tiện ích: chỉ quản trị viên${audience === 'staff' ? ', người duyệt' : ''} và tài khoản cài đặt được sửa, theo «Cấu hình» (cập nhật trong một giờ).`,
  deedDescription:
    '[Việc tốt] Các cột của tiện ích trong «Việc tốt»: chỉ quản trị viên, người duyệt, tài khoản cài đặt được sửa; sửa việc đã duyệt thì việc đó về «Cần duyệt lại».',
  menu: 'Cập nhật quyền',
  title: 'Cập nhật quyền',
  forbidden: 'Chỉ tài khoản đã cài đặt tiện ích hoặc quản trị viên trong «Cấu hình» được cập nhật quyền.',
  confirm: (admins: readonly string[], reviewers: readonly string[]) =>
    `Các tab của tiện ích sẽ được khoá cho:\n• Quản trị viên: ${admins.join(', ') || '(chưa có)'}\n• Người duyệt: ${reviewers.join(', ') || '(chưa có)'}\n• và tài khoản cài đặt.\nKiểm tra kỹ hai danh sách trước khi đồng ý: người có tên sẽ có quyền của vai trò đó.`,
  done: 'Đã khoá lại các tab và cột của tiện ích theo danh sách trong «Cấu hình».',
  noSettings: 'Tab «Cấu hình» đang có lỗi: sửa các ô được nêu rồi chạy lại «Cập nhật quyền».',
  job: 'Quyền trong «Cấu hình»',
  fault: {
    missing: 'Tab «Cấu hình» không còn được khoá (bảo vệ của tiện ích đã bị gỡ)',
    warningOnly: 'Bảo vệ của tab «Cấu hình» đã bị đổi thành chỉ cảnh báo',
    widened: 'Bảo vệ của tab «Cấu hình» đã bị mở thêm cho người không phải quản trị viên',
  },
  refused: (fault: string) =>
    `${fault}: ai sửa được tab này cũng tự ghi mình làm người duyệt hay quản trị viên được, nên tạm không công nhận ai trong hai danh sách đó.`,
  refusedTodo: 'Tài khoản cài đặt kiểm tra hai danh sách email trong «Cấu hình», rồi chạy «Việc tốt › Cập nhật quyền».',
  syncFailed: (error: string) => `Không cập nhật được bảo vệ các tab theo «Cấu hình»: ${error}`,
  deferredJob: 'Ghi thay',
  deferredLost: (n: number) =>
    `${n} dòng «Nhật ký»/«Sự cố» của người không có quyền ghi các tab này đã bị bỏ vì hàng đợi ghi thay đã đầy.`,
  deferredLostTodo: 'Xem Tệp › Nhật ký phiên bản để biết ai đã sửa gì trong thời gian đó.',
  handEditBlocked: (id: string, who: string, undone: boolean) =>
    `${who} sửa tay việc tốt ${id} (đã duyệt) nhưng không có quyền ghi cột trạng thái, nên việc tốt không về «Cần duyệt lại»: ${undone ? 'ô đã được trả lại giá trị cũ' : 'nội dung dán vào vẫn còn'}.`,
  handEditBlockedTodo: 'Người duyệt mở việc tốt này, xem lại nội dung đã bị sửa (tab «Nhật ký») rồi duyệt lại.',
  keyLost: (rows: string) => `«Mã» ở dòng ${rows} của «Việc tốt» bị dán đè, không tìm lại được.`,
  keyLostTodo: 'Hoàn tác (Ctrl+Z) hoặc khôi phục từ Lịch sử phiên bản.',
} as const;

/** Outbox rows the add-on did not queue, or that were changed after (app/outbox.ts verifies each one's signature). */
export const MSG_OUTBOX_TRUST = {
  job: 'Hộp thư đi: thư không hợp lệ',
  problem: (key: string, to: string) =>
    `Dòng thư «${key}» gửi ${to} trong «Hộp thư đi» không mang chữ ký của tiện ích hoặc đã bị sửa sau khi xếp: thư không được gửi.`,
  todo: 'Xem ai đã ghi hay sửa dòng này (Tệp › Nhật ký phiên bản); thư thật thì tạo lại từ menu hoặc thanh bên.',
} as const;

/** Too many incidents of one kind in an hour (app/incidents.ts): the rest are counted, not written. */
export const MSG_INCIDENT_RATE = {
  suppressed: (n: number, job: string) => `(${n} sự cố «${job}» khác trong giờ trước không được ghi từng dòng.)`,
} as const;

/** A tab whose columns a person changed (app/structureGuard.ts): nothing is read or written by position. */
export const MSG_STRUCTURE_GUARD = {
  job: 'Cấu trúc tab',
  refused: (what: string) =>
    `${what} Tiện ích không đọc, không ghi tab này theo vị trí cột cho đến khi các cột trở lại như cũ.`,
  todo: 'Trả tiêu đề và thứ tự cột về như cũ (Hoàn tác, hoặc Tệp › Nhật ký phiên bản); cột mới thì đặt bên phải cột cuối. Bài gửi trong lúc này chờ ở «Chờ xử lý».',
} as const;

/** Retention (app/retention.ts): what the daily run clears, as its «Nhật ký» line says. */
export const MSG_RETENTION = {
  action: 'xoá theo thời hạn lưu',
  cleared: (rows: number, what: string, days: number) => `${rows} dòng: ${what} quá ${days} ngày`,
  what: {
    raw: 'câu trả lời gốc',
    mail: 'nội dung thư',
    audit: 'giá trị trước/sau',
    notices: 'thư báo đơn vị (xoá cả dòng)',
  },
  system: '(tiện ích)',
} as const;

/** What each recipient of the guidance (section III) receives: src/ui/recipientMail.ts, src/app/recipients.ts. */
/** The optional first stage: a base committee's reviewers (app/baseReview.ts). */
export const MSG_BASE = {
  notYours: 'Việc tốt này không thuộc cơ sở bạn duyệt.',
  onlyVet: 'Người duyệt cấp cơ sở chỉ được duyệt, yêu cầu bổ sung hoặc từ chối.',
  waitForBase: 'Việc tốt này chờ cơ sở duyệt trước.',
  auditPrefix: 'cơ sở: ',
} as const;

export const MSG_RECIPIENTS = {
  thuKhenSubject: (month: string, n: number) => `Đề nghị tặng Thư khen tháng ${month}: ${n} việc tốt`,
  thuKhenTitle: (month: string) => `Danh sách đề nghị tặng Thư khen — tháng ${month}`,
  thuKhenLead: (body: string, reviewing: string) =>
    `${reviewing} kính gửi ${body} danh sách việc tốt đột xuất đã được thẩm định, đề nghị tặng Thư khen.`,
  baseSubject: (month: string, base: string) => `Tổng hợp «Mỗi tuần làm một việc tốt» tháng ${month} — ${base}`,
  baseTitle: (month: string) => `Tổng hợp tháng ${month}`,
  baseReport: 'Đoạn báo cáo (để đưa vào báo cáo tuyên giáo tháng)',
  baseParagraph: (
    month: string,
    base: string,
    reported: number,
    units: number,
    deeds: number,
    thuKhen: number,
    giayKhen: number,
  ) =>
    `Trong tháng ${month}, thực hiện phong trào «Mỗi tuần làm một việc tốt», ${base} có ${reported}/${units} đơn vị báo cáo với ${deeds} việc tốt; đề nghị tặng Thư khen ${thuKhen} việc, Giấy khen ${giayKhen} việc.`,
  baseHighlights: (titles: string) => `Việc tốt tiêu biểu: ${titles}.`,
  baseProposals: (award: string, n: number) => `Đề nghị tặng ${award} (${n})`,
  baseSilent: (n: number) => `Đơn vị chưa báo cáo (${n})`,
  bulletinSubject: (month: string, n: number) => `Bài Bản tin tháng ${month}: ${n} mô hình hay, việc làm tốt`,
  bulletinTitle: (month: string) => `Bài cho Bản tin tháng ${month}`,
  bulletinSection: 'Các bài viết (chỉ cần biên tập, dàn trang)',
  radioSubject: (week: string, n: number) => `Kịch bản phát thanh ${week}: ${n} mô hình`,
  radioTitle: (week: string) => `Kịch bản chuyên mục ${week}`,
  radioShort: (n: number, target: number) => `Tuần này mới có ${n}/${target} mô hình được chọn cho chuyên mục.`,
  flagSubject: (week: string) => `Chuyện kể dưới cờ sáng thứ Hai — ${week}`,
  flagTitle: (week: string) => `Chuyện kể dưới cờ — ${week}`,
  flagLead:
    'Đề nghị đơn vị chọn kể một trong các câu chuyện dưới đây tại buổi chào cờ đầu tuần (Hướng dẫn, mục III.3).',
  flagPassOn: (level: string) =>
    `Thư gửi các ${level.charAt(0).toLowerCase()}${level.slice(1)}: đề nghị chuyển tiếp cho các chi bộ, đơn vị trực thuộc.`,
  flagSection: (n: number) => `Các câu chuyện (${n})`,
  honoursSubject: (year: number, giayKhen: number, models: number) =>
    `Đề nghị dịp 19/5/${year}: ${giayKhen} Giấy khen, ${models} gương điển hình`,
  honoursTitle: (year: number) => `Danh sách đề nghị nhân dịp Kỷ niệm sinh nhật Bác 19/5/${year}`,
  honoursLead: (body: string, reviewing: string) =>
    `${reviewing} kính gửi ${body} danh sách đề nghị tặng Giấy khen (việc tốt thực hiện trong thời gian dài) và tuyên dương gương điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, kèm quá trình việc tốt của từng người.`,
  honoursGiayKhen: (n: number) => `Đề nghị tặng Giấy khen (${n})`,
  honoursModels: (n: number) => `Đề nghị tuyên dương gương điển hình (${n})`,
  history: (accepted: number, lines: string) => `Quá trình: ${accepted} việc tốt đã duyệt — ${lines}`,
  thresholds: (months: number, deeds: number, top: number) =>
    `Ngưỡng do tổ chức tự chọn (Hướng dẫn không quy định): Giấy khen khi việc kéo dài từ ${months} tháng; gương điển hình từ ${deeds} việc tốt trong năm; tối đa ${top} gương.`,
  more: (n: number) => `và ${n} mục khác — xem trong bảng tính`,
  yearbookTitle: (years: string) => `Kỷ yếu «Mỗi tuần làm một việc tốt» ${years}`,
  yearbookModel: 'Gương điển hình',
  yearbookCount: (models: number, all: number) =>
    `${models} gương điển hình, ${all - models} việc tốt được chọn vào Kỷ yếu`,
  yearbookSubject: (years: string, n: number) => `Kỷ yếu ${years}: ${n} mô hình hay, việc làm tốt (tệp PDF đính kèm)`,
  yearbookBody: (years: string, n: number, file: string) =>
    `Kỷ yếu «Mỗi tuần làm một việc tốt» ${years} gồm ${n} gương điển hình và việc tốt được chọn, xếp theo 5 loại hình của Hướng dẫn, trong tệp đính kèm «${file}» để in.`,
  yearbookFile: (year: number) => `Ky-yeu-${year}.pdf`,
  yearbookMissing: (from: string, to: string) =>
    `Lưu ý: không đính kèm được tệp Kỷ yếu (PDF) vì Google không chuyển được sang PDF. Kỷ yếu gồm các việc đã duyệt, thực hiện từ ${from} đến ${to}, đánh dấu «Gương điển hình» hoặc «Kỷ yếu» ở thẻ «Việc tốt».`,
  job: 'Gửi phát thanh, chuyện kể dưới cờ, danh sách 19/5, Kỷ yếu',
  storiesJob: 'Chuyện kể dưới cờ',
  storiesNoAddress: (n: number) =>
    `${n} chuyện kể dưới cờ chưa gửi được: không đơn vị nào trong «Đơn vị» có email (chưa ghi là đã kể).`,
  storiesNoAddressTodo: 'Điền email đơn vị ở tab «Đơn vị»: tuần sau sẽ gửi.',
  jobTodo: 'Sửa theo nội dung sự cố rồi chờ lần chạy ngày mai (thư đã gửi không gửi lại).',
  trigger: (hour: number) =>
    `Gửi kịch bản phát thanh, chuyện kể dưới cờ (cho tuần sau) và danh sách dịp 19/5: mỗi ngày, ${hour} giờ`,
} as const;
