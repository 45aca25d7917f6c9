// Demo data for the commendation ladder: three performers' accepted deeds over the past months (a busy Youth Union
// secretary, a veterans' group's monthly soup kitchen, a rescuer with a Thư khen and its decision), then a rebuild.
import type { DeedDetail, LadderView, Result, ReviewAction } from '#contract';
import type { FieldCode, Recognition } from '../../src/shared/codes';
import { FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS } from '../../src/shared/codes';
import type { AddOn } from '../addon';
import { REVIEWER, review, submitAnswers } from '../flows';

/** The Thư khen's decision as leadership signed it and a reviewer recorded it in «Sổ quyết định». */
export const DECISION = { number: '125-QĐ/HU', level: 'Thường trực Huyện ủy' } as const;
export const RESCUER = 'Phạm Minh Khoa';
export const SOUP_KITCHEN = 'Tổ Cựu chiến binh ấp Bàu Tròn';

interface Performer {
  unit: string;
  performerKind: string;
  performerName: string;
  performerRole: string;
  place: string;
  email: string;
  phone: string;
}

interface Report {
  daysAgo: number;
  title: string;
  description: string;
  /** The field the unit chose on the form. */
  field: FieldCode;
  beneficiaries?: string;
  /** A long-running deed: the day it started, in days ago. */
  startedDaysAgo?: number;
  proposal?: string;
  marks?: Recognition[];
}

const YOUTH_SECRETARY: Performer = {
  unit: 'Đảng bộ xã Tân Thông Hội',
  performerKind: PERFORMER_KINDS.ca_nhan,
  performerName: 'Trần Thị Thu Hà',
  performerRole: 'Bí thư Chi đoàn ấp Xóm Mới',
  place: 'Ấp Xóm Mới, xã Tân Thông Hội',
  email: 'x-tanthonghoi@example.org',
  phone: '0903411275',
};

const VETERANS: Performer = {
  unit: 'Đảng bộ xã Nhuận Đức',
  performerKind: PERFORMER_KINDS.tap_the,
  performerName: SOUP_KITCHEN,
  performerRole: '',
  place: 'Bệnh viện đa khoa khu vực Củ Chi',
  email: 'x-nhuanduc@example.org',
  phone: '0918230564',
};

const MILITIA: Performer = {
  unit: 'Đảng bộ xã Phú Mỹ Hưng',
  performerKind: PERFORMER_KINDS.ca_nhan,
  performerName: RESCUER,
  performerRole: 'Đảng viên, Tổ trưởng tổ dân quân ấp Phú Lợi',
  place: 'Ấp Phú Lợi, xã Phú Mỹ Hưng',
  email: 'x-phumyhung@example.org',
  phone: '0987652019',
};

/** Five deeds since June: a model candidate for the next 19 May on their number alone. */
const YOUTH_REPORTS: Report[] = [
  {
    daysAgo: 150,
    title: 'Dạy bơi miễn phí cho thiếu nhi trong hè',
    field: 'nong_thon_moi_van_minh',
    description:
      'Chị Hà cùng Chi đoàn mở lớp dạy bơi ở ao sen của Hợp tác xã, mỗi chiều hai giờ suốt ba tuần, 25 em biết bơi.',
    beneficiaries: '25 em thiếu nhi',
  },
  {
    daysAgo: 115,
    title: 'Quyên góp sách giáo khoa cho học sinh khó khăn',
    field: 'giao_duc_dao_tao',
    description:
      'Vận động đoàn viên và phụ huynh góp 40 bộ sách giáo khoa cũ còn tốt, bọc lại, trao cho học sinh trước năm học mới.',
    beneficiaries: '40 học sinh',
  },
  {
    daysAgo: 80,
    title: 'Tổ chức điểm hiến máu tình nguyện tại hội trường ấp',
    field: 'y_te_cham_soc',
    description:
      'Phối hợp Trạm y tế xã đón 62 người đến hiến máu, chị trực đăng ký và phát nước, thu được 58 đơn vị máu.',
  },
  {
    daysAgo: 45,
    title: 'Sửa mái nhà dột cho cụ bà sống một mình',
    field: 'an_sinh_xa_hoi',
    description:
      'Trước mùa mưa, chị huy động 8 đoàn viên thay 30 tấm tôn mục và gia cố vách nhà cho cụ Nguyễn Thị Lượm, 86 tuổi.',
    beneficiaries: '1 hộ',
  },
  {
    daysAgo: 12,
    title: 'Hướng dẫn người cao tuổi dùng ứng dụng định danh điện tử',
    field: 'thu_tuc_hanh_chinh',
    description:
      'Ba buổi tối tại nhà văn hoá ấp, chị giúp 47 người cao tuổi kích hoạt tài khoản định danh mức 2 trên điện thoại.',
    beneficiaries: '47 người cao tuổi',
  },
];

/** A soup kitchen run since June, reported every month: a Giấy khen once it has run three months. */
const STARTED = 160;
const VETERAN_REPORTS: Report[] = [
  {
    daysAgo: 97,
    startedDaysAgo: STARTED,
    title: 'Bếp cháo tình thương: hai tháng đầu',
    field: 'an_sinh_xa_hoi',
    description:
      'Mỗi sáng thứ Bảy, tổ nấu 150 suất cháo dinh dưỡng phát cho bệnh nhân nghèo; gạo và rau do hội viên tự góp.',
    beneficiaries: '1.200 suất cháo',
  },
  {
    daysAgo: 67,
    startedDaysAgo: STARTED,
    title: 'Duy trì bếp ăn cho bệnh nhân nghèo khoa Nội',
    field: 'an_sinh_xa_hoi',
    description:
      'Tháng này có thêm nhà hảo tâm tặng nồi hơi lớn; tổ phát 700 suất, ưu tiên người bệnh chạy thận dài ngày.',
    beneficiaries: '700 suất cháo',
  },
  {
    daysAgo: 37,
    startedDaysAgo: STARTED,
    title: 'Phát sữa và cháo sáng thứ Bảy cho người chạy thận',
    field: 'an_sinh_xa_hoi',
    description:
      'Bên cạnh cháo, các cựu chiến binh vận động được 20 thùng sữa để phát kèm cho bệnh nhân và người nhà nuôi bệnh.',
  },
  {
    daysAgo: 7,
    startedDaysAgo: STARTED,
    title: 'Năm tháng giữ lửa nồi cháo nghĩa tình',
    field: 'an_sinh_xa_hoi',
    description: 'Sau năm tháng, tổ đã phát hơn 3.000 suất; đơn vị đề nghị Giấy khen cho tập thể vì tinh thần bền bỉ.',
    proposal: PROPOSALS.giay_khen,
  },
];

/** A rescue that earned a Thư khen (decision recorded below), and an earlier deed: a model on the second rule. */
const RESCUER_REPORTS: Report[] = [
  {
    daysAgo: 90,
    title: 'Trả lại túi xách có 15 triệu đồng cho người đánh rơi',
    field: 'an_ninh_trat_tu',
    description:
      'Trên đường tuần tra, anh Khoa nhặt được túi xách có tiền và giấy tờ, đã nộp Công an xã để trả cho chủ là một tiểu thương.',
  },
  {
    daysAgo: 40,
    title: 'Lao xuống kênh cứu hai học sinh bị đuối nước',
    field: 'an_ninh_trat_tu',
    description:
      'Hai em lớp 6 trượt chân xuống kênh Thầy Cai khi nước lên; anh Khoa bơi ra đưa cả hai vào bờ và sơ cứu kịp thời.',
    beneficiaries: '2 học sinh',
    proposal: PROPOSALS.thu_khen,
    marks: ['thu_khen'],
  },
];

const isoDay = (now: Date, daysAgo: number) =>
  new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** What a reviewer does in the sidebar: accepts a deed, then marks these recognitions, each on the version left. */
export function acceptAndMark(addOn: AddOn, id: string, marks: readonly Recognition[] = []): DeedDetail {
  const actions: ReviewAction[] = [
    { kind: 'accept' },
    ...marks.map((recognition): ReviewAction => ({ kind: 'mark', recognition, on: true })),
  ];
  let version = 1;
  let detail: DeedDetail | undefined;
  for (const action of actions) {
    detail = okOf(review(addOn, { id, version }, action), `Demo review of ${id}`);
    version = detail.version;
  }
  return detail!;
}

function okOf<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error}`);
  return result.value;
}

/** A performer's reports sent through the form, then accepted (and marked) by a reviewer; the last details. */
function reportAll(addOn: AddOn, now: Date, who: Performer, reports: readonly Report[]): DeedDetail[] {
  return reports.map((r) => {
    const sent = submitAnswers(addOn, {
      ...who,
      title: r.title,
      description: r.description,
      field: FIELDS[r.field],
      nature: r.startedDaysAgo === undefined ? NATURES.dot_xuat : NATURES.thuong_xuyen,
      startDate: r.startedDaysAgo === undefined ? '' : isoDay(now, r.startedDaysAgo),
      doneOn: isoDay(now, r.daysAgo),
      beneficiaries: r.beneficiaries ?? '',
      proposal: r.proposal ?? '',
    });
    if (!sent.id || sent.status !== 'stored') throw new Error(`Demo deed «${r.title}»: ${sent.reasons.join(' ')}`);
    return acceptAndMark(addOn, sent.id, r.marks);
  });
}

/** The ladder's demo: the deeds, the Thư khen's decision, and the rebuild a reviewer would ask for. */
export function seedLadder(addOn: AddOn, now: Date): void {
  reportAll(addOn, now, YOUTH_SECRETARY, YOUTH_REPORTS);
  reportAll(addOn, now, VETERANS, VETERAN_REPORTS);
  const rescue = reportAll(addOn, now, MILITIA, RESCUER_REPORTS).find((d) => d.recognitions.includes('thu_khen'))!;
  const { runtime } = addOn;
  runtime.setUser(REVIEWER);
  const decision = { id: rescue.id, version: rescue.version, recognition: 'thu_khen', date: isoDay(now, 17) };
  okOf(runtime.scriptRun('recordDecision', { ...decision, ...DECISION }) as Result<DeedDetail>, 'Demo decision');
  okOf(runtime.scriptRun('refreshLadder') as Result<LadderView>, 'Demo ladder');
}
