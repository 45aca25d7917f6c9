// Who may act (granular consent, the installation's owner) and the retry of «Chờ xử lý».

const NOT_GRANTED = 'Tài khoản của bạn chưa cấp đủ quyền cho tiện ích';
const GRANT_ALL = 'cấp tất cả các quyền được hỏi';
export const consentTitle = 'Cần cấp quyền';
export const consentMenu = (url: string) =>
  `${NOT_GRANTED}, nên chưa làm gì cả. Hãy mở đường dẫn sau, ${GRANT_ALL}, rồi chọn lại mục này:\n${url}`;
export const consentSidebar = (url: string) =>
  `${NOT_GRANTED} nên chưa làm gì. Hãy mở ${url}, ${GRANT_ALL}, rồi mở lại bảng duyệt.`;
export const consentJob = 'Trigger tự động';
export const consentProblem = (handler: string) =>
  `Trigger «${handler}» đã dừng trước khi làm gì: tài khoản sở hữu trigger chưa cấp đủ quyền cho tiện ích.`;
export const consentTodo = (url: string) =>
  `Người đã chạy «Thiết lập» hãy mở ${url} và ${GRANT_ALL}. Bài gửi chưa ghi vẫn còn trong biểu mẫu và sẽ được ghi ở lần quét sau.`;
export const callerJob = 'Gọi hàm trigger không qua trigger';
export const callerProblem = (handler: string, caller: string) =>
  `Hàm «${handler}» được gọi không qua trigger của nó (người gọi: ${caller || 'không rõ'}), nên đã bị từ chối.`;
export const callerTodo =
  'Hàm này chỉ chạy từ trigger do «Thiết lập» cài. Nếu không ai cố ý chạy nó, hãy xem lại danh sách người có quyền sửa Sheet.';
export const callerRefused = 'Hàm này chỉ chạy từ trigger của tiện ích, nên lời gọi đã bị từ chối.';
export const setupOwnedBy = (owner: string) =>
  `Hệ thống ở Sheet này do ${owner} cài đặt (biểu mẫu, trigger). Thiết lập bằng tài khoản của bạn sẽ tạo biểu mẫu và bộ trigger thứ hai (email gửi hai lần), nên đã dừng, chưa thay đổi gì. Hãy nhờ ${owner} chạy «Thiết lập».`;
export const setupFormUnavailable = (error: string) =>
  `Không mở được biểu mẫu hiện có (${error}). Thiết lập đã dừng, không tạo biểu mẫu mới. Chạy lại sau ít phút; nếu vẫn lỗi, kiểm tra biểu mẫu còn đó và bạn có quyền sửa nó.`;
export const retryJob = 'Ghi lại bài chờ xử lý';
/** Starts column C («Lý do chờ») of a «Chờ xử lý» row the retry has set aside: it is not retried again. */
export const setAsideMark = 'ĐỂ RIÊNG';
export const setAside = 'ĐỂ RIÊNG — dữ liệu không đọc được (bị cắt, sửa hoặc xóa): không tự ghi lại.';
export const setAsideProblem = (row: number) =>
  `Dòng ${row} của tab «Chờ xử lý» có dữ liệu hỏng nên không ghi lại được; các bài khác vẫn được ghi.`;
export const setAsideTodo =
  'Đối chiếu với câu trả lời gốc của biểu mẫu, nhập lại bài này (hoặc nhờ đơn vị gửi lại), rồi xóa dòng đó khỏi «Chờ xử lý».';
export const retryStuck = (attempts: number) =>
  `Các bài gửi trong «Chờ xử lý» vẫn chưa ghi được sau ${attempts} lần thử (Sheet bận hoặc lỗi).`;
export const retryStuckTodo =
  'Hệ thống tự thử lại, thưa dần tới mỗi giờ một lần. Nếu kéo dài, kiểm tra Sheet rồi báo quản trị.';
