// The weekly media pack (src/domain/mediaPack.ts): text read aloud on local radio and at the flag ceremony,
// so plain spoken Vietnamese — no codes, dates as "ngày 24 tháng 11", small numbers in words.
import { viNumber } from '#shared/number';
import { CAMPAIGN } from '#shared/codes';

export const heading = (days: string) => `Chuyên mục «${CAMPAIGN}» — tuần ${days}`;
export const opening = (organisation: string, days: string, count: string) =>
  `Kính thưa quý vị thính giả! Hưởng ứng phong trào «${CAMPAIGN}»${organisation ? ` của ${organisation}` : ''}, chuyên mục tuần này, ${days}, xin giới thiệu cùng quý vị ${count} mô hình hay, việc làm tốt ở cơ sở.`;
export const closing = `Kính thưa quý vị! Những việc làm tuy nhỏ nhưng giàu ý nghĩa ấy là tấm gương để mỗi chúng ta học tập và làm theo. Mong rằng mỗi cán bộ, đảng viên và người dân sẽ cùng hưởng ứng phong trào «${CAMPAIGN}», để tuần nào cũng có thêm những việc làm tốt. Chuyên mục đến đây xin tạm dừng. Cảm ơn quý vị đã lắng nghe và hẹn gặp lại vào tuần sau.`;
export const transition = { first: 'Trước hết', next: 'Tiếp theo', last: 'Cuối cùng' } as const;
export const day = (day: number, month: number, year?: number) =>
  `ngày ${day} tháng ${month}${year === undefined ? '' : ` năm ${year}`}`;
export const dayOnly = (day: number) => `ngày ${day}`;
export const range = (from: string, to: string) => `từ ${from} đến ${to}`;
export const since = (month: number, year?: number) =>
  `từ tháng ${month}${year === undefined ? '' : ` năm ${year}`} đến nay`;
export const number = (n: number) =>
  ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'][n] ?? viNumber(n);
export const someone = 'một đơn vị';
export const of = (unit: string) => `thuộc ${unit}`;
export const collective = (name: string, unit: string) => `${name} thuộc ${unit}`;
export const did = (who: string, where: string, what: string) =>
  `${who} đã có ${what ? '' : 'một '}việc làm tốt${where ? ` tại ${where}` : ''}${what ? `: ${what}` : ''}`;
export const helped = (who: string) => `Việc làm ấy đã giúp đỡ ${who}`;
export const fieldLine = (field: string) =>
  `Đây là một việc làm tốt${field ? ` trong lĩnh vực ${field},` : ''} thuộc phong trào «${CAMPAIGN}»`;
/** The campaign's fields as one says them (DOMAIN.md); "khác" says none. */
export const fields = {
  thu_tuc_hanh_chinh: 'cải cách thủ tục hành chính, tạo thuận lợi cho Nhân dân',
  an_sinh_xa_hoi: 'chăm lo gia đình chính sách, hộ nghèo và người khó khăn',
  trat_tu_do_thi: 'lập lại trật tự lòng đường, lề đường',
  nuoc_sach_moi_truong: 'nước sạch và vệ sinh môi trường',
  kinh_te_giam_ngheo: 'giúp nhau phát triển kinh tế, thoát nghèo',
  nong_thon_moi_van_minh: 'xây dựng nông thôn mới, đô thị văn minh',
  an_ninh_trat_tu: 'giữ gìn an ninh, trật tự an toàn xã hội',
  hoa_giai: 'hòa giải ở cơ sở',
  trach_nhiem_cong_vu: 'nâng cao trách nhiệm, thái độ phục vụ Nhân dân',
  dan_chu_co_so: 'thực hiện dân chủ ở cơ sở',
  giao_duc_dao_tao: 'giáo dục và đào tạo',
  y_te_cham_soc: 'chăm sóc sức khỏe Nhân dân',
  cham_lo_nguoi_lao_dong: 'chăm lo cho người lao động',
  sang_kien_tiet_kiem: 'sáng kiến, tiết kiệm chi phí',
  dan_van_giam_sat: 'dân vận, giám sát và phản biện xã hội',
  xay_dung_he_thong_chinh_tri: 'xây dựng hệ thống chính trị trong sạch, vững mạnh',
  mo_hinh_nhan_rong: 'nhân rộng mô hình hay, việc làm tốt',
  liem_chinh_tu_phap: 'giữ gìn liêm chính trong điều tra, truy tố, xét xử',
  cong_an_vi_dan: 'xây dựng hình ảnh người Công an vì nước quên thân, vì dân phục vụ',
  quoc_phong_quan_su: 'quốc phòng, xây dựng lực lượng dân quân tự vệ',
  khac: '',
} as const;
// Monday's digest.
export const scriptSection = 'Kịch bản phát thanh tuần này';
export const moreStories = (n: number) => `và ${n} câu chuyện khác: thư đã quá dài để gửi hết`;
