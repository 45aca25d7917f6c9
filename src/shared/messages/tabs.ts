// The add-on's tabs are found by sheet id (gas/sheets.ts): a tab a person renamed or deleted, as «Sự cố» tells it.

export const job = 'Tab của tiện ích';
export const renamed = (name: string, now: string) =>
  `Tab «${name}» đã bị đổi tên thành «${now}»: tiện ích không ghi vào đó, không tạo «${name}» mới (sẽ trống), nên việc này chưa làm.`;
export const renamedTodo = (name: string, now: string) =>
  `Đổi tên tab «${now}» về «${name}». Bài gửi lúc này chờ ở «Chờ xử lý» rồi tự ghi lại; báo cáo bị dừng thì chạy lại từ menu.`;
export const renamedLine = (name: string, now: string) =>
  `Tab «${name}» đang mang tên «${now}»: hãy đổi lại đúng «${name}».`;
export const setupStop = (lines: readonly string[]) =>
  [
    'Thiết lập dừng, chưa đổi gì: các tab dưới đây của tiện ích đã bị đổi tên.',
    ...lines,
    'Đổi tên xong thì chạy lại «Thiết lập».',
  ].join('\n');
export const recreated = (name: string) =>
  `Tab «${name}» của tiện ích đã bị xoá: đã tạo lại tab mới (trống, chỉ có hàng tiêu đề).`;
export const recreatedTodo = (name: string) =>
  `Nếu tab «${name}» bị xoá nhầm, lấy lại dữ liệu qua Tệp › Nhật ký phiên bản rồi chép vào tab «${name}» mới.`;
