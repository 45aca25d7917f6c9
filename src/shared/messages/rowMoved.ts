// Writes that find their row again right before writing (outbox, archive): a person sorted or deleted rows meanwhile.

export const outboxJob = 'Hộp thư đi';
export const outboxLost = (key: string, row: number, status: string) =>
  `Không tìm lại được dòng thư «${key}» (dòng ${row} lúc đầu) trong «Hộp thư đi»: dòng bị xoá, sửa hoặc sắp xếp lúc gửi. Trạng thái «${status}» chưa ghi.`;
export const outboxTodo =
  'Tìm dòng thư đó trong «Hộp thư đi»: «Đang gửi» thì thư có thể đã đi, đừng gửi lại; «Chờ gửi» thì lần sau sẽ gửi. Đừng xoá, sửa, sắp xếp dòng của tab này.';
export const archiveChanged = (tab: string, year: number, rows: string, url: string) =>
  `Dòng ở «${tab}» bị xoá, chèn hoặc sắp xếp lúc lưu trữ năm ${year} (${rows}) nên không xoá dòng nào khỏi «${tab}». Đã chép sang: ${url}`;
export const archiveRow = (row: number, was: string, now: string) => `dòng ${row}: ${now || '(trống)'} thay vì ${was}`;
export const archiveTodo = 'Chạy lại «Lưu trữ năm…» cùng năm để làm tiếp (việc chưa chuyển vẫn ở «Việc tốt»).';
