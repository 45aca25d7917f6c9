// A hand edit of «Việc tốt» the add-on could not send back to review, or could not read.

export const unknownUser = '(không rõ)';
export const manyCells = '(nhiều ô)';
export const job = 'Sửa tay trong Sheet';
export const busy = (cells: string, who: string) =>
  `Sheet đang bận nên việc tốt ở ô ${cells} ${who} vừa sửa tay chưa được đưa về «Cần duyệt lại».`;
export const busyTodo =
  'Mở các việc tốt đó trong bảng duyệt: việc đã duyệt hoặc đề xuất khen cần xem lại nội dung vừa sửa.';
export const unread = (id: string, column: string, parts: string) =>
  `Việc tốt ${id}: ô «${column}» vừa sửa tay có «${parts}», không phải khen thưởng, tuyên truyền nào: không tính.`;
