// The duplicate check of a new deed against those already received.

export const job = 'Kiểm tra trùng lặp';
export const indexFailed = (error: string) =>
  `Không đọc/ghi được chỉ mục trùng lặp (${error}): việc tốt vẫn được ghi nhưng chưa so với các việc đã nhận.`;
export const indexTodo =
  'Nếu bảng tính gần đầy 10 triệu ô, hãy lưu trữ năm cũ (Việc tốt › Lưu trữ năm…); nếu không, lỗi thường tự hết lần gửi sau.';
export const sameReason = (id: string) => `Trùng với việc tốt ${id} đã nhận trước`;
export const notMarked = 'Việc tốt này không có dấu «Có thể trùng».';
