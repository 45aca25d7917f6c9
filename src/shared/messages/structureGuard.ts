// A tab whose columns a person changed (app/structureGuard.ts): nothing is read or written by position.

export const job = 'Cấu trúc tab';
export const refused = (what: string) =>
  `${what} Tiện ích không đọc, không ghi tab này theo vị trí cột cho đến khi các cột trở lại như cũ.`;
export const todo =
  'Trả tiêu đề và thứ tự cột về như cũ (Hoàn tác, hoặc Tệp › Nhật ký phiên bản); cột mới thì đặt bên phải cột cuối. Bài gửi trong lúc này chờ ở «Chờ xử lý».';
