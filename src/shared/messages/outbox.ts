// «Hộp thư đi»: each kind of message and each status as the tab shows them.

export const kind = {
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
} as const;
export const status = {
  queued: 'Chờ gửi',
  sending: 'Đang gửi',
  sent: 'Đã gửi',
  unsent: 'Chưa gửi: hết hạn mức',
  failed: 'Lỗi',
  duplicate: 'Bỏ qua: trùng khoá đã gửi',
  held: 'Không gửi: quá giới hạn thư từ biểu mẫu',
  refused: 'Từ chối: không phải thư tiện ích xếp',
} as const;
export const resend = 'Gửi lại theo yêu cầu';
export const unattached = (reason: string) => `Gửi không kèm tệp PDF: ${reason}`;
export const trigger = (hour: number) => `Gửi thư đang chờ: mỗi ngày, ${hour} giờ`;
