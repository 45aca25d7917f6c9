// What each recipient of the guidance (section III) receives: src/ui/recipientMail.ts, src/app/recipients.ts.
import { CAMPAIGN } from '#shared/codes';

export const thuKhenSubject = (month: string, n: number) => `Đề nghị tặng Thư khen tháng ${month}: ${n} việc tốt`;
export const thuKhenTitle = (month: string) => `Danh sách đề nghị tặng Thư khen — tháng ${month}`;
export const thuKhenLead = (body: string, reviewing: string) =>
  `${reviewing} kính gửi ${body} danh sách việc tốt đột xuất đã được thẩm định, đề nghị tặng Thư khen.`;
export const baseSubject = (month: string, base: string) => `Tổng hợp «${CAMPAIGN}» tháng ${month} — ${base}`;
export const baseTitle = (month: string) => `Tổng hợp tháng ${month}`;
export const baseReport = 'Đoạn báo cáo (để đưa vào báo cáo tuyên giáo tháng)';
export const baseParagraph = (
  month: string,
  base: string,
  reported: number,
  units: number,
  deeds: number,
  thuKhen: number,
  giayKhen: number,
) =>
  `Trong tháng ${month}, thực hiện phong trào «${CAMPAIGN}», ${base} có ${reported}/${units} đơn vị báo cáo với ${deeds} việc tốt; đề nghị tặng Thư khen ${thuKhen} việc, Giấy khen ${giayKhen} việc.`;
export const baseHighlights = (titles: string) => `Việc tốt tiêu biểu: ${titles}.`;
export const baseProposals = (award: string, n: number) => `Đề nghị tặng ${award} (${n})`;
export const baseSilent = (n: number) => `Đơn vị chưa báo cáo (${n})`;
export const bulletinSubject = (month: string, n: number) =>
  `Bài Bản tin tháng ${month}: ${n} mô hình hay, việc làm tốt`;
export const bulletinTitle = (month: string) => `Bài cho Bản tin tháng ${month}`;
export const bulletinSection = 'Các bài viết (chỉ cần biên tập, dàn trang)';
export const radioSubject = (week: string, n: number) => `Kịch bản phát thanh ${week}: ${n} mô hình`;
export const radioTitle = (week: string) => `Kịch bản chuyên mục ${week}`;
export const radioShort = (n: number, target: number) =>
  `Tuần này mới có ${n}/${target} mô hình được chọn cho chuyên mục.`;
export const flagSubject = (week: string) => `Chuyện kể dưới cờ sáng thứ Hai — ${week}`;
export const flagTitle = (week: string) => `Chuyện kể dưới cờ — ${week}`;
export const flagLead =
  'Đề nghị đơn vị chọn kể một câu chuyện dưới đây tại buổi chào cờ đầu tuần (Hướng dẫn, mục III.3).';
export const flagPassOn = (level: string) =>
  `Thư gửi các ${level.charAt(0).toLowerCase()}${level.slice(1)}: đề nghị chuyển tiếp cho các chi bộ, đơn vị trực thuộc.`;
export const flagSection = (n: number) => `Các câu chuyện (${n})`;
export const honoursSubject = (year: number, giayKhen: number, models: number) =>
  `Đề nghị dịp 19/5/${year}: ${giayKhen} Giấy khen, ${models} gương điển hình`;
export const honoursTitle = (year: number) => `Danh sách đề nghị nhân dịp Kỷ niệm sinh nhật Bác 19/5/${year}`;
export const honoursLead = (body: string, reviewing: string) =>
  `${reviewing} kính gửi ${body} danh sách đề nghị tặng Giấy khen và tuyên dương gương điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, kèm quá trình việc tốt của từng người.`;
export const honoursGiayKhen = (n: number) => `Đề nghị tặng Giấy khen (${n})`;
export const honoursModels = (n: number) => `Đề nghị tuyên dương gương điển hình (${n})`;
export const history = (accepted: number, lines: string) => `Quá trình: ${accepted} việc tốt đã duyệt — ${lines}`;
export const thresholds = (months: number, deeds: number, top: number) =>
  `Ngưỡng do tổ chức chọn (Hướng dẫn không quy định): Giấy khen khi việc kéo dài từ ${months} tháng; gương điển hình từ ${deeds} việc tốt trong năm; tối đa ${top} gương.`;
export const more = (n: number) => `và ${n} mục khác — xem trong bảng tính`;
export const yearbookTitle = (years: string) => `Kỷ yếu «${CAMPAIGN}» ${years}`;
export const yearbookModel = 'Gương điển hình';
export const yearbookCount = (models: number, all: number) =>
  `${models} gương điển hình, ${all - models} việc tốt được chọn vào Kỷ yếu`;
export const yearbookSubject = (years: string, n: number) =>
  `Kỷ yếu ${years}: ${n} mô hình hay, việc làm tốt (tệp PDF đính kèm)`;
export const yearbookBody = (years: string, n: number, file: string) =>
  `Kỷ yếu «${CAMPAIGN}» ${years} gồm ${n} gương điển hình và việc tốt được chọn, xếp theo 5 loại hình, trong tệp đính kèm «${file}» để in.`;
export const yearbookFile = (year: number) => `Ky-yeu-${year}.pdf`;
export const yearbookMissing = (from: string, to: string) =>
  `Lưu ý: không đính kèm được tệp Kỷ yếu (PDF) vì Google không chuyển được sang PDF. Kỷ yếu gồm việc đã duyệt, làm từ ${from} đến ${to}, có «Gương điển hình» hoặc «Kỷ yếu».`;
export const job = 'Gửi phát thanh, chuyện kể dưới cờ, danh sách 19/5, Kỷ yếu';
export const storiesJob = 'Chuyện kể dưới cờ';
export const storiesNoAddress = (n: number) =>
  `${n} chuyện kể dưới cờ chưa gửi được: không đơn vị nào có email (chưa ghi là đã kể).`;
export const storiesNoAddressTodo = 'Điền email đơn vị ở tab «Đơn vị»: tuần sau sẽ gửi.';
export const jobTodo = 'Sửa theo sự cố rồi chờ lần chạy ngày mai (thư đã gửi không gửi lại).';
export const trigger = (hour: number) =>
  `Gửi kịch bản phát thanh, chuyện kể dưới cờ (cho tuần sau) và danh sách dịp 19/5: mỗi ngày, ${hour} giờ`;
