// «Kiểm tra hệ thống»: the admin's self-check of every kind of service call.

export const menu = 'Kiểm tra hệ thống';
export const pass = 'Đạt';
export const fail = 'Không đạt';
export const jsonLabel = 'JSON (dán vào báo lỗi):';
export const adminsOnly =
  'Chỉ người có email trong mục «Email quản trị» của tab «Cấu hình» mới được chạy kiểm tra hệ thống.';
export const title = 'Kiểm tra hệ thống';
export const summary = (passed: number, total: number) =>
  passed === total
    ? `Đạt cả ${total} mục. Kết quả ở tab «Kiểm tra»; các đối tượng thử đã được xoá.`
    : `Đạt ${passed}/${total} mục: xem các dòng «Không đạt» ở tab «Kiểm tra». Các đối tượng thử đã được xoá.`;
export const copyHint = 'Sao chép khối JSON dưới đây vào báo lỗi gửi nhóm phát triển:';
