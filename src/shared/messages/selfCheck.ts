// «Kiểm tra hệ thống»: the admin's self-check of every kind of service call.

export const menu = 'Kiểm tra hệ thống';
export const pass = 'Đạt';
export const fail = 'Không đạt';
export const jsonLabel = 'JSON (dán vào báo lỗi):';
export const adminsOnly = 'Chỉ người có email ở «Email quản trị» (tab «Cấu hình») được chạy kiểm tra hệ thống.';
export const title = 'Kiểm tra hệ thống';
export const summary = (passed: number, total: number) =>
  passed === total
    ? `Đạt cả ${total} mục. Kết quả ở tab «Kiểm tra»; đối tượng thử đã xoá.`
    : `Đạt ${passed}/${total} mục: xem dòng «Không đạt» ở tab «Kiểm tra». Đối tượng thử đã xoá.`;
export const copyHint = 'Sao chép khối JSON dưới đây vào báo lỗi gửi nhóm phát triển:';
