// The form guides each loại hình: the unit's answer leads to its own page of fields in section II's words, the
// response holds only that page's answer, and intake reads it whichever page was used; rows and responses stored
// under the fields' older labels still read.
import { FIELDS } from '../../src/shared/codes';
import { QUESTIONS } from '../../src/domain/form';
import { DEED } from '../../src/domain/tabs';
import type { DeedPage } from '#contract';
import { fireSubmission, freshAddOn, getDeed, okValue, sidebarCall, tabRows, titledAnswers, GOOD } from '../helpers';
import { REVIEWER } from '../../local/flows';
import { deedRow, putRows } from './reporting-fixtures';

const fieldTitle = (group: string) => `Lĩnh vực (${group})`;
const NOI_CHINH = fieldTitle('Khối nội chính');

describe('a page of fields per loại hình', () => {
  it('leads each unit’s answer to its loại hình’s page, whose completion sends the form', () => {
    const form = freshAddOn().runtime.forms[0]!;
    const items = form.getItems();
    const unit = items[0]!.asListItem();
    const leadsTo = new Map(unit.getChoices().map((c) => [c.getValue(), c.getGotoPage().getTitle()]));
    expect(leadsTo.get('Đảng bộ Công an huyện')).toBe('Khối nội chính');
    expect(leadsTo.get('Đảng bộ Quân sự huyện')).toBe('Khối nội chính');
    expect(leadsTo.get('Đảng bộ xã An Phú')).toBe('Đảng bộ xã, thị trấn');
    const pages = form.getItems(gasItemType(form, 'PAGE_BREAK')).map((p) => p.asPageBreakItem());
    expect(pages.map((p) => [p.getTitle(), String(p.getPageNavigationType())])).toEqual([
      ['Đảng bộ xã, thị trấn', 'CONTINUE'],
      ['Cơ quan hành chính, đơn vị sự nghiệp', 'SUBMIT'],
      ['Doanh nghiệp', 'SUBMIT'],
      ['Cơ quan Đảng – Đoàn thể', 'SUBMIT'],
      ['Khối nội chính', 'SUBMIT'],
    ]);
    const choicesOf = (title: string) =>
      items
        .find((i) => i.getTitle() === title)!
        .asMultipleChoiceItem()
        .getChoices()
        .map((c) => c.getValue());
    expect(choicesOf(NOI_CHINH)).toEqual([
      FIELDS.an_sinh_xa_hoi,
      FIELDS.liem_chinh_tu_phap,
      FIELDS.cong_an_vi_dan,
      FIELDS.quoc_phong_quan_su,
      FIELDS.an_ninh_trat_tu,
      FIELDS.khac,
    ]);
    expect(choicesOf(fieldTitle('Cơ quan Đảng – Đoàn thể'))).toContain(FIELDS.mo_hinh_nhan_rong);
    expect(choicesOf(fieldTitle('Đảng bộ xã, thị trấn'))).not.toContain(FIELDS.mo_hinh_nhan_rong);
  });

  it('records the police unit’s field from its own page; the other pages’ columns stay blank', () => {
    const addOn = freshAddOn();
    const answers = titledAnswers({
      'Đơn vị': 'Đảng bộ Công an huyện',
      [NOI_CHINH]: FIELDS.cong_an_vi_dan,
      [fieldTitle('Doanh nghiệp')]: FIELDS.sang_kien_tiet_kiem, // typed on a page the unit never reaches
    });
    const [fired] = addOn.runtime.submitForm(addOn.runtime.forms[0]!, answers);
    expect((fired!.result as { status: string }).status).toBe('stored');
    const row = tabRows(addOn, DEED.name)[0]!;
    expect(row[DEED.col.submittedField]).toBe(FIELDS.cong_an_vi_dan);
    expect(row[DEED.col.field]).toBe(FIELDS.cong_an_vi_dan);
    // What the form kept (it fills no tab): the police page's answer, none of the other pages'.
    const kept = addOn.runtime.forms[0]!.getResponses()[0]!.getItemResponses();
    const cells = Object.fromEntries(kept.map((r) => [r.getItem().getTitle(), String(r.getResponse())]));
    expect(cells[NOI_CHINH]).toBe(FIELDS.cong_an_vi_dan);
    expect(
      QUESTIONS.filter((q) => q.key === 'field' && q.title !== NOI_CHINH).map((q) => cells[q.title] ?? ''),
    ).toEqual(['', '', '', '']);
  });

  it('reads the single «Lĩnh vực» of a response made on the form before the pages, under its old label', () => {
    const addOn = freshAddOn();
    const result = fireSubmission(addOn, { ...GOOD, 'Lĩnh vực': 'Liêm chính; điều tra, truy tố, xét xử' }) as {
      status: string;
      id: string;
    };
    expect(result.status).toBe('stored');
    expect(getDeed(addOn, result.id).submittedField).toBe('liem_chinh_tu_phap');
  });
});

describe('labels in section II’s words', () => {
  it.each([
    ['liem_chinh_tu_phap', 'liêm khiết'],
    ['cong_an_vi_dan', 'Công an nhân dân vì nước quên thân'],
    ['cong_an_vi_dan', '6 điều Bác Hồ dạy công an nhân dân'],
    ['kinh_te_giam_ngheo', 'làm giàu chính đáng'],
    ['nong_thon_moi_van_minh', 'xây dựng Tổ nhân dân (Tổ dân phố) vững mạnh toàn diện'],
    ['cham_lo_nguoi_lao_dong', 'giải quyết các bức xúc của người lao động'],
    ['sang_kien_tiet_kiem', 'hạ giá thành sản phẩm'],
    ['xay_dung_he_thong_chinh_tri', 'khắc phục bệnh hành chính hóa'],
    ['quoc_phong_quan_su', 'huấn luyện, diễn tập'],
    ['quoc_phong_quan_su', 'giúp Nhân dân'],
    ['giao_duc_dao_tao', 'phổ cập giáo dục'],
    ['giao_duc_dao_tao', 'hiệu suất đào tạo'],
    ['y_te_cham_soc', 'Lương y như từ mẫu'],
    ['y_te_cham_soc', 'ngày chủ nhật cho công nhân'],
    ['mo_hinh_nhan_rong', 'người thật, việc thật'],
  ] as const)('%s says «%s»', (code, words) => {
    expect(FIELDS[code].toLowerCase()).toContain(words.toLowerCase());
  });

  it('reads a deed stored under an older label as its field: the deed, the filter and the month', () => {
    const addOn = freshAddOn();
    const row = deedRow({ doneOn: '2026-11-20', field: 'liem_chinh_tu_phap', title: 'Trả lại tiền thừa cho dân' });
    row[DEED.col.field] = 'Liêm chính; điều tra, truy tố, xét xử';
    putRows(addOn, [row]);
    const id = String(row[DEED.col.id]).replace(/^'/, ''); // written as text
    expect(getDeed(addOn, id).field).toBe('liem_chinh_tu_phap');
    const page = okValue(
      sidebarCall<DeedPage>(addOn, REVIEWER, 'listDeeds', {
        filter: { month: '2026-11', field: 'liem_chinh_tu_phap' },
        offset: 0,
        limit: 20,
      }),
    );
    expect(page.items.map((d) => [d.id, d.field])).toEqual([[id, 'liem_chinh_tu_phap']]);
  });
});

/** FormApp.ItemType.X as the script sees it (the enum through the runtime's globals). */
function gasItemType(form: GoogleAppsScript.Forms.Form, name: 'PAGE_BREAK'): GoogleAppsScript.Forms.ItemType {
  return form
    .getItems()
    .find((i) => String(i.getType()) === name)!
    .getType();
}
