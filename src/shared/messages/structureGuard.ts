// A tab whose columns a person changed (app/structureGuard.ts): nothing is read or written by position.

export const job = 'Cấu trúc tab';
export const refused = (what: string) =>
  `${what} Tiện ích không đọc, ghi tab này theo vị trí cột cho đến khi các cột trở lại như cũ.`;
export const todo =
  'Trả tiêu đề, thứ tự cột về như cũ (Hoàn tác, hoặc Tệp › Nhật ký phiên bản); cột mới đặt sau cột cuối. Bài gửi lúc này chờ ở «Chờ xử lý».';
