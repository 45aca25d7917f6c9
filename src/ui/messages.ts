// Every sentence a person reads (form errors, menus, alerts, emails, sheet headers) in one place, in Vietnamese.

export const MSG = {
  required: (label: string) => `Chưa trả lời câu «${label}».`,
  tooShort: (label: string, min: number) => `«${label}» quá ngắn: cần ít nhất ${min} ký tự.`,
  tooLong: (label: string, max: number) => `«${label}» quá dài: tối đa ${max.toLocaleString('vi-VN')} ký tự.`,
  notAChoice: (label: string, choices: readonly string[]) =>
    `«${label}» phải là một trong các lựa chọn: ${choices.join('; ')}.`,
  badDate: (label: string) => `«${label}» không phải ngày hợp lệ (viết theo dạng ngày/tháng/năm, ví dụ 27/11/2026).`,
  futureDate: (iso: string) => `Ngày thực hiện (${iso}) ở tương lai: hãy kiểm tra lại ngày.`,
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

  settingsError: (cell: string, problem: string) => `Cấu hình sai ở ô ${cell}: ${problem}`,
  registryError: (cell: string, problem: string) => `Danh sách đơn vị sai ở ô ${cell}: ${problem}`,

  fixMailSubject: (title: string) => `[Việc tốt] Cần bổ sung: ${title}`,
  fixMailBody: (org: string, title: string, reasons: readonly string[]) =>
    [
      `Kính gửi đơn vị,`,
      ``,
      `${org} đã nhận báo cáo việc tốt «${title}» nhưng chưa ghi nhận được vì:`,
      ...reasons.map((r) => `- ${r}`),
      ``,
      `Xin vui lòng gửi lại biểu mẫu với thông tin đã sửa. Nội dung đã gửi vẫn được lưu, không bị mất.`,
    ].join('\n'),
} as const;

export const MSG_REVIEW = {
  messageNeeded: 'Hãy ghi nội dung cần đơn vị bổ sung (ít nhất 5 ký tự).',
  reasonNeeded: 'Hãy ghi lý do từ chối (ít nhất 5 ký tự).',
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
  menu: {
    monthly: 'Tạo tổng hợp tháng…',
    weekly: 'Gửi bản tin tuần…',
    triggers: 'Danh sách trigger',
  },
  tabName: (month: string) => `Tổng hợp ${month}`,
  building: ' (đang tạo)',
  sentLogTab: 'Nhật ký gửi thư',
  sentLogHeaders: ['Kỳ', 'Loại thư', 'Người nhận', 'Thời điểm', 'Trạng thái', 'Ghi chú'],
  incidentTab: 'Sự cố',
  incidentHeaders: ['Thời điểm', 'Việc', 'Kỳ', 'Sự cố', 'Cần làm'],
  kind: { monthly: 'Tổng hợp tháng', digest: 'Bản tin tuần', reminder: 'Nhắc đơn vị' },
  status: { sending: 'Đang gửi', sent: 'Đã gửi', unsent: 'Chưa gửi: hết hạn mức', failed: 'Lỗi' },

  // The summary tab and the emails.
  title: (month: string) => `Tổng hợp tháng ${month}`,
  campaign: 'Mỗi tuần làm một việc tốt',
  builtAt: (org: string, at: string) => `${org} · lập lúc ${at}`,
  countingRule:
    'Cách tính: việc tốt tính theo tháng thực hiện (cột «Tháng» của tab «Việc tốt», giờ Việt Nam), không tính việc bị «Từ chối», gồm cả việc chưa duyệt xong. Đề nghị khen thưởng: việc «Đã duyệt» được người duyệt đánh dấu.',
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
  deedHeaders: ['Việc tốt', 'Đơn vị', 'Người thực hiện', 'Ngày thực hiện', 'Ghi chú người duyệt', 'Mã'],
  none: '(không có)',
  coverage: 'Độ phủ theo tuần: đơn vị thiếu tuần xếp trước',
  coverageHeaders: ['Đơn vị', 'Loại hình', 'Số tuần thiếu'],
  coverageLegend:
    'Số: việc tốt của đơn vị trong tuần (chỉ ngày thuộc tháng này). «–»: tuần đã qua không có việc tốt nào. «0*»: có việc tốt ở phần tuần thuộc tháng kề, không tính thiếu. Ô trống: tuần chưa kết thúc.',
  missedMark: '–',
  elsewhereMark: '0*',
  week: (n: string, from: string, to: string) => `Tuần ${n} (${from}–${to})`,
  byWeek: 'Theo tuần',
  byWeekHeaders: ['Tuần', 'Việc tốt', 'Phát thanh đã chọn', 'Mục tiêu'],
  byField: 'Theo lĩnh vực',
  byFieldHeaders: ['Lĩnh vực', 'Việc tốt'],
  byUnitType: 'Theo loại hình',
  byUnitTypeHeaders: ['Loại hình', 'Số đơn vị', 'Có báo cáo', 'Chưa báo cáo', 'Việc tốt'],
  radio: 'Phát thanh: mô hình được chọn theo tuần',
  radioHeaders: ['Tuần', 'Việc tốt', 'Đơn vị', 'Người thực hiện'],
  bulletin: (n: number) => `Bản tin tháng (${n})`,
  flagStories: (n: number) => `Chuyện kể dưới cờ (${n})`,
  silentUnits: (n: number) => `Đơn vị chưa báo cáo trong tháng (${n})`,
  silentHeaders: ['Đơn vị', 'Loại hình', 'Email liên hệ'],

  monthlySubject: (month: string, deeds: number, thuKhen: number, giayKhen: number) =>
    `[Việc tốt] Tổng hợp tháng ${month}: ${deeds} việc tốt, ${thuKhen} đề nghị Thư khen, ${giayKhen} đề nghị Giấy khen`,
  openTab: (tabName: string) => `Mở tab «${tabName}»`,
  mailFigure: {
    deeds: (approved: number) => `việc tốt (${approved} đã duyệt)`,
    reported: 'đơn vị có báo cáo',
    missing: 'đơn vị thiếu tuần',
    thuKhen: 'đề nghị Thư khen',
    giayKhen: 'đề nghị Giấy khen',
    radioWeeks: 'tuần đủ mô hình phát thanh',
  },
  missingUnits: (n: number) => `Đơn vị thiếu tuần (${n})`,
  missedWeeks: (weeks: string) => `thiếu tuần ${weeks}`,
  silentMonth: 'chưa báo cáo cả tháng',
  media: 'Phát thanh, bản tin, chuyện kể dưới cờ',
  radioWeek: (week: string, picks: number, target: number) => `${week}: ${picks}/${target} mô hình phát thanh`,
  mediaCounts: (bulletin: number, stories: number) =>
    `Bản tin tháng: ${bulletin} việc tốt; chuyện kể dưới cờ: ${stories}.`,
  moreDeeds: (n: number) => `và ${n} việc khác — xem trong tab`,
  moreUnits: (n: number) => `và ${n} đơn vị khác — xem trong tab`,
  noteLabel: 'Ghi chú: ',
  footer: (body: string) => `Thư gửi tự động từ Google Sheet của ${body}.`,

  digestSubject: (week: string, picks: number, target: number) =>
    picks < target
      ? `[Việc tốt] Bản tin ${week.toLowerCase()}: mới chọn ${picks}/${target} mô hình phát thanh`
      : `[Việc tốt] Bản tin ${week.toLowerCase()}: ${picks} mô hình phát thanh`,
  digestTitle: (week: string) => `Bản tin ${week.toLowerCase()}`,
  digestWarning: (picks: number, target: number) =>
    `Tuần qua mới chọn ${picks}/${target} mô hình phát thanh (ít nhất ${target} mỗi tuần). Hãy chọn thêm trong bảng duyệt.`,
  digestFigure: {
    deeds: 'việc tốt trong tuần',
    radio: 'mô hình phát thanh',
    stories: 'chuyện kể dưới cờ',
    silent: 'đơn vị chưa có việc tốt',
  },
  radioPicks: (n: number) => `Mô hình phát thanh đã chọn (${n})`,
  storiesForMonday: (n: number) => `Chuyện kể dưới cờ (${n})`,
  candidates: 'Gợi ý: việc tốt đã duyệt trong tuần, chưa chọn phát thanh',
  silentWeek: (n: number) => `Đơn vị chưa có việc tốt trong tuần (${n}) — được gửi thư nhắc nếu có email`,

  reminderSubject: (week: string) => `[Việc tốt] Nhắc báo cáo việc tốt ${week.toLowerCase()}`,
  reminderBody: (units: readonly string[], week: string, body: string, formUrl: string) =>
    [
      `Kính gửi ${units.join(', ')},`,
      '',
      `${body} chưa nhận được việc tốt nào của đơn vị trong ${week.toLowerCase()}. Phong trào «Mỗi tuần làm một việc tốt» mong mỗi đơn vị có ít nhất một việc tốt mỗi tuần.`,
      formUrl ? `Xin gửi báo cáo qua biểu mẫu: ${formUrl}` : 'Xin gửi báo cáo qua biểu mẫu của phong trào.',
      '',
      'Nếu đơn vị đã gửi, xin bỏ qua thư này. Cảm ơn đơn vị.',
    ].join('\n'),

  // Asking and telling the admin.
  promptMonth: (example: string) =>
    `Tháng cần tổng hợp (MM/YYYY), ví dụ ${example}. Tab tổng hợp của tháng được tạo lại; chưa gửi thư nào.`,
  badMonth: (text: string) => `«${text}» không phải tháng dạng MM/YYYY (ví dụ 11/2026).`,
  preview: (tabName: string, deeds: number, reported: number, active: number, thuKhen: number, giayKhen: number) =>
    `Đã tạo tab «${tabName}»: ${deeds} việc tốt, ${reported}/${active} đơn vị có báo cáo, ${thuKhen} đề nghị Thư khen, ${giayKhen} đề nghị Giấy khen.`,
  askSend: (to: readonly string[]) => `Gửi thư tổng hợp cho ${to.length} người nhận (${to.join(', ')})?`,
  askResend: (at: string, to: readonly string[]) => `Thư tháng này đã gửi lúc ${at} cho ${to.join(', ')}. Gửi lại?`,
  askUncertain: (to: readonly string[]) =>
    `Lần gửi trước cho ${to.join(', ')} dừng giữa chừng: thư có thể đã đi. Hãy kiểm tra hộp thư «Đã gửi» trước. Vẫn gửi lại?`,
  noLeadership: 'Chưa có «Email lãnh đạo nhận báo cáo» trong tab «Cấu hình»: chưa gửi thư nào.',
  askWeekly: (week: string, reviewers: number, units: number) =>
    `Gửi bản tin ${week.toLowerCase()} cho ${reviewers} người duyệt và thư nhắc cho ${units} đơn vị chưa có việc tốt? (Thư đã gửi sẽ không gửi lại.)`,
  delivered: (sent: number, already: number) => `Đã gửi cho ${sent} người nhận; ${already} người đã nhận từ trước.`,
  nothingSent: 'Không gửi thư nào.',
  busy: 'Một lần tổng hợp khác đang chạy. Hãy thử lại sau ít phút.',
  settingsBroken: (errors: readonly string[]) => `Cấu hình sai, chưa chạy được: ${errors.join(' ')}`,

  job: { monthly: 'Tổng hợp tháng', weekly: 'Bản tin tuần' },
  incidentSubject: (job: string, period: string) => `[Việc tốt] Sự cố: ${job} ${period}`,
  incidentBody: (job: string, period: string, problem: string, todo: string, sheetUrl: string) =>
    `${job} ${period}: ${problem}\n\nCần làm: ${todo}\n\nChi tiết ở tab «Sự cố»: ${sheetUrl}`,
  failed: (error: string) =>
    `Lỗi khi chạy (${error}). Tab tổng hợp cũ, nếu có, vẫn còn nguyên; không có thư nào gửi hai lần.`,
  retry: 'Chạy lại từ menu Việc tốt › Tạo tổng hợp tháng… (hoặc chờ lần chạy sau).',
  unsent: (to: readonly string[]) => `Hết hạn mức gửi thư trong ngày: chưa gửi cho ${to.join(', ')}.`,
  unsentTodo: 'Chạy lại sau 24 giờ: chỉ người chưa nhận mới được gửi.',
  sendFailed: (to: readonly string[]) => `Gửi thư lỗi cho ${to.join(', ')} (xem tab «Nhật ký gửi thư»).`,
  uncertain: (to: readonly string[]) =>
    `Lần gửi trước cho ${to.join(', ')} dừng giữa chừng (trạng thái «Đang gửi»): thư có thể đã đi, nên không gửi lại tự động.`,
  uncertainTodo:
    'Kiểm tra hộp thư «Đã gửi» của tài khoản cài trigger; nếu chưa có thư, chạy lại từ menu và chọn gửi lại.',
  noRecipientsTodo: 'Điền email vào tab «Cấu hình», rồi chạy lại từ menu.',
  deferred: (n: number) => `Còn ${n} thư chưa gửi vì giới hạn thời gian một lần chạy: sẽ gửi tiếp sau ít phút.`,

  triggersTitle: 'Danh sách trigger',
  triggerMonthly: (hour: string) => `Tổng hợp tháng: ngày 1 hằng tháng, khoảng ${hour} giờ`,
  triggerWeekly: (hour: string) => `Bản tin tuần: thứ Hai hằng tuần, khoảng ${hour} giờ`,
  triggerFormSubmit: 'Nhận biểu mẫu: mỗi lần có người gửi',
  triggerFollowUp: 'Gửi tiếp thư còn lại: một lần, sắp chạy',
  triggerOther: (handler: string, type: string) => `${handler} (${type})`,
  noTriggers: 'Chưa có trigger nào: hãy chạy Thiết lập.',
  triggersHint: 'Giờ chạy lấy từ tab «Cấu hình»; đổi giờ rồi chạy Thiết lập để cài lại. Giờ Việt Nam.',
  setupTriggers: (monthlyHour: number, weeklyHour: number) =>
    `Trigger báo cáo đã cài: tổng hợp tháng ngày 1 lúc ${monthlyHour} giờ, bản tin tuần thứ Hai lúc ${weeklyHour} giờ.`,
} as const;
