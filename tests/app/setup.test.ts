// Set-up ("Thiết lập") through the bundle: one form and one trigger however often it runs, the form
// following the registry, people's edits kept, bad settings named by their cell.
import { gas } from '../../local/runtime';
import { FORM_ITEMS, QUESTIONS } from '../../src/domain/form';
import { freshAddOn, tabRows, titledAnswers } from '../helpers';
import { bootAddOn } from '../../local/addon';
import { ADMIN, setUpSheet } from '../../local/flows';
import type { Page, Question } from '../../src/domain/form';
import { DEED, SETTINGS, UNITS } from '../../src/domain/tabs';

type QuestionItem = GoogleAppsScript.Forms.ListItem | GoogleAppsScript.Forms.TextItem;

/** A form item read back as the class of its kind (a page break has no "required": read as false). */
function asQuestion(item: GoogleAppsScript.Forms.Item, kind: (Question | Page)['kind']): QuestionItem {
  if (kind === 'page') return Object.assign(item.asPageBreakItem(), { isRequired: () => false }) as never;
  if (kind === 'list') return item.asListItem();
  if (kind === 'choice') return item.asMultipleChoiceItem() as unknown as QuestionItem;
  if (kind === 'text') return item.asTextItem();
  if (kind === 'paragraph') return item.asParagraphTextItem() as unknown as QuestionItem;
  return item.asDateItem() as unknown as QuestionItem;
}

describe('set-up', () => {
  it('builds the form from the definition, with the active units to choose from, filling no tab of the Sheet', () => {
    const addOn = freshAddOn();
    const form = addOn.runtime.forms[0]!;
    expect(() => form.getDestinationId()).toThrow('no response destination');
    expect(addOn.runtime.spreadsheet.getFormUrl()).toBeNull();
    addOn.runtime.submitForm(form, titledAnswers());
    expect(addOn.runtime.spreadsheet.getSheets().filter((s) => s.getFormUrl() !== null)).toEqual([]);
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
    const items = form.getItems();
    expect(items.map((i) => i.getTitle())).toEqual(FORM_ITEMS.map((q) => q.title));
    const units = items[0]!
      .asListItem()
      .getChoices()
      .map((c) => c.getValue());
    expect(units).toHaveLength(48);
    expect(units).toContain('Đảng bộ xã An Phú');
    expect(items.map((i) => String(i.getType()))).toEqual(
      FORM_ITEMS.map(
        (q) =>
          ({
            list: 'LIST',
            choice: 'MULTIPLE_CHOICE',
            text: 'TEXT',
            paragraph: 'PARAGRAPH_TEXT',
            date: 'DATE',
            page: 'PAGE_BREAK',
          })[q.kind],
      ),
    );
  });

  it('stops a form made before from filling its response tab, keeps the tab, and says it may go', () => {
    const addOn = freshAddOn();
    const { FormApp } = gas(addOn.runtime);
    const book = addOn.runtime.spreadsheet;
    const form = addOn.runtime.forms[0]!;
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId()); // as set-up did until now
    addOn.runtime.submitForm(form, titledAnswers());
    const responses = book.getSheets()[0]!;
    expect(responses.getFormUrl()).not.toBeNull();
    expect(responses.getLastRow()).toBe(2);

    addOn.call('menuSetup');
    expect(() => form.getDestinationId()).toThrow('no response destination');
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).toContain(
      `Biểu mẫu thôi chép câu trả lời vào «${responses.getName()}» (vẫn ở biểu mẫu và «Việc tốt»): xoá tab đó khi không cần`,
    );
    addOn.runtime.submitForm(
      form,
      titledAnswers({ [QUESTIONS.find((q) => q.key === 'title')!.title]: 'Sửa đường cho xóm' }),
    );
    expect(responses.getLastRow()).toBe(2); // the tab is kept as it was, not written to
    expect(tabRows(addOn, DEED.name)).toHaveLength(2);
    addOn.call('menuSetup');
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).not.toContain('thôi chép'); // said once
  });

  it('on a new Sheet leaves «Đơn vị» and the names empty (no sample), says to fill them, and builds the form once they are', () => {
    const addOn = bootAddOn();
    addOn.call('menuSetup', [], { user: ADMIN });
    const { runtime } = addOn;
    expect(runtime.ui.alerts.at(-1)!.prompt).toContain('Tab «Đơn vị» chưa có đơn vị đang hoạt động');
    expect(runtime.ui.alerts.at(-1)!.prompt).toContain('hãy điền «Tên tổ chức», «Cơ quan theo dõi»');
    const settingsRows = tabRows(addOn, SETTINGS.name);
    expect(settingsRows.find((r) => r[0] === 'Tên tổ chức')?.[1]).toBe('');
    expect(JSON.stringify(settingsRows)).not.toContain('Củ Chi');
    expect(tabRows(addOn, UNITS.name)).toEqual([]);
    expect(runtime.spreadsheet.getSheetByName(UNITS.name)!.getRange(1, 1, 1, 6).getValues()[0]).toEqual(UNITS.headers);
    expect(runtime.forms).toHaveLength(0);
    expect(runtime.triggers.list()).toHaveLength(0);
    runtime.spreadsheet
      .getSheetByName(UNITS.name)!
      .getRange(2, 1, 1, 6)
      .setValues([['CB-01', 'Chi bộ Khu phố 1', 'Đảng bộ xã, thị trấn', '', '', true]]);
    addOn.call('menuSetup', [], { user: ADMIN });
    expect(runtime.ui.alerts.at(-1)!.prompt).not.toContain('«Đơn vị»');
    expect(runtime.forms).toHaveLength(0);
    const settings = runtime.spreadsheet.getSheetByName(SETTINGS.name)!;
    const labels = settingsRows.map((r) => r[0]);
    const names = { 'Tên tổ chức': 'Đảng bộ phường Tân Định', 'Cơ quan theo dõi': 'Ban Tuyên giáo và Dân vận Đảng ủy' };
    const more = {
      'Thường trực (tặng Thư khen)': 'Thường trực Đảng ủy',
      'Ban Thường vụ (tặng Giấy khen)': 'Ban Thường vụ Đảng ủy',
    };
    for (const [label, value] of Object.entries({ ...names, ...more }))
      settings.getRange(labels.indexOf(label) + 2, 2).setValue(value);
    addOn.call('menuSetup', [], { user: ADMIN });
    expect(runtime.ui.alerts.at(-1)!.prompt).toContain('Đã thiết lập xong');
    const choices = runtime.forms[0]!.getItems()[0]!.asListItem().getChoices();
    expect(choices.map((c) => c.getValue())).toEqual(['Chi bộ Khu phố 1']);
  });

  it('configures each new question on the typed item add…Item returns, and existing ones through as…Item', () => {
    const addOn = bootAddOn();
    setUpSheet(addOn); // a new form: every question is added, then configured as its own class
    const { runtime } = addOn;
    const form = runtime.forms[0]!;
    const configured = () =>
      form.getItems().map((item, i) => {
        const typed = asQuestion(item, FORM_ITEMS[i]!.kind);
        return [typed.getTitle(), typed.getHelpText(), typed.isRequired()];
      });
    const wanted = FORM_ITEMS.map((q) => [q.title, q.help, 'required' in q && q.required]);
    expect(configured()).toEqual(wanted);
    const lost = form.getItems()[2]!;
    form.deleteItem(lost); // someone deleted a question by hand
    runtime.meter.reset();
    addOn.call('menuSetup');
    // The one question added again is configured directly; only the others, read back as Items, are cast.
    // (The unit list is read back once more, to give each unit's choice its loại hình's page.)
    const casts = ['asListItem', 'asMultipleChoiceItem', 'asTextItem', 'asParagraphTextItem', 'asDateItem'];
    const pageCasts = runtime.meter.count('Forms.Item.asPageBreakItem');
    expect(casts.reduce((n, m) => n + runtime.meter.count(`Forms.Item.${m}`), pageCasts)).toBe(FORM_ITEMS.length);
    expect(configured()).toEqual(wanted);
  });

  it('updates in place when run again: one form, one trigger, people’s registry edits kept and offered', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    const units = runtime.spreadsheet.getSheetByName(UNITS.name)!;
    units.getRange('B3').setValue('Đảng bộ xã An Nhơn Tây (mới)');
    units.getRange('F4').setValue(false); // a unit merged away in 2025
    const before = runtime.forms[0]!.getItems()[0]!.getId();
    addOn.call('menuSetup');
    addOn.call('menuSetup');
    expect(runtime.forms).toHaveLength(1);
    expect(runtime.triggers.list().filter((t) => t.handler === 'onFormSubmit')).toHaveLength(1);
    const item = runtime.forms[0]!.getItems()[0]!;
    expect(item.getId()).toBe(before);
    const choices = item
      .asListItem()
      .getChoices()
      .map((c) => c.getValue());
    expect(choices).toContain('Đảng bộ xã An Nhơn Tây (mới)');
    expect(choices).not.toContain(String(units.getRange('B4').getValue()));
    expect(tabRows(addOn, UNITS.name)).toHaveLength(48);
  });

  it('repairs a deleted trigger and an extra copy of it', () => {
    const addOn = freshAddOn();
    const { ScriptApp, SpreadsheetApp } = gas(addOn.runtime);
    ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
    addOn.call('menuSetup');
    expect(addOn.runtime.triggers.list().filter((t) => t.handler === 'onFormSubmit')).toHaveLength(1);
    for (const t of ScriptApp.getProjectTriggers()) ScriptApp.deleteTrigger(t);
    addOn.call('menuSetup');
    expect(addOn.runtime.triggers.list().filter((t) => t.handler === 'onFormSubmit')).toHaveLength(1);
  });

  it('tells the admin which settings cell is wrong, in Vietnamese', () => {
    const addOn = freshAddOn();
    const settings = addOn.runtime.spreadsheet.getSheetByName(SETTINGS.name)!;
    const row = (label: string) => tabRows(addOn, SETTINGS.name).findIndex((r) => r[0] === label) + 2;
    const reviewers = row('Email người duyệt');
    const admins = row('Email quản trị');
    settings.getRange(reviewers, 2).setValue('tuyengiao@example.org, không-phải-email');
    settings.getRange(admins, 2).setValue(31);
    addOn.call('menuSetup');
    const alert = addOn.runtime.ui.alerts.at(-1)!;
    expect(alert.prompt).toContain(
      `Cấu hình sai ở ô Cấu hình!B${reviewers}: «Email người duyệt» có địa chỉ email không đúng dạng.`,
    );
    expect(alert.prompt).toContain(
      `Cấu hình sai ở ô Cấu hình!B${admins}: «Email quản trị» có địa chỉ email không đúng dạng.`,
    );
  });
});

describe('set-up that cannot finish', () => {
  it('says so in Vietnamese when the Sheet is busy, and changes nothing', () => {
    const addOn = freshAddOn();
    const formsBefore = addOn.runtime.forms.length;
    addOn.runtime.faults.holdLock('document', true);
    addOn.call('menuSetup');
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).toContain('Sheet đang bận');
    expect(addOn.runtime.forms).toHaveLength(formsBefore);
  });

  it('says what went wrong when a service fails half way, and a second run completes', () => {
    const addOn = freshAddOn();
    addOn.runtime.faults.failNextSheetsCall(3);
    addOn.call('menuSetup');
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).toMatch(/^Thiết lập chưa xong \(Service Spreadsheets failed/);
    addOn.call('menuSetup');
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).toContain('Đã thiết lập xong');
    expect(addOn.runtime.forms).toHaveLength(1);
  });
});
