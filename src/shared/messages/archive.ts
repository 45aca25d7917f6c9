// The yearly archive (menu «Lưu trữ năm…») and the Sheet's capacity warning.
import { viNumber } from '#shared/number';

export const menu = 'Lưu trữ năm…';
export const capacityJob = 'Dung lượng Sheet';
export const ask = (year: number) => `Năm đã kết thúc cần lưu trữ (ví dụ ${year}):`;
export const adminsOnly = 'Chỉ người có email ở «Email quản trị» (tab «Cấu hình») được lưu trữ.';
export const openYear = (year: number) => `Chỉ lưu trữ được năm đã kết thúc (trước ${year}) và từ 2017.`;
export const nothing = (year: number) => `Không có việc tốt nào của năm ${year} trong tab «Việc tốt».`;
export const title = (org: string, year: number) => `Lưu trữ việc tốt năm ${year}${org ? ` — ${org}` : ''}`;
export const auditColumn = (year: number) => `Lưu trữ năm ${year}`;
export const done = (year: number, moved: number, kept: number, url: string) =>
  `Đã chuyển ${viNumber(moved)} việc tốt năm ${year}, cùng nhật ký và bản sao các tab tổng hợp, sang:\n${url}\n\nCòn lại ${viNumber(kept)} việc tốt ở «Việc tốt».`;
export const failed = (error: string) => `Lưu trữ không thành công (${error}). Việc chưa chuyển vẫn ở tab «Việc tốt».`;
export const going = (year: number, moved: number) =>
  `Đã chuyển ${moved} việc tốt năm ${year}; phần còn lại chạy tiếp, xong sẽ có email.`;
export const nearlyFull = (c: { share: number; deedsLeft: number }) =>
  `Bảng tính đã dùng ${Math.round(c.share * 100)} % giới hạn 10 triệu ô; còn chỗ cho khoảng ${viNumber(c.deedsLeft)} việc tốt.`;
export const archiveTodo = 'Dùng menu Việc tốt → «Lưu trữ năm…» để chuyển năm đã qua sang bảng tính lưu trữ.';
