// Accepting a deed re-checks every mark it carries: what the reviewer and «Nhật ký» are told about a mark withdrawn.

/** «Nhật ký»'s action for a mark withdrawn by an accept, with the reason. */
export const audit = (reason: string) => `gỡ khi duyệt: ${reason}`;
export const notByReviewer = (recognition: string) =>
  `«${recognition}» không do người duyệt đánh dấu (sửa tay trong Sheet hoặc không có trong «Nhật ký»): đã gỡ; đánh dấu lại ở thanh bên nếu đồng ý.`;
