// Protected tabs and the roles they vouch for (app/permissions.ts, app/roleTrust.ts).

/** Opens the description of every protection the add-on makes: how it finds its own again. */
export const marker = '[Việc tốt]';
export const description = (tab: string, audience: 'admins' | 'staff' | 'warning') =>
  audience === 'warning'
    ? `[Việc tốt] Tab «${tab}» của tiện ích: sửa được, có cảnh báo; đừng thêm, xoá, đổi tên cột.`
    : `[Việc tốt] Tab «${tab}» của tiện ích: chỉ quản trị viên${audience === 'staff' ? ', người duyệt' : ''} và tài khoản cài đặt được sửa, theo «Cấu hình» (cập nhật trong một giờ).`;
export const deedDescription =
  '[Việc tốt] Các cột của tiện ích trong «Việc tốt»: chỉ quản trị viên, người duyệt, tài khoản cài đặt được sửa; sửa việc đã duyệt thì việc đó về «Cần duyệt lại».';
export const menu = 'Cập nhật quyền';
export const title = 'Cập nhật quyền';
export const forbidden = 'Chỉ tài khoản đã cài đặt tiện ích hoặc quản trị viên trong «Cấu hình» được cập nhật quyền.';
export const confirm = (admins: readonly string[], reviewers: readonly string[]) =>
  `Các tab của tiện ích sẽ được khoá cho:\n• Quản trị viên: ${admins.join(', ') || '(chưa có)'}\n• Người duyệt: ${reviewers.join(', ') || '(chưa có)'}\n• và tài khoản cài đặt.\nKiểm tra kỹ hai danh sách: người có tên sẽ có quyền của vai trò đó.`;
export const done = 'Đã khoá lại các tab và cột của tiện ích theo danh sách trong «Cấu hình».';
export const noSettings = 'Tab «Cấu hình» có lỗi: sửa các ô được nêu rồi chạy lại «Cập nhật quyền».';
export const job = 'Quyền trong «Cấu hình»';
export const fault = {
  missing: 'Tab «Cấu hình» không còn được khoá (bảo vệ của tiện ích đã bị gỡ)',
  warningOnly: 'Bảo vệ của tab «Cấu hình» đã bị đổi thành chỉ cảnh báo',
  widened: 'Bảo vệ tab «Cấu hình» đã bị mở cho người không phải quản trị viên',
} as const;
export const refused = (fault: string) =>
  `${fault}: ai sửa được tab này cũng tự ghi mình làm người duyệt, quản trị viên được, nên tạm không công nhận ai trong hai danh sách.`;
export const refusedTodo =
  'Tài khoản cài đặt xem lại hai danh sách email ở «Cấu hình», rồi chạy «Việc tốt › Cập nhật quyền».';
export const syncFailed = (error: string) => `Không cập nhật được bảo vệ các tab theo «Cấu hình»: ${error}`;
export const deferredJob = 'Ghi thay';
export const deferredLost = (n: number) =>
  `${n} dòng «Nhật ký»/«Sự cố» của người không có quyền ghi các tab này bị bỏ vì hàng đợi ghi thay đã đầy.`;
export const deferredLostTodo = 'Xem Tệp › Nhật ký phiên bản để biết ai đã sửa gì trong thời gian đó.';
export const handEditBlocked = (id: string, who: string, undone: boolean) =>
  `${who} sửa tay việc tốt ${id} (đã duyệt) nhưng không có quyền ghi cột trạng thái, nên việc không về «Cần duyệt lại»: ${undone ? 'ô đã trả lại giá trị cũ' : 'nội dung dán vào vẫn còn'}.`;
export const handEditBlockedTodo = 'Người duyệt mở việc tốt này, xem nội dung bị sửa (tab «Nhật ký») rồi duyệt lại.';
export const keyLost = (rows: string) => `«Mã» ở dòng ${rows} của «Việc tốt» bị dán đè, không tìm lại được.`;
export const keyLostTodo = 'Hoàn tác (Ctrl+Z) hoặc khôi phục từ Lịch sử phiên bản.';
