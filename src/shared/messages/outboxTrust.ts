// Outbox rows the add-on did not queue, or that were changed after (app/outbox.ts verifies each one's signature).

export const job = 'Hộp thư đi: thư không hợp lệ';
export const problem = (key: string, to: string) =>
  `Dòng thư «${key}» gửi ${to} trong «Hộp thư đi» không có chữ ký của tiện ích hoặc bị sửa sau khi xếp: thư không gửi.`;
export const todo =
  'Xem ai đã ghi, sửa dòng này (Tệp › Nhật ký phiên bản); thư thật thì tạo lại từ menu hoặc thanh bên.';
