// Keyword table for the deed categoriser: weighted Vietnamese phrases per field, and organisations' names that score nothing.

import type { FieldCode } from '#shared/codes';

/**
 * Phrases per field, written folded (no accents, lower case: the bundle carries fewer bytes); reviewers are shown
 * the words as the deed typed them.
 * Each string is `weight:phrase|phrase|…`. Weights: 5 decisive, 4 specific, 3 good, 2 suggestive, 1 weak.
 * A phrase inside a longer matched phrase does not count on its own ("giám sát" in "camera giám sát").
 */
export const FIELD_PHRASES: Record<Exclude<FieldCode, 'khac'>, readonly string[]> = {
  thu_tuc_hanh_chinh: [
    '5:thu tuc hanh chinh|dich vu cong|mot cua|truoc hen|som hon hen|giay hen|tre han|tiep nhan va tra ket qua',
    '4:ho tich|chung thuc|khai sinh|dang ky ket hon|can cuoc|cccd|vneid|dinh danh dien tu|trich luc|thuong tru',
    '4:giay chung nhan quyen su dung dat|so do|giay phep|cap phep|dang ky kinh doanh|buu chinh cong ich',
    '4:tra ket qua|ho so truc tuyen|chuyen doi so',
    '3:ho so|thu tuc|nhan ho so|nop ho so|thanh phan ho so|bieu mau|giay to|buu dien',
    '2:rut ngan thoi gian|niem yet cong khai|cai cach|truc tuyen',
  ],
  an_sinh_xa_hoi: [
    '5:nha tinh thuong|nha tinh nghia|gia dinh chinh sach|neo don|mo coi|co nho|bao tro xa hoi|hien mau',
    '5:bep an tu thien',
    '4:khuyet tat|qua tet|phan qua|xe lan|co don|me viet nam anh hung|thuong binh|liet si|vo gia cu|hoan nan',
    '4:chay nha|thien tai|tien dieu tri|chi phi dieu tri|vien phi',
    '3:ho ngheo|can ngheo|tang qua|trao qua|tu thien|quyen gop|manh thuong quan|nha hao tam|hoan canh kho khan',
    '3:nguoi gia|nguoi cao tuoi|bao lu|lu lut|nghia tinh|nhan dao|trao tang|xay tang|gia dinh kho khan',
    '2:kho khan|giup do|tham hoi',
  ],
  trat_tu_do_thi: [
    '5:long le duong|lan chiem long le duong|lan chiem via he|hanh lang an toan duong bo',
    '5:hanh lang an toan giao thong|khong gian duong bo|lo gioi|cho tu phat|hang rong|trat tu do thi',
    '5:trat tu via he',
    '4:lan chiem|via he|long duong|le duong|hanh lang duong bo|mai che|bat che|phan luong giao thong|phan luong',
    '3:giai toa|thao do|bang hieu|dau xe|buon ban',
    '2:quang cao|thong thoang|di doi',
  ],
  nuoc_sach_moi_truong: [
    '5:nuoc sach|ve sinh moi truong|thu gom rac|phan loai rac|nao vet|nuoc thai|chu nhat xanh|may loc nuoc',
    '5:xanh sach dep|rac thai|chat thai|diem do rac',
    '4:moi truong|kenh muong|khoi thong|o nhiem|cong thoat nuoc|do rac|xa rac',
    '3:rac|trong cay|cay xanh|loc nuoc|cap nuoc|tai che|phat quang|ngap ung|chong ngap',
    '2:dong ho nuoc|bui ram|kenh',
  ],
  kinh_te_giam_ngheo: [
    '5:chuyen doi co cau cay trong|co cau cay trong|thoat ngheo|giam ngheo|lam giau|bao tieu|vietgap',
    '4:cay trong|vat nuoi|con giong|bo giong|bo sinh san|bo sua|chan nuoi|von vay|vay von|chuyen giao ky thuat',
    '4:ky thuat trong|ky thuat chan nuoi|khuyen nong|day nghe|to hop tac',
    '3:phat trien kinh te|giup nhau|hop tac xa|rau an toan|trong rau|thu nhap|tieu thu|thu mua|nong dan|san xuat',
    '3:chuyen doi|trong lua|loi nhuan|khong lai|thu lai|lai cao',
    '2:viec lam|nang suat',
  ],
  nong_thon_moi_van_minh: [
    '5:nong thon moi|do thi van minh|van minh do thi|gia dinh van hoa|ap van hoa|khu pho van hoa|to nhan dan',
    '5:ngoan hien|thao hien|nuoi day con|hien dat|giao thong nong thon|be tong hoa|nep song van minh',
    '4:con chau|hieu thao|thanh dat|chieu sang|canh quan|chinh trang|duong be tong|kieu mau',
    '3:van minh|tieu chi|vung manh toan dien|to dan pho|mo rong duong|lam duong|van hoa',
    '2:dat chuan',
  ],
  an_ninh_trat_tu: [
    '5:an ninh trat tu|trat tu an toan xa hoi|an ninh chinh tri|camera an ninh|tuan tra ban dem',
    '5:phong chong toi pham|khu dan cu an toan|trom cap|cuop giat|danh bac|dua xe|to dan phong|bao ve an ninh',
    '4:tuan tra|camera|toi pham|ma tuy|bat qua tang|dan phong|to giac|gay roi|vu khi|vat lieu no|lua dao|trom',
    '3:an ninh|doi tuong|bat giu|te nan|tu tap|camera giam sat',
    '2:an toan',
  ],
  hoa_giai: [
    '5:hoa giai|hoa giai vien|to hoa giai|hoa giai thanh|khuyen giai|dan xep',
    '4:tranh chap|mau thuan|ranh dat|loi di chung|xo xat|buc xuc|ranh gioi',
    '3:loi di|thua ke|ly hon|hang xom',
    '2:doi thoai|khoi kien|thong nhat',
  ],
  trach_nhiem_cong_vu: [
    '5:tinh than trach nhiem|chat luong cong viec|thai do phuc vu|thai do giao tiep|muc do hai long|tiep cong dan',
    '5:hach dich|sach nhieu|gay phien ha|quan lieu|tan tuy|lam them gio|duong day nong',
    '4:trach nhiem|thai do|niem no|tan tinh|lich su|hai long|tiep dan|don thu|phien ha|ngoai gio',
    '4:hoan thanh xuat sac|ung xu',
    '3:dung han|ngay nghi|phan anh|kien nghi|giao tiep|phuc vu|cong chuc|vien chuc|can bo cong chuc|xuyen dem',
    '3:xuyen trua|truc 24/24',
    '2:nhiem vu|cong viec',
  ],
  dan_chu_co_so: [
    '5:quy che dan chu|dan chu co so|dan chu o co so|dan biet, dan ban|ban thanh tra nhan dan',
    '5:phuong phap lam viec|quy che chi tieu noi bo|chi tieu noi bo|cong khai tai chinh|hoi nghi vien chuc',
    '5:hoi nghi can bo|doi moi cach lam viec',
    '4:dan chu|hoi nghi nguoi lao dong|binh xet thi dua|quy trinh lam viec|cach lam viec|hop thu gop y|lay y kien',
    '3:cong khai|doi thoai|thu chi|gop y|hop truc tuyen|giao ban truc tuyen',
    '2:kien nghi|tiep thu',
  ],
  giao_duc_dao_tao: [
    '5:phuong phap giang day|phuong phap day hoc|pho cap giao duc|xoa mu chu|day kem|phu dao|hoc sinh gioi|bo hoc',
    '5:on thi|bai giang|lop hoc tinh thuong|khuyen hoc|giao vien chu nhiem|stem|day hoc|giang day|giang bai',
    '4:giao vien|hoc sinh yeu|nha truong|chu nhiem|day them|cham thi|coi thi|sang kien kinh nghiem|len lop',
    '4:ky cuong|nam hoc|hoc vien|giao duc',
    '3:hoc sinh|lop hoc|truong hoc|tot nghiep|hoc bong|thu vien|phu huynh|hoc tap|truong tieu hoc|truong mam non',
    '3:truong thcs|truong thpt',
  ],
  y_te_cham_soc: [
    '5:kham chua benh|kham benh|sot xuat huyet|phong chong dich|luong y nhu tu mau|kham sang loc|tiem chung',
    '5:cap thuoc|phat thuoc|lang quang|diet muoi|tay chan mieng|vac xin|o dich|cham soc suc khoe|khoa kham benh',
    '4:bac si|y bac si|tram y te|benh nhan|nguoi benh|dich benh|so cuu|cap cuu|dieu duong|ho sinh|quan y',
    '4:tang huyet ap|dai thao duong|chua benh|phong kham',
    '3:y te|benh vien|kham|dieu tri|suc khoe|benh|khu khuan|phun thuoc',
    '2:thuoc|so sinh',
  ],
  cham_lo_nguoi_lao_dong: [
    '5:mai am cong doan|tai nan lao dong|an ca|suat an ca|no luong|tang luong|bao ho lao dong',
    '4:cong doan|doan vien cong doan|tien luong|thuong tet|tang ca|mat viec|benh nghe nghiep|ve que an tet',
    '4:nghi viec|cong nhan|nguoi lao dong|tra luong|thang luong|luong thuong',
    '3:dong bao hiem xa hoi|gioi thieu viec lam|doan vien|lao dong',
    '2:ban giam doc|doanh nghiep',
  ],
  sang_kien_tiet_kiem: [
    '5:sang kien|cai tien ky thuat|tiet kiem chi phi|ha gia thanh|gia thanh|tieu hao|dien nang|phe pham',
    '5:tu dong hoa|that thoat|giam chi phi|sang tao ky thuat',
    '4:tiet kiem|cai tien|tien dien|day chuyen|nguyen lieu|nguyen vat lieu|tan dung|tai su dung|che tao',
    '3:nang suat|chi phi|ky thuat',
    '2:khoa hoc|hieu qua',
  ],
  dan_van_giam_sat: [
    '5:dan van|dan van kheo|phan bien|phan bien xa hoi|gop y du thao|giam sat dau tu|dan van chinh quyen',
    '4:giam sat|van dong nhan dan|mat tran|mttq|tiep xuc cu tri|chuc sac|tin do|ton giao|tam tu|du thao',
    '4:lay y kien nhan dan|toan dan doan ket|ban giam sat',
    '3:dong thuan|lang nghe|doi thoai|kien nghi|phan anh|lay y kien|y kien nhan dan|gop y',
    '2:van dong|nhan dan',
  ],
  xay_dung_he_thong_chinh_tri: [
    '5:he thong chinh tri|trong sach vung manh|hanh chinh hoa|sinh hoat chi bo|ket nap dang vien',
    '5:phat trien dang vien|to chuc co so dang|ky luat dang|suy thoai|tu dien bien|tu chuyen hoa|thanh lap chi bo',
    '4:ket nap|dang vien moi|quan chung uu tu|tu phe binh|phe binh|kien toan|ubkt|uy ban kiem tra|tinh gon|bo may',
    '4:noi cu tru|to chuc dang|xep loai chat luong|to chuc bo may|chi bo dang',
    '3:xu ly ky luat|danh gia xep loai|tham muu|hoc tap va lam theo|sinh hoat dang|sinh hoat chi doan',
    '2:dang vien|chi bo|ky luat',
  ],
  mo_hinh_nhan_rong: [
    '5:nhan rong mo hinh|nhan rong dien hinh|nguoi that viec that|mo hinh hay|cach lam hay|mo hinh diem',
    '4:nhan rong|hoc tap kinh nghiem|tong ket mo hinh|bieu duong dien hinh|dien hinh tien tien',
    '3:mo hinh|dien hinh|lan toa',
  ],
  liem_chinh_tu_phap: [
    '5:liem khiet|liem chinh|truy to|xet xu|oan sai|bo lot toi pham|thi hanh an|thads|tro giup phap ly|an phi',
    '5:kiem sat vien|tham phan|duong su|bi cao|tranh tung|phien toa|dieu tra bo sung|co quan dieu tra|to tung',
    '4:vu an|vien kiem sat|vksnd|kiem sat|toa an|tand|bao chua|bi hai|luat su|khong nhan qua|phong bi|ban an',
    '4:canh sat dieu tra|ket luan thanh tra',
    '3:dieu tra|thanh tra|tu choi nhan|ton dong|phap luat|nghiem minh',
    '2:phap ly|dung phap luat',
  ],
  cong_an_vi_dan: [
    '5:vi nuoc quen than|vi dan phuc vu|vi nhan dan phuc vu|dieu bac ho day|cong an nhan dan|cand',
    '4:chien si|can bo chien si|duoi nuoc|cuu nguoi|cuu nan|cnch|pccc|chua chay|dam chay|le tiet|tac phong',
    '4:van hoa ung xu|cong an xa chinh quy',
    '3:canh sat giao thong|csgt|thuong uy|trung uy|thieu uy|dai uy|ha si|trung si|dung cam|canh sat|ung xu',
    '3:giao tiep|niem no|tan tinh|le phep|di lac|tim kiem|thuc trang dem',
    '2:tuan tra',
  ],
  quoc_phong_quan_su: [
    '5:dan quan tu ve|khu vuc phong thu|san sang chien dau|quoc phong|quoc phong toan dan|giao duc quoc phong',
    '5:nhap ngu|giao quan|giao nhan quan|tuyen quan|nghia vu quan su|du bi dong vien|hoi thao quoc phong|tan binh',
    '4:huan luyen|dien tap|phong thu|tu ve|dqtv|ban sung|ban dan that|quan nhan',
    '3:dan quan|quan su|luc luong vu trang|dong vien',
    '2:trung doi|tieu doi|chi huy',
  ],
};

/**
 * Names of organisations that contain a field's words ("Phòng Tài nguyên và Môi trường" is not evidence of
 * an environmental deed). They match like phrases, so the words inside them do not count, but score nothing.
 */
export const NEUTRAL_PHRASES =
  'phong tai nguyen va moi truong|phong lao dong thuong binh va xa hoi|trung tam van hoa the thao|' +
  'phong van hoa thong tin|phong giao duc va dao tao|trung tam y te|benh vien da khoa|toa an nhan dan|' +
  'vien kiem sat nhan dan|ban chi huy quan su|quan su huyen|uy ban mat tran to quoc|lien doan lao dong|' +
  'hop tac xa bo sua|ngan hang chinh sach xa hoi|doi thanh tra xay dung|bao hiem xa hoi huyen|gia dinh quan nhan';
