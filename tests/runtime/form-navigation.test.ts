// Forms' page navigation: a choice that leads to a page, a page break's own rule, what a response holds when a page
// is skipped (no item response, a blank cell), and the mixes the reference forbids.
import { createRuntime, loadBundle } from '../../local/runtime';

const BUNDLE = `
function setup() {
  var ss = SpreadsheetApp.getActive();
  var form = FormApp.create('Phân nhánh');
  var kind = form.addMultipleChoiceItem().setTitle('Loại').setRequired(true);
  var a = form.addPageBreakItem().setTitle('Trang A');
  form.addTextItem().setTitle('Câu A').setRequired(true);
  var b = form.addPageBreakItem().setTitle('Trang B');
  form.addTextItem().setTitle('Câu B').setRequired(true);
  b.setGoToPage(FormApp.PageNavigationType.SUBMIT); // page A, completed in order, sends the response
  kind.setChoices([kind.createChoice('a', a), kind.createChoice('b', b)]);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  ScriptApp.newTrigger('onSubmitted').forForm(form).onFormSubmit().create();
  return form.getId();
}
function onSubmitted(e) {
  return e.response.getItemResponses().map(function (r) { return r.getItem().getTitle() + '=' + r.getResponse(); });
}
function shape(id) {
  var form = FormApp.openById(id);
  var kind = form.getItems(FormApp.ItemType.MULTIPLE_CHOICE)[0].asMultipleChoiceItem();
  var pages = form.getItems(FormApp.ItemType.PAGE_BREAK).map(function (i) { return i.asPageBreakItem(); });
  return {
    choices: kind.getChoices().map(function (c) {
      return c.getValue() + '→' + c.getPageNavigationType() + ':' + (c.getGotoPage() ? c.getGotoPage().getTitle() : '');
    }),
    pages: pages.map(function (p) { return p.getTitle() + ':' + p.getPageNavigationType(); }),
  };
}
function mix(id) {
  var form = FormApp.openById(id);
  var kind = form.getItems(FormApp.ItemType.MULTIPLE_CHOICE)[0].asMultipleChoiceItem();
  var page = form.getItems(FormApp.ItemType.PAGE_BREAK)[0].asPageBreakItem();
  kind.setChoices([kind.createChoice('a', page), kind.createChoice('c')]);
}
function checkboxNavigation(id) {
  var form = FormApp.openById(id);
  var page = form.getItems(FormApp.ItemType.PAGE_BREAK)[0].asPageBreakItem();
  form.addCheckboxItem().createChoice('x', page);
}
`;

function boot() {
  const rt = createRuntime();
  loadBundle(rt, BUNDLE);
  const id = rt.run('setup') as string;
  return { rt, id, form: rt.forms[0]! };
}

describe('page navigation', () => {
  it('reads back each choice’s page and each page break’s rule through the declared members', () => {
    const { rt, id } = boot();
    expect(rt.run('shape', [id])).toEqual({
      choices: ['a→GO_TO_PAGE:Trang A', 'b→GO_TO_PAGE:Trang B'],
      pages: ['Trang A:CONTINUE', 'Trang B:SUBMIT'],
    });
  });

  it('takes the chosen branch only: the skipped page’s question is neither required nor in the response', () => {
    const { rt, form } = boot();
    const [fired] = rt.submitForm(form, { Loại: 'a', 'Câu A': 'trả lời A' });
    expect(fired!.result).toEqual(['Loại=a', 'Câu A=trả lời A']);
    const [second] = rt.submitForm(form, { Loại: 'b', 'Câu B': 'trả lời B' });
    expect(second!.result).toEqual(['Loại=b', 'Câu B=trả lời B']);
    const sheet = rt.spreadsheet.getSheets()[0]!;
    expect(sheet.getRange(1, 2, 3, 3).getValues()).toEqual([
      ['Loại', 'Câu A', 'Câu B'],
      ['a', 'trả lời A', ''],
      ['b', '', 'trả lời B'],
    ]);
  });

  it('requires the questions of the pages on the path, and drops an answer typed on a page left behind', () => {
    const { rt, form } = boot();
    expect(() => rt.submitForm(form, { Loại: 'b' })).toThrow('The question "Câu B" is required');
    const [fired] = rt.submitForm(form, { Loại: 'b', 'Câu A': 'gõ rồi quay lại', 'Câu B': 'B' });
    expect(fired!.result).toEqual(['Loại=b', 'Câu B=B']);
  });

  it('drops the old branch’s answer when an edit takes the other branch', () => {
    const { rt, form } = boot();
    form.setAllowResponseEdits(true);
    rt.submitForm(form, { Loại: 'a', 'Câu A': 'A' });
    const url = form.getResponses()[0]!.getEditResponseUrl();
    const [edited] = rt.editResponse(url, { Loại: 'b', 'Câu B': 'B' });
    expect(edited!.result).toEqual(['Loại=b', 'Câu B=B']);
  });

  it('refuses choices with and without navigation in one item, and navigation on a checkbox', () => {
    const { rt, id } = boot();
    expect(() => rt.run('mix', [id])).toThrow('cannot be mixed');
    expect(() => rt.run('checkboxNavigation', [id])).toThrow('Invalid argument');
  });
});
