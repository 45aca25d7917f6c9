// The commendation ladder (src/domain/ladder.ts, src/app/ladder.ts) and the decision register (src/app/decisions.ts).

export { kind, status, dismissReasonNeeded } from './suggestion';
export const giayKhenReason = (from: string, months: number, min: number, reports: number, proposed: boolean) =>
  `Việc tốt thường xuyên từ ${from}, đã thực hiện ${months} tháng (tối thiểu ${min} tháng)` +
  (reports > 1 ? `, đã báo cáo ${reports} lần` : '') +
  (proposed ? '; đơn vị đã đề nghị Giấy khen.' : '.');
export const modelReason = (
  from: string,
  t: { accepted: number; thuKhen: number; giayKhen: number; media: number },
  proposed = false,
) =>
  [
    proposed ? 'Đơn vị đề nghị gương điển hình' : '',
    `${t.accepted} việc tốt được duyệt từ ${from}`,
    t.thuKhen > 0 ? `${t.thuKhen} Thư khen` : '',
    t.giayKhen > 0 ? `${t.giayKhen} Giấy khen` : '',
    t.media > 0 ? `${t.media} lần được giới thiệu (phát thanh, bản tin, dưới cờ, kỷ yếu)` : '',
  ]
    .filter(Boolean)
    .join(', ') + '.';
export const expired =
  'Không còn trong danh sách đề xuất khi tính lại (qua kỳ xét, bị vượt điểm, đổi trạng thái hoặc đã được khen).';
export const unmarked = 'Đề xuất lại: đã chấp nhận trước đây nhưng việc tốt không còn được đánh dấu.';
export const notFound = 'Không tìm thấy đề xuất này: hãy bấm «Làm mới».';
export const alreadyDecided = (status: string, who: string) =>
  `Đề xuất này đã được xử lý (${status}${who ? ` bởi ${who}` : ''}). Danh sách đã được tải lại.`;
export const auditAccept = 'chấp nhận đề xuất';
export const auditDismiss = 'bỏ qua đề xuất';
export const auditDecision = 'ghi quyết định';
export const suggestionColumn = 'Đề xuất khen thưởng';
export const registerColumn = 'Sổ quyết định';
export const decidedMeta = (number: string, date: string) => `đã có quyết định số ${number} ngày ${date}`;
export const decisionText = (number: string, date: string, level: string) => `Số ${number} ngày ${date}, ${level}`;
export const numberNeeded = 'Hãy ghi số quyết định (tối đa 50 ký tự).';
export const levelNeeded = 'Hãy ghi cấp quyết định (tối đa 200 ký tự).';
export const badDecisionDate = 'Ngày quyết định không hợp lệ hoặc ở tương lai.';
export const notCarrying = (recognition: string) =>
  `Việc tốt này không được đề nghị ${recognition}: hãy đánh dấu trước khi ghi quyết định.`;
export const suspended = 'Việc tốt đang chờ duyệt lại sau khi bị sửa tay: hãy duyệt lại trước khi ghi quyết định.';
export const job = 'Tính hồ sơ khen thưởng';
export const updating = 'đang cập nhật… (bấm «Làm mới» lại sau ít phút để xem bản mới)';
export const refreshTodo = 'Mở bảng duyệt, thẻ «Khen thưởng», bấm «Làm mới»; nếu vẫn lỗi, báo quản trị.';
export const historiesKept = (error: string) =>
  `Đề xuất khen thưởng, số liệu đơn vị đã cập nhật, nhưng «Hồ sơ khen thưởng» vẫn của lần tính trước: ${error}`;
export const historiesTodo =
  'Nếu Sheet gần đủ 10 triệu ô: lưu trữ năm cũ (Việc tốt › Lưu trữ năm…) hoặc xoá tab thừa, rồi bấm «Làm mới».';
export const settingsNeeded = 'Tab «Cấu hình» có lỗi: hãy sửa trước khi in (cần tên tổ chức và cấp khen).';
export const draftTitle = (recognition: string, name: string) => `Bản in ${recognition}: ${name}`;
export const draftsFile = (month: string) => `Du-thao-khen-thuong-${month}.pdf`;
export const draftsMissing =
  'Lưu ý: không đính kèm được dự thảo Thư khen, Giấy khen (PDF) vì Google không chuyển được sang PDF. Bản in ở bảng duyệt: thẻ «Khen thưởng», nút «Xem bản in».';
export const draftsNote = (count: number, total: number) =>
  count === total
    ? `Kèm theo: dự thảo ${count} Thư khen, Giấy khen (PDF) để in và trình ký.`
    : `Kèm theo: dự thảo ${count}/${total} Thư khen, Giấy khen (PDF); bản còn lại in từ bảng duyệt («Xem bản in»).`;
