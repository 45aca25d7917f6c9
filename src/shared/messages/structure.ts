// The structure check (gas/structure.ts): a tab's header row against the add-on's schema of it. Columns are letters.

export const missing = (header: string, column: string) => `thiếu cột «${header}» (đáng lẽ ở cột ${column})`;
export const moved = (header: string, from: string, to: string) =>
  `cột «${header}» bị chuyển từ cột ${from} sang cột ${to}`;
export const renamed = (header: string, found: string, column: string) =>
  `cột ${column} phải có tiêu đề «${header}» nhưng đang là «${found}»`;
export const extra = (header: string, column: string) => `cột lạ «${header}» ở cột ${column}`;
export const tab = (name: string, problems: readonly string[]) => `Tab «${name}»: ${problems.join('; ')}.`;
export const setup =
  'Hàng tiêu đề các tab dưới đây không khớp cấu trúc tiện ích đọc, ghi: hãy trả tiêu đề và thứ tự cột về như cũ.';
export const probeLabel = 'Hàng tiêu đề các tab của tiện ích';
export const probeExpected = 'mỗi tab đã có: đủ cột, đúng tên, đúng thứ tự';
export const matches = (name: string) => `${name}: khớp`;
export const absent = (name: string) => `${name}: chưa có`;
export const folded = (name: string, headers: readonly string[]) =>
  `«${name}»: đã gộp các cột cũ «${headers.join('», «')}» (không mất giá trị).`;
export const foldTooBig = (names: readonly string[]) =>
  `«${names.join('», «')}» còn bố cục cũ, quá lớn để chuyển ngay: hãy «Lưu trữ năm…» rồi chạy lại Thiết lập.`;
export const foldBroken = (name: string, headers: readonly string[]) =>
  `«${name}»: thiếu cột cũ trong «${headers.join('», «')}»: hãy khôi phục bản trước rồi chạy lại Thiết lập.`;
export const foldArchiveBusy = 'Lưu trữ năm đang chạy dở: hãy chạy lại Thiết lập sau.';
