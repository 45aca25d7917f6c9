// Who may act (granular consent, the installation's owner) and the retry of «Chờ xử lý».

const NOT_GRANTED = 'Tài khoản của bạn chưa cấp đủ quyền cho tiện ích';
const GRANT_ALL = 'cấp tất cả các quyền được hỏi';
export const consentTitle = 'Cần cấp quyền';
export const consentMenu = (url: string) =>
  `${NOT_GRANTED} nên chưa làm gì. Hãy mở đường dẫn sau, ${GRANT_ALL}, rồi chọn lại mục này:\n${url}`;
export const consentSidebar = (url: string) =>
  `${NOT_GRANTED} nên chưa làm gì. Hãy mở ${url}, ${GRANT_ALL}, rồi mở lại bảng duyệt.`;
export const consentJob = 'Trigger tự động';
export const consentProblem = (handler: string) =>
  `Trigger «${handler}» đã dừng trước khi làm gì: tài khoản chủ trigger chưa cấp đủ quyền cho tiện ích.`;
export const consentTodo = (url: string) =>
  `Người đã chạy «Thiết lập» hãy mở ${url} và ${GRANT_ALL}. Bài gửi chưa ghi vẫn ở biểu mẫu, sẽ được ghi lần quét sau.`;
export const callerJob = 'Gọi hàm trigger không qua trigger';
export const callerProblem = (handler: string, caller: string) =>
  `Hàm «${handler}» được gọi không qua trigger của nó (người gọi: ${caller || 'không rõ'}): đã từ chối.`;
export const callerTodo =
  'Hàm này chỉ chạy từ trigger «Thiết lập» cài. Nếu không ai cố ý chạy, hãy xem lại ai có quyền sửa Sheet.';
export const callerRefused = 'Hàm này chỉ chạy từ trigger của tiện ích: lời gọi bị từ chối.';
export const setupOwnedBy = (owner: string) =>
  `Hệ thống ở Sheet này do ${owner} cài (biểu mẫu, trigger). Thiết lập bằng tài khoản bạn sẽ tạo biểu mẫu và trigger thứ hai (thư gửi hai lần) nên đã dừng, chưa đổi gì. Hãy nhờ ${owner} chạy «Thiết lập».`;
export const setupFormUnavailable = (error: string) =>
  `Không mở được biểu mẫu hiện có (${error}). Thiết lập đã dừng, không tạo biểu mẫu mới. Chạy lại sau ít phút; nếu vẫn lỗi, xem biểu mẫu còn không và bạn có quyền sửa không.`;
export const retryJob = 'Ghi lại bài chờ xử lý';
/** Starts column C («Lý do chờ») of a «Chờ xử lý» row the retry has set aside: it is not retried again. */
export const setAsideMark = 'ĐỂ RIÊNG';
export const setAside = 'ĐỂ RIÊNG — dữ liệu không đọc được (bị cắt, sửa hoặc xóa): không tự ghi lại.';
export const setAsideProblem = (row: number) =>
  `Dòng ${row} của «Chờ xử lý» có dữ liệu hỏng nên không ghi lại được; các bài khác vẫn được ghi.`;
export const setAsideTodo =
  'Đối chiếu câu trả lời gốc của biểu mẫu, nhập lại bài (hoặc nhờ đơn vị gửi lại), rồi xóa dòng đó khỏi «Chờ xử lý».';
export const retryStuck = (attempts: number) =>
  `Bài gửi trong «Chờ xử lý» chưa ghi được sau ${attempts} lần thử (Sheet bận hoặc lỗi).`;
export const retryStuckTodo = 'Hệ thống tự thử lại, thưa dần tới mỗi giờ. Nếu kéo dài, xem Sheet rồi báo quản trị.';
