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
