// FormApp and respondents: the linked sheet, the submit events, and script submissions that fire nothing.
import { createRuntime, gas, loadBundle } from '../../local/runtime';

const BUNDLE = `
function setup() {
  var ss = SpreadsheetApp.getActive();
  var form = FormApp.create('Việc tốt');
  form.addTextItem().setTitle('Họ tên').setRequired(true);
  form.addTextItem().setTitle('Điện thoại');
  form.addSectionHeaderItem().setTitle('Phần 2');
  form.addListItem().setTitle('Lĩnh vực').setChoiceValues(['Y tế', 'Giáo dục']);
  form.addCheckboxItem().setTitle('Hình thức').setChoiceValues(['A', 'B', 'C']);
  form.addDateItem().setTitle('Ngày');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(ss).onFormSubmit().create();
  ScriptApp.newTrigger('onFormSubmitted').forForm(form).onFormSubmit().create();
  return form.getId();
}
function onSheetSubmit(e) {
  Logger.log('sheet trigger');
  return { values: e.values, named: e.namedValues, a1: e.range.getA1Notation(), uid: e.triggerUid, auth: String(e.authMode) };
}
function onFormSubmitted(e) {
  Logger.log('form trigger');
  return e.response.getItemResponses().map(function (r) { return r.getItem().getTitle() + '=' + r.getResponse(); });
}
function scripted(id) {
  var form = FormApp.openById(id);
  var items = form.getItems();
  return form.createResponse().withItemResponse(items[0].asTextItem().createResponse('Script')).submit().getId();
}
`;

function boot() {
  const rt = createRuntime();
  loadBundle(rt, BUNDLE);
  const formId = rt.run('setup') as string;
  return { rt, formId, form: rt.forms[0]! };
}

const ANSWERS = {
  'Họ tên': 'Nguyễn An',
  'Điện thoại': '0912345678',
  'Lĩnh vực': 'Y tế',
  'Hình thức': ['A', 'C'],
  Ngày: '2026-11-20',
};

describe('forms', () => {
  it('links a response sheet first in the spreadsheet with the Vietnamese timestamp header', () => {
    const { rt, form } = boot();
    const sheet = rt.spreadsheet.getSheets()[0]!;
    expect(sheet.getName()).toBe('Câu trả lời biểu mẫu 1');
    expect(sheet.getRange(1, 1, 1, 6).getValues()[0]).toEqual([
      'Dấu thời gian',
      'Họ tên',
      'Điện thoại',
      'Lĩnh vực',
      'Hình thức',
      'Ngày',
    ]);
    expect(form.getDestinationId()).toBe(rt.spreadsheet.getId());
    expect(rt.spreadsheet.getFormUrl()).toBe(form.getPublishedUrl());
  });

  it('a respondent submission writes the row as Sheets would and fires both kinds of trigger', () => {
    const { rt, form } = boot();
    rt.clock.set(new Date('2026-11-27T14:05:09+07:00'));
    const results = rt.submitForm(form, ANSWERS, { email: 'an@example.org' });
    expect(results.row).toBe(2);
    expect(results.map((r) => r.handler)).toEqual(['onFormSubmitted', 'onSheetSubmit']);
    expect(results[0]!.result).toEqual([
      'Họ tên=Nguyễn An',
      'Điện thoại=0912345678',
      'Lĩnh vực=Y tế',
      'Hình thức=A,C',
      'Ngày=2026-11-20',
    ]);
    const sheetEvent = results[1]!.result as {
      values: string[];
      named: Record<string, string[]>;
      a1: string;
      auth: string;
    };
    expect(sheetEvent.values[0]).toBe('11/27/2026 14:05:09'); // a new spreadsheet's en_US display
    expect(sheetEvent.named['Ngày']).toEqual(['11/20/2026']);
    expect(sheetEvent.named['Họ tên']).toEqual(['Nguyễn An']);
    expect(sheetEvent.named['Hình thức']).toEqual(['A, C']);
    expect(sheetEvent.a1).toBe('A2:F2');
    expect(sheetEvent.auth).toBe('FULL');
    const row = rt.spreadsheet.getSheets()[0]!.getRange(2, 1, 1, 6).getValues()[0]!;
    expect(Object.prototype.toString.call(row[0])).toBe('[object Date]'); // a Date of the script's realm
    expect(row[2]).toBe(912345678); // Sheets eats the leading zero
    expect((row[5] as Date).toISOString()).toBe('2026-11-19T17:00:00.000Z');
  });

  it('writes an answer starting with "=" to the sheet as a formula; only the response keeps the text', () => {
    const { rt, form } = boot();
    const results = rt.submitForm(form, { ...ANSWERS, 'Họ tên': '=1+1 Nguyễn An' });
    expect(results[0]!.result).toContain('Họ tên==1+1 Nguyễn An');
    const cell = rt.spreadsheet.getSheets()[0]!.getRange(2, 2);
    expect(cell.getFormula()).toBe('=1+1 Nguyễn An');
    expect(cell.getDisplayValue()).toBe('#NAME?');
    expect((results[1]!.result as { values: string[] }).values[1]).toBe('#NAME?');
  });

  it('checks required questions and choices like the real form', () => {
    const { rt, form } = boot();
    expect(() => rt.submitForm(form, { 'Điện thoại': '1' })).toThrow('required');
    expect(() => rt.submitForm(form, { 'Họ tên': 'A', 'Lĩnh vực': 'Khác' })).toThrow('Invalid response');
    expect(() => rt.submitForm(form, { 'Họ tên': 'A', Nope: 'x' })).toThrow('no question titled "Nope"');
  });

  it('can deliver the same event twice (the known double fire)', () => {
    const { rt, form } = boot();
    const [, first] = rt.submitForm(form, ANSWERS);
    const again = rt.triggers.fire(first!.trigger, first!.event);
    expect(again.result).toEqual(first!.result);
  });

  it('FormResponse.submit() from a script records the row but fires no trigger', () => {
    const { rt, formId, form } = boot();
    const id = rt.run('scripted', [formId]);
    expect(form.getResponses().map((r) => r.getId())).toEqual([id]);
    expect(rt.spreadsheet.getSheets()[0]!.getRange('B2').getValue()).toBe('Script');
    expect(rt.logs).toEqual([]);
  });

  it('edits items and keeps a new question as a new column at the end', () => {
    const { rt, form } = boot();
    const { FormApp } = gas(rt);
    const list = form.getItems(FormApp.ItemType.LIST)[0]!.asListItem();
    expect(list.getChoices().map((c) => c.getValue())).toEqual(['Y tế', 'Giáo dục']);
    form.addParagraphTextItem().setTitle('Mô tả');
    expect(rt.spreadsheet.getSheets()[0]!.getRange('G1').getValue()).toBe('Mô tả');
    form.moveItem(form.getItems().length - 1, 0);
    expect(form.getItems()[0]!.getTitle()).toBe('Mô tả');
    expect(() => form.getItems()[0]!.asListItem()).toThrow('not LIST');
  });
});
