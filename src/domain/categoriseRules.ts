// Keyword tables for the deed categoriser: weighted Vietnamese phrases per field and each unit type's typical fields.

import type { FieldCode, UnitType } from '#shared/codes';

/**
 * Phrases per field, written with accents (that form is shown to reviewers); matching folds them.
 * Each string is `weight:phrase|phrase|…`. Weights: 5 decisive, 4 specific, 3 good, 2 suggestive, 1 weak.
 * A phrase inside a longer matched phrase does not count on its own ("giám sát" in "camera giám sát").
 */
export const FIELD_PHRASES: Record<Exclude<FieldCode, 'khac'>, readonly string[]> = {
  thu_tuc_hanh_chinh: [
    '5:thủ tục hành chính|dịch vụ công|một cửa|trước hẹn|sớm hơn hẹn|giấy hẹn|trễ hạn|tiếp nhận và trả kết quả',
    '4:hộ tịch|chứng thực|khai sinh|đăng ký kết hôn|căn cước|CCCD|VNeID|định danh điện tử|trích lục|thường trú',
    '4:giấy chứng nhận quyền sử dụng đất|sổ đỏ|giấy phép|cấp phép|đăng ký kinh doanh|bưu chính công ích',
    '4:trả kết quả|hồ sơ trực tuyến|chuyển đổi số',
    '3:hồ sơ|thủ tục|nhận hồ sơ|nộp hồ sơ|thành phần hồ sơ|biểu mẫu|giấy tờ|bưu điện',
    '2:rút ngắn thời gian|niêm yết công khai|cải cách|trực tuyến',
  ],
  an_sinh_xa_hoi: [
    '5:nhà tình thương|nhà tình nghĩa|gia đình chính sách|neo đơn|mồ côi|cơ nhỡ|bảo trợ xã hội|hiến máu',
    '5:bếp ăn từ thiện',
    '4:khuyết tật|quà Tết|phần quà|xe lăn|cô đơn|mẹ Việt Nam anh hùng|thương binh|liệt sĩ|vô gia cư|hoạn nạn',
    '4:cháy nhà|thiên tai|tiền điều trị|chi phí điều trị|viện phí',
    '3:hộ nghèo|cận nghèo|tặng quà|trao quà|từ thiện|quyên góp|mạnh thường quân|nhà hảo tâm|hoàn cảnh khó khăn',
    '3:người già|người cao tuổi|bão lũ|lũ lụt|nghĩa tình|nhân đạo|trao tặng|xây tặng|gia đình khó khăn',
    '2:khó khăn|giúp đỡ|thăm hỏi',
  ],
  trat_tu_do_thi: [
    '5:lòng lề đường|lấn chiếm lòng lề đường|lấn chiếm vỉa hè|hành lang an toàn đường bộ',
    '5:hành lang an toàn giao thông|không gian đường bộ|lộ giới|chợ tự phát|hàng rong|trật tự đô thị',
    '5:trật tự vỉa hè',
    '4:lấn chiếm|vỉa hè|lòng đường|lề đường|hành lang đường bộ|mái che|bạt che',
    '3:giải tỏa|tháo dỡ|bảng hiệu|đậu xe|buôn bán',
    '2:quảng cáo|thông thoáng|di dời',
  ],
  nuoc_sach_moi_truong: [
    '5:nước sạch|vệ sinh môi trường|thu gom rác|phân loại rác|nạo vét|nước thải|chủ nhật xanh|máy lọc nước',
    '5:xanh sạch đẹp|rác thải|chất thải|điểm đổ rác',
    '4:môi trường|kênh mương|khơi thông|ô nhiễm|cống thoát nước|đổ rác|xả rác',
    '3:rác|trồng cây|cây xanh|lọc nước|cấp nước|tái chế|phát quang|ngập úng|chống ngập',
    '2:đồng hồ nước|bụi rậm|kênh',
  ],
  kinh_te_giam_ngheo: [
    '5:chuyển đổi cơ cấu cây trồng|cơ cấu cây trồng|thoát nghèo|giảm nghèo|làm giàu|bao tiêu|VietGAP',
    '4:cây trồng|vật nuôi|con giống|bò giống|bò sinh sản|bò sữa|chăn nuôi|vốn vay|vay vốn|chuyển giao kỹ thuật',
    '4:kỹ thuật trồng|kỹ thuật chăn nuôi|khuyến nông|dạy nghề|tổ hợp tác',
    '3:phát triển kinh tế|giúp nhau|hợp tác xã|rau an toàn|trồng rau|thu nhập|tiêu thụ|thu mua|nông dân|sản xuất',
    '3:chuyển đổi|trồng lúa|lợi nhuận|không lãi|thu lãi|lãi cao',
    '2:việc làm|năng suất',
  ],
  nong_thon_moi_van_minh: [
    '5:nông thôn mới|đô thị văn minh|văn minh đô thị|gia đình văn hóa|ấp văn hóa|khu phố văn hóa|tổ nhân dân',
    '5:ngoan hiền|thảo hiền|nuôi dạy con|hiến đất|giao thông nông thôn|bê tông hóa|nếp sống văn minh',
    '4:con cháu|hiếu thảo|thành đạt|chiếu sáng|cảnh quan|chỉnh trang|đường bê tông|kiểu mẫu',
    '3:văn minh|tiêu chí|vững mạnh toàn diện|tổ dân phố|mở rộng đường|làm đường|văn hóa',
    '2:đạt chuẩn',
  ],
  an_ninh_trat_tu: [
    '5:an ninh trật tự|trật tự an toàn xã hội|an ninh chính trị|camera an ninh|tuần tra ban đêm',
    '5:phòng chống tội phạm|khu dân cư an toàn|trộm cắp|cướp giật|đánh bạc|đua xe|tổ dân phòng|bảo vệ an ninh',
    '4:tuần tra|camera|tội phạm|ma túy|bắt quả tang|dân phòng|tố giác|gây rối|vũ khí|vật liệu nổ|lừa đảo|trộm',
    '3:an ninh|đối tượng|bắt giữ|tệ nạn|tụ tập|camera giám sát',
    '2:an toàn',
  ],
  hoa_giai: [
    '5:hòa giải|hòa giải viên|tổ hòa giải|hòa giải thành|khuyên giải|dàn xếp',
    '4:tranh chấp|mâu thuẫn|ranh đất|lối đi chung|xô xát|bức xúc|ranh giới',
    '3:lối đi|thừa kế|ly hôn|hàng xóm',
    '2:đối thoại|khởi kiện|thống nhất',
  ],
  trach_nhiem_cong_vu: [
    '5:tinh thần trách nhiệm|chất lượng công việc|thái độ phục vụ|thái độ giao tiếp|mức độ hài lòng|tiếp công dân',
    '5:hách dịch|sách nhiễu|gây phiền hà|quan liêu|tận tụy|làm thêm giờ|đường dây nóng',
    '4:trách nhiệm|thái độ|niềm nở|tận tình|lịch sự|hài lòng|tiếp dân|đơn thư|phiền hà|ngoài giờ',
    '4:hoàn thành xuất sắc|ứng xử',
    '3:đúng hạn|ngày nghỉ|phản ánh|kiến nghị|giao tiếp|phục vụ|công chức|viên chức|cán bộ công chức|xuyên đêm',
    '3:xuyên trưa|trực 24/24',
    '2:nhiệm vụ|công việc',
  ],
  dan_chu_co_so: [
    '5:quy chế dân chủ|dân chủ cơ sở|dân chủ ở cơ sở|dân biết, dân bàn|ban thanh tra nhân dân',
    '5:phương pháp làm việc|quy chế chi tiêu nội bộ|chi tiêu nội bộ|công khai tài chính|hội nghị viên chức',
    '5:hội nghị cán bộ|đổi mới cách làm việc',
    '4:dân chủ|hội nghị người lao động|bình xét thi đua|quy trình làm việc|cách làm việc|hộp thư góp ý|lấy ý kiến',
    '3:công khai|đối thoại|thu chi|góp ý|họp trực tuyến|giao ban trực tuyến',
    '2:kiến nghị|tiếp thu',
  ],
  giao_duc_dao_tao: [
    '5:phương pháp giảng dạy|phương pháp dạy học|phổ cập giáo dục|xóa mù chữ|dạy kèm|phụ đạo|học sinh giỏi|bỏ học',
    '5:ôn thi|bài giảng|lớp học tình thương|khuyến học|giáo viên chủ nhiệm|STEM|dạy học|giảng dạy|giảng bài',
    '4:giáo viên|học sinh yếu|nhà trường|chủ nhiệm|dạy thêm|chấm thi|coi thi|sáng kiến kinh nghiệm|lên lớp',
    '4:kỷ cương|năm học|học viên|giáo dục',
    '3:học sinh|lớp học|trường học|tốt nghiệp|học bổng|thư viện|phụ huynh|học tập|trường tiểu học|trường mầm non',
    '3:trường THCS|trường THPT',
  ],
  y_te_cham_soc: [
    '5:khám chữa bệnh|khám bệnh|sốt xuất huyết|phòng chống dịch|lương y như từ mẫu|khám sàng lọc|tiêm chủng',
    '5:cấp thuốc|phát thuốc|lăng quăng|diệt muỗi|tay chân miệng|vắc xin|ổ dịch|chăm sóc sức khỏe|khoa khám bệnh',
    '4:bác sĩ|y bác sĩ|trạm y tế|bệnh nhân|người bệnh|dịch bệnh|sơ cứu|cấp cứu|điều dưỡng|hộ sinh|quân y',
    '4:tăng huyết áp|đái tháo đường|chữa bệnh|phòng khám',
    '3:y tế|bệnh viện|khám|điều trị|sức khỏe|bệnh|khử khuẩn|phun thuốc',
    '2:thuốc|sơ sinh',
  ],
  cham_lo_nguoi_lao_dong: [
    '5:mái ấm công đoàn|tai nạn lao động|ăn ca|suất ăn ca|nợ lương|tăng lương|bảo hộ lao động',
    '4:công đoàn|đoàn viên công đoàn|tiền lương|thưởng Tết|tăng ca|mất việc|bệnh nghề nghiệp|về quê ăn Tết',
    '4:nghỉ việc|công nhân|người lao động|trả lương|tháng lương|lương thưởng',
    '3:đóng bảo hiểm xã hội|giới thiệu việc làm|đoàn viên|lao động',
    '2:ban giám đốc|doanh nghiệp',
  ],
  sang_kien_tiet_kiem: [
    '5:sáng kiến|cải tiến kỹ thuật|tiết kiệm chi phí|hạ giá thành|giá thành|tiêu hao|điện năng|phế phẩm',
    '5:tự động hóa|thất thoát|giảm chi phí|sáng tạo kỹ thuật',
    '4:tiết kiệm|cải tiến|tiền điện|dây chuyền|nguyên liệu|nguyên vật liệu|tận dụng|tái sử dụng|chế tạo',
    '3:năng suất|chi phí|kỹ thuật',
    '2:khoa học|hiệu quả',
  ],
  dan_van_giam_sat: [
    '5:dân vận|dân vận khéo|phản biện|phản biện xã hội|góp ý dự thảo|giám sát đầu tư|dân vận chính quyền',
    '4:giám sát|vận động nhân dân|mặt trận|MTTQ|tiếp xúc cử tri|chức sắc|tín đồ|tôn giáo|tâm tư|dự thảo',
    '4:lấy ý kiến nhân dân|toàn dân đoàn kết|ban giám sát',
    '3:đồng thuận|lắng nghe|đối thoại|kiến nghị|phản ánh|lấy ý kiến|ý kiến nhân dân|góp ý',
    '2:vận động|nhân dân',
  ],
  xay_dung_he_thong_chinh_tri: [
    '5:hệ thống chính trị|trong sạch vững mạnh|hành chính hóa|sinh hoạt chi bộ|kết nạp đảng viên',
    '5:phát triển đảng viên|tổ chức cơ sở đảng|kỷ luật đảng|suy thoái|tự diễn biến|tự chuyển hóa|thành lập chi bộ',
    '4:kết nạp|đảng viên mới|quần chúng ưu tú|tự phê bình|phê bình|kiện toàn|UBKT|ủy ban kiểm tra|tinh gọn|bộ máy',
    '4:nơi cư trú|tổ chức đảng|xếp loại chất lượng|tổ chức bộ máy|chi bộ đảng',
    '3:xử lý kỷ luật|đánh giá xếp loại|tham mưu|học tập và làm theo|sinh hoạt đảng|sinh hoạt chi đoàn',
    '2:đảng viên|chi bộ|kỷ luật',
  ],
  mo_hinh_nhan_rong: [
    '5:nhân rộng mô hình|nhân rộng điển hình|người thật việc thật|mô hình hay|cách làm hay|mô hình điểm',
    '4:nhân rộng|học tập kinh nghiệm|tổng kết mô hình|biểu dương điển hình|điển hình tiên tiến',
    '3:mô hình|điển hình|lan tỏa',
  ],
  liem_chinh_tu_phap: [
    '5:liêm khiết|liêm chính|truy tố|xét xử|oan sai|bỏ lọt tội phạm|thi hành án|THADS|trợ giúp pháp lý|án phí',
    '5:kiểm sát viên|thẩm phán|đương sự|bị cáo|tranh tụng|phiên tòa|điều tra bổ sung|cơ quan điều tra|tố tụng',
    '4:vụ án|viện kiểm sát|VKSND|kiểm sát|tòa án|TAND|bào chữa|bị hại|luật sư|không nhận quà|phong bì|bản án',
    '4:cảnh sát điều tra|kết luận thanh tra',
    '3:điều tra|thanh tra|từ chối nhận|tồn đọng|pháp luật|nghiêm minh',
    '2:pháp lý|đúng pháp luật',
  ],
  cong_an_vi_dan: [
    '5:vì nước quên thân|vì dân phục vụ|vì nhân dân phục vụ|điều Bác Hồ dạy|công an nhân dân|CAND',
    '4:chiến sĩ|cán bộ chiến sĩ|đuối nước|cứu người|cứu nạn|CNCH|PCCC|chữa cháy|đám cháy|lễ tiết|tác phong',
    '4:văn hóa ứng xử|công an xã chính quy',
    '3:cảnh sát giao thông|CSGT|thượng úy|trung úy|thiếu úy|đại úy|hạ sĩ|trung sĩ|dũng cảm|cảnh sát|ứng xử',
    '3:giao tiếp|niềm nở|tận tình|lễ phép|đi lạc|tìm kiếm|thức trắng đêm',
    '2:tuần tra',
  ],
  quoc_phong_quan_su: [
    '5:dân quân tự vệ|khu vực phòng thủ|sẵn sàng chiến đấu|quốc phòng|quốc phòng toàn dân|giáo dục quốc phòng',
    '5:nhập ngũ|giao quân|giao nhận quân|tuyển quân|nghĩa vụ quân sự|dự bị động viên|hội thao quốc phòng|tân binh',
    '4:huấn luyện|diễn tập|phòng thủ|tự vệ|DQTV|bắn súng|bắn đạn thật|quân nhân',
    '3:dân quân|quân sự|lực lượng vũ trang|động viên',
    '2:trung đội|tiểu đội|chỉ huy',
  ],
};

/**
 * Names of organisations that contain a field's words ("Phòng Tài nguyên và Môi trường" is not evidence of
 * an environmental deed). They match like phrases, so the words inside them do not count, but score nothing.
 */
export const NEUTRAL_PHRASES =
  'phòng tài nguyên và môi trường|phòng lao động thương binh và xã hội|trung tâm văn hóa thể thao|' +
  'phòng văn hóa thông tin|phòng giáo dục và đào tạo|trung tâm y tế|bệnh viện đa khoa|tòa án nhân dân|' +
  'viện kiểm sát nhân dân|ban chỉ huy quân sự|quân sự huyện|ủy ban mặt trận tổ quốc|liên đoàn lao động|' +
  'hợp tác xã bò sữa|ngân hàng chính sách xã hội|đội thanh tra xây dựng|bảo hiểm xã hội huyện|gia đình quân nhân';

/** DOMAIN.md's "typical unit types", turned round: the fields each unit type usually reports. */
export const TYPICAL_FIELDS: Record<UnitType, readonly FieldCode[]> = {
  xa_thi_tran: [
    'thu_tuc_hanh_chinh',
    'trat_tu_do_thi',
    'nuoc_sach_moi_truong',
    'kinh_te_giam_ngheo',
    'nong_thon_moi_van_minh',
    'an_ninh_trat_tu',
    'hoa_giai',
  ],
  hanh_chinh: ['thu_tuc_hanh_chinh', 'trach_nhiem_cong_vu'],
  su_nghiep: ['trach_nhiem_cong_vu', 'dan_chu_co_so'],
  giao_duc: ['giao_duc_dao_tao'],
  y_te: ['y_te_cham_soc'],
  doanh_nghiep: ['cham_lo_nguoi_lao_dong', 'sang_kien_tiet_kiem'],
  dang_doan_the: ['dan_van_giam_sat', 'xay_dung_he_thong_chinh_tri', 'mo_hinh_nhan_rong'],
  noi_chinh: ['liem_chinh_tu_phap'],
  cong_an: ['an_ninh_trat_tu', 'cong_an_vi_dan'],
  quan_su: ['an_ninh_trat_tu', 'quoc_phong_quan_su'],
};
