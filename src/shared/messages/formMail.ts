// The cap on mail a form respondent can trigger (app/outbox.ts): the outbox row's note, and the day's one incident.

/** How a notice not sent ends: where the respondent's result still is. */
const RESULT_KEPT = 'Kết quả vẫn ghi ở tab «Việc tốt» hoặc «Báo cáo bị trả lại».';
export const sameRecipient = `Hôm nay đã gửi một thư tới địa chỉ này (người gửi biểu mẫu tự điền): thư này không gửi nữa. ${RESULT_KEPT}`;
export const dailyShare = (n: number) =>
  `Hôm nay đã gửi đủ ${n} thư do biểu mẫu (giới hạn mỗi ngày): thư này không gửi. ${RESULT_KEPT}`;
export const reserve = (n: number) =>
  `Hạn mức thư còn lại hôm nay phải giữ ${n} thư cho báo cáo lãnh đạo và báo sự cố: thư này chờ gửi ngày sau.`;
export const job = 'Thư báo kết quả gửi biểu mẫu';
export const reached = (n: number) =>
  `Hôm nay đã chạm giới hạn thư do biểu mẫu (${n} thư/ngày, hoặc phần giữ cho lãnh đạo, quản trị): thư báo kết quả sau đó không gửi.`;
export const reachedTodo =
  'Mọi bài gửi vẫn được lưu («Hộp thư đi», «Báo cáo bị trả lại»). Nhiều bài lạ cùng lúc: liên kết biểu mẫu có thể bị lạm dụng, cân nhắc tạm ngừng nhận trả lời.';
