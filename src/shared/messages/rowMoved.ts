// Writes that find their row again right before writing (outbox, archive): a person sorted or deleted rows meanwhile.

export const outboxJob = 'Hộp thư đi';
export const outboxLost = (key: string, row: number, status: string) =>
  `Không tìm lại được dòng thư «${key}» (dòng ${row} lúc bắt đầu) trong «Hộp thư đi»: các dòng đã bị xoá, sửa hoặc sắp xếp trong lúc gửi. Trạng thái «${status}» chưa được ghi.`;
export const outboxTodo =
  'Tìm dòng thư đó trong «Hộp thư đi»: «Đang gửi» thì thư có thể đã đi, đừng gửi lại; «Chờ gửi» thì lần sau sẽ gửi. Đừng xoá, sửa hay sắp xếp các dòng của tab này.';
export const archiveChanged = (tab: string, year: number, rows: string, url: string) =>
  `Dòng ở «${tab}» bị xoá, chèn hoặc sắp xếp trong lúc lưu trữ năm ${year} (${rows}) nên không xoá dòng nào khỏi «${tab}». Đã chép sang: ${url}`;
export const archiveRow = (row: number, was: string, now: string) => `dòng ${row}: ${now || '(trống)'} thay vì ${was}`;
export const archiveTodo =
  'Chạy lại «Lưu trữ năm…» với cùng năm để làm tiếp (việc tốt chưa chuyển vẫn ở tab «Việc tốt»).';
