// What people read of the form's checks, the menu, set-up and the settings' errors (one export per message, so the build drops the unused and shortens the names).
import { viNumber } from '#shared/number';

export const required = (label: string) => `Chưa trả lời câu «${label}».`;
export const tooShort = (label: string, min: number) => `«${label}» quá ngắn: cần ít nhất ${min} ký tự.`;
export const tooLong = (label: string, max: number) => `«${label}» quá dài: tối đa ${viNumber(max)} ký tự.`;
export const notAChoice = (label: string, choices: readonly string[]) =>
  `«${label}» phải là một trong các lựa chọn: ${choices.join('; ')}.`;
export const badDate = (label: string) => `«${label}» không phải ngày hợp lệ (dạng ngày/tháng/năm, ví dụ 27/11/2026).`;
export const futureDate = (day: string) => `Ngày thực hiện (${day}) ở tương lai: hãy kiểm tra lại ngày.`;
export const tooOldDate = 'Ngày thực hiện trước năm 2017 (trước phong trào): hãy kiểm tra lại năm.';
export const startDateNeeded = 'Việc tốt thường xuyên cần «Ngày bắt đầu».';
export const startAfterDone = '«Ngày bắt đầu» phải trước hoặc bằng «Ngày thực hiện».';
export const thuKhenNeedsDotXuat = 'Thư khen chỉ cho việc tốt đột xuất; việc thường xuyên hãy đề nghị Giấy khen.';
export const giayKhenNeedsThuongXuyen = 'Giấy khen chỉ cho việc tốt thường xuyên (làm trong thời gian dài).';
export const badLink = '«Đường dẫn hình ảnh, minh chứng» phải bắt đầu bằng http:// hoặc https://.';
export const badEmail = '«Email liên hệ» không đúng dạng (ví dụ: chibo@example.org).';
export const badPhone = '«Số điện thoại liên hệ» không đúng dạng (ví dụ: 0912 345 678).';
export const unknownUnit = (name: string) =>
  `Không tìm thấy đơn vị «${name}» trong danh sách: hãy chọn đúng tên đơn vị.`;
export const inactiveUnit = (name: string) => `Đơn vị «${name}» đã ngừng hoạt động: hãy liên hệ Ban Tuyên giáo.`;
export const queued =
  'Sheet đang bận hoặc lỗi tạm thời: bài gửi đã lưu nguyên vẹn ở «Chờ xử lý», sẽ tự ghi lại sau ít phút.';
export const lockBusy = (kind: 'document' | 'script') =>
  `Sheet đang bận: ${kind === 'document' ? 'khoá tài liệu' : 'khoá script'} bị lần chạy khác giữ quá lâu, chưa làm gì.`;
export const emptyEvent = 'Sự kiện gửi biểu mẫu không có câu trả lời (trigger chạy lặp): bỏ qua.';
export const truncated = (n: number) => `… [đã cắt: văn bản dài ${viNumber(n)} ký tự, bản đầy đủ ở tab «Văn bản dài»]`;
export const menu = {
  title: 'Việc tốt',
  setup: 'Thiết lập',
  review: 'Mở bảng duyệt',
  reviewTitle: 'Duyệt việc tốt',
} as const;
export const setupDone = (formUrl: string, units: number) =>
  `Đã thiết lập xong: biểu mẫu ${formUrl}, ${units} đơn vị, trigger nhận biểu mẫu đã cài.`;
export const setupTitle = 'Thiết lập';
export const setupToFix = 'Cần sửa:';
export const setupUnlinked = (tabs: readonly string[]) =>
  `Biểu mẫu thôi chép câu trả lời vào ${tabs.map((t) => `«${t}»`).join(', ')} (vẫn ở biểu mẫu và «Việc tốt»): xoá tab đó khi không cần để Sheet còn chỗ.`;
export const setupWaiting = (noUnits: boolean, names: readonly string[]) =>
  [
    'Đã tạo các tab, chưa tạo biểu mẫu và trigger.',
    noUnits
      ? 'Tab «Đơn vị» chưa có đơn vị đang hoạt động: hãy nhập các đơn vị (mỗi dòng một đơn vị: mã, tên, loại hình, trực thuộc, email).'
      : '',
    names.length > 0
      ? `Tab «Cấu hình» chưa có tên của tổ chức (dùng trong thư, phát thanh, Thư khen, Giấy khen): hãy điền ${names.map((n) => `«${n}»`).join(', ')}.`
      : '',
    'Rồi chạy lại Thiết lập.',
  ]
    .filter(Boolean)
    .join(' ');
export const setupBusy =
  'Sheet đang bận (ghi bài gửi hoặc người khác đang thiết lập). Chưa đổi gì: hãy chạy lại Thiết lập sau ít phút.';
export const setupFailed = (error: string) =>
  `Thiết lập chưa xong (${error}). Tab và câu trả lời đã có vẫn nguyên: hãy chạy lại Thiết lập; nếu vẫn lỗi, báo quản trị.`;
export const settingsError = (cell: string, problem: string) => `Cấu hình sai ở ô ${cell}: ${problem}`;
export const registryError = (cell: string, problem: string) => `Danh sách đơn vị sai ở ô ${cell}: ${problem}`;
