// What reviewers read in the sidebar when they act on a deed, and the request for information a unit receives.

export const messageNeeded = 'Hãy ghi nội dung cần đơn vị bổ sung (ít nhất 5 ký tự).';
export const reasonNeeded = 'Hãy ghi lý do từ chối (ít nhất 5 ký tự).';
export const confirmReverse =
  'Việc này đảo ngược quyết định trước (duyệt ↔ từ chối): hãy xác nhận ở bảng duyệt. Chưa đổi gì.';
export const rejectionNote = (reason: string) => `Lý do từ chối: ${reason}`;
export const titleLength = 'Tên việc tốt cần từ 5 đến 200 ký tự.';
export const manualField = (before: string, percent: number) =>
  `Người duyệt chọn lĩnh vực này (tự động phân loại trước đó: «${before}», tin cậy ${percent}%).`;
export const unknownField = 'Lĩnh vực không có trong danh sách.';
export const sameField = 'Việc tốt đã thuộc lĩnh vực này.';
export const noteTooLong = 'Ghi chú quá dài: tối đa 2.000 ký tự.';
export const badMove = (from: string, to: string) => `Không thể chuyển từ «${from}» sang «${to}».`;
export const onlyAccepted = 'Chỉ việc tốt đã duyệt mới được đề xuất khen thưởng hoặc chọn giới thiệu: hãy duyệt trước.';
export const thuKhenRule = (nature: string) => `Thư khen chỉ dành cho việc tốt đột xuất; việc này là «${nature}».`;
export const giayKhenRule = (nature: string) =>
  `Giấy khen chỉ dành cho việc tốt thường xuyên; việc này là «${nature}».`;
export const giayKhenDuration = (months: number, min: number) =>
  `Giấy khen cần việc tốt thực hiện ít nhất ${min} tháng; việc này mới ${months} tháng.`;
export const unreadDetails = (cell: string) => `(«Chi tiết» sửa tay, không đọc được:) ${cell}`;
export const badWeek = 'Tuần phát thanh phải có dạng 2026-W48.';
export const badMonth = 'Tháng bản tin phải có dạng 2026-11.';
export const forbidden = 'Bạn không có quyền duyệt: chỉ email người duyệt ở tab «Cấu hình» được thay đổi.';
export const readOnly = (email: string) =>
  email
    ? `Bạn (${email}) đang xem ở chế độ chỉ đọc: chỉ người duyệt trong tab «Cấu hình» được thay đổi.`
    : 'Không xác định được email của bạn: chế độ chỉ đọc.';
export const stale = 'Việc tốt này vừa được người khác thay đổi. Hãy tải lại xem bản mới rồi làm lại.';
export const notFound = 'Không tìm thấy việc tốt này (có thể đã bị xóa khỏi Sheet).';
export const invalid = (detail: string) => `Yêu cầu không hợp lệ: ${detail}`;
export const busy = 'Sheet đang bận (người khác đang ghi). Hãy thử lại sau ít giây.';
export const internal = 'Có lỗi khi xử lý. Hãy thử lại; nếu vẫn lỗi, báo quản trị.';
export const infoMailSubject = (title: string) => `[Việc tốt] Đề nghị bổ sung: ${title}`;
export const infoMailBody = (body: string, title: string, message: string) =>
  `Kính gửi đơn vị,\n\n${body} đề nghị bổ sung thông tin cho việc tốt «${title}»:\n\n${message}\n\nXin gửi lại biểu mẫu với thông tin bổ sung. Cảm ơn đơn vị.`;
