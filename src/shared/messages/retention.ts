// Retention (app/retention.ts): what the daily run clears, as its «Nhật ký» line says.

export const action = 'xoá theo thời hạn lưu';
export const cleared = (rows: number, what: string, days: number) => `${rows} dòng: ${what} quá ${days} ngày`;
export const what = {
  raw: 'câu trả lời gốc',
  mail: 'nội dung thư',
  audit: 'giá trị trước/sau',
  notices: 'thư báo đơn vị (xoá cả dòng)',
} as const;
export const system = '(tiện ích)';
