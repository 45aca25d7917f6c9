// What the sidebar shows of a suggestion, as the «Đề xuất khen thưởng» tab says it (small: the sidebar imports it).

export const kind = { giay_khen: 'Giấy khen', guong_dien_hinh: 'Gương điển hình' };
export const status = {
  pending: 'Chờ xem xét',
  accepted: 'Đã chấp nhận',
  dismissed: 'Đã bỏ qua',
  expired: 'Hết hiệu lực',
};
export const minReason = 5;
export const dismissReasonNeeded = 'Hãy ghi lý do bỏ qua (ít nhất 5 ký tự).';
