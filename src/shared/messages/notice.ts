// What a unit reads after each submission (app/unitNotice.ts): received, or what to fix and the link to fix it.

export const receivedSubject = (id: string) => `[Việc tốt] Đã nhận báo cáo ${id}`;
export const received = (org: string, body: string, title: string, id: string, field: string, doneOn: string) =>
  [
    'Kính gửi đơn vị,',
    '',
    `${org} đã nhận và ghi vào sổ báo cáo việc tốt «${title}».`,
    `- Mã báo cáo: ${id}`,
    `- Lĩnh vực: ${field}`,
    `- Ngày thực hiện: ${doneOn}`,
    '',
    `${body} sẽ xem xét báo cáo; khi cần thêm thông tin sẽ gửi thư tới địa chỉ này. Khi trao đổi, xin ghi mã báo cáo.`,
  ].join('\n');
export const refusedSubject = (id: string) => `[Việc tốt] Báo cáo ${id} bị trả lại: cần sửa`;
export const refused = (org: string, title: string, reasons: readonly string[], editUrl: string) =>
  [
    'Kính gửi đơn vị,',
    '',
    `${org} đã nhận báo cáo việc tốt «${title}» nhưng chưa ghi vào sổ được vì:`,
    ...reasons.map((r) => `- ${r}`),
    '',
    editUrl
      ? `Xin mở đường dẫn sau để sửa chính báo cáo đã gửi (câu trả lời cũ vẫn còn, chỉ sửa chỗ nêu trên rồi bấm Gửi): ${editUrl}`
      : 'Xin vui lòng gửi lại biểu mẫu với thông tin đã sửa.',
    'Nội dung đã gửi vẫn được lưu. Khi báo cáo sửa được ghi nhận, đơn vị sẽ nhận thư báo.',
  ].join('\n');
export const rejectedSubject = (id: string) => `[Việc tốt] Báo cáo ${id} không được ghi nhận`;
export const rejected = (org: string, title: string, reason: string) =>
  [
    'Kính gửi đơn vị,',
    '',
    `${org} đã xem xét báo cáo việc tốt «${title}» và không ghi nhận, vì: ${reason}`,
    '',
    'Nếu thấy chưa đúng, xin trả lời thư này và ghi mã báo cáo.',
  ].join('\n');
export const updatedSubject = (id: string) => `[Việc tốt] Đã cập nhật báo cáo ${id}`;
export const updated = (org: string, title: string, id: string, field: string, doneOn: string, reReview: boolean) =>
  `Kính gửi đơn vị,\n\n${org} đã cập nhật báo cáo ${id} «${title}» theo bản đơn vị sửa (lĩnh vực: ${field}; ngày thực hiện: ${doneOn}).${reReview ? ' Báo cáo đã duyệt nên sẽ được duyệt lại.' : ''}`;
/** Who changed a deed through the form's edit link, as «Nhật ký» records it. */
export const editedBy = 'Đơn vị (sửa qua biểu mẫu)';
/** The refused row's status once the same response, edited, or the same deed sent again, is recorded. */
export const fixed = (id: string) => `Đã sửa: ghi nhận ${id}`;
export const untitled = '(chưa có tên)';
