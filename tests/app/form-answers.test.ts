// Answers come from the FormResponse, never from the response sheet's display texts: dates whatever the
// spreadsheet's locale, answers typed with a leading "=", the sweep's ids, and old spreadsheet-bound triggers.
import { gas } from '../../local/runtime';
import type { AddOn } from '../../local/addon';
import { DEED, NEEDS_FIX } from '../../src/domain/tabs';
import { QUESTIONS } from '../../src/domain/form';
import type { AnswerKey } from '../../src/domain/form';
import { GOOD, freshAddOn, olderInstallation, tabRows, titledAnswers } from '../helpers';
import { deedRow, putRows } from './reporting-fixtures';

type Result = { status: string; id: string; reasons: string[] };
const title = (key: AnswerKey) => QUESTIONS.find((q) => q.key === key)!.title;
const deedCell = (row: unknown[] | undefined, key: keyof typeof DEED.col) => row?.[DEED.col[key]];
/** Midnight in Asia/Ho_Chi_Minh of a yyyy-MM-dd day, as an instant. */
const midnight = (day: string) => new Date(`${day}T00:00:00+07:00`).toISOString();
const iso = (v: unknown) => (v as Date).toISOString();

/** An admin whose Google interface is in English made the Sheet: en_US, whatever set-up did. */
function englishSheet(): AddOn {
  const addOn = freshAddOn();
  addOn.runtime.spreadsheet.setSpreadsheetLocale('en_US');
  addOn.runtime.meter.reset();
  return addOn;
}

function submit(addOn: AddOn, answers: Record<string, string>) {
  return addOn.runtime.submitForm(addOn.runtime.forms[0]!, titledAnswers(answers));
}

/** Removes set-up's onFormSubmit trigger: nothing records a response until the sweep. */
function dropSubmitTrigger(addOn: AddOn): void {
  const { ScriptApp } = gas(addOn.runtime);
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === 'onFormSubmit') ScriptApp.deleteTrigger(t);
}

/** The spreadsheet-bound trigger an older set-up (or another admin) installed, instead of or beside set-up's. */
function legacyTrigger(addOn: AddOn, keepFormTrigger: boolean): void {
  if (!keepFormTrigger) dropSubmitTrigger(addOn);
  olderInstallation(addOn);
}

/** Typed with a leading "=": the response sheet turns each into a formula (#NAME?), the response keeps it. */
const TYPED = {
  [title('title')]: '=Dọn lòng lề đường ấp Chợ',
  [title('performerName')]: '=HYPERLINK("http://x.example","Tổ trật tự")',
  [title('description')]: `=${GOOD.description}`,
};

describe('dates in a Sheet whose locale is en_US', () => {
  it.each([
    ['2026-05-11', '11 May'],
    ['2026-11-27', '27 November'],
  ])('records a deed done %s (%s) on that day', (day) => {
    const addOn = englishSheet();
    const [fired] = submit(addOn, { [title('doneOn')]: day });
    expect((fired!.result as Result).status).toBe('stored');
    expect(iso(deedCell(tabRows(addOn, DEED.name)[0], 'doneOn'))).toBe(midnight(day));
  });
});

describe('answers typed with a leading "="', () => {
  it('are kept as typed in the deed row, as text', () => {
    const addOn = freshAddOn();
    const [fired] = submit(addOn, TYPED);
    expect((fired!.result as Result).status).toBe('stored');
    const row = tabRows(addOn, DEED.name)[0];
    expect(deedCell(row, 'title')).toBe(TYPED[title('title')]);
    expect(deedCell(row, 'performerName')).toBe(TYPED[title('performerName')]);
    expect(deedCell(row, 'description')).toBe(TYPED[title('description')]);
    const formulas = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!.getDataRange().getFormulas().flat();
    expect(formulas.filter((f) => f !== '')).toEqual([]);
  });

  it('are kept as typed in «Cần bổ sung», refused only for what is really wrong', () => {
    const addOn = freshAddOn();
    const [fired] = submit(addOn, { ...TYPED, [title('doneOn')]: '2027-01-05' });
    const result = fired!.result as Result;
    expect(result.status).toBe('needs_fix');
    expect(result.reasons).toHaveLength(1); // the future date, nothing about the text
    const kept = tabRows(addOn, NEEDS_FIX.name)[0]!;
    expect(kept[3]).toBe(TYPED[title('title')]);
    const raw = JSON.parse(String(kept[6])) as { answers: Record<string, string> };
    expect(raw.answers).toEqual(
      expect.objectContaining({ title: TYPED[title('title')], description: TYPED[title('description')] }),
    );
  });
});

describe('the hourly sweep', () => {
  it('records a missed response as the trigger would — same id, same text and date — and never twice', () => {
    const addOn = englishSheet();
    const { runtime } = addOn;
    runtime.faults.executionDeadline(100); // the trigger's execution dies after its first Sheets call
    const [fired] = submit(addOn, { ...TYPED, [title('doneOn')]: '2026-05-11' });
    runtime.faults.executionDeadline(null);
    expect(String(fired!.error)).toContain('Exceeded maximum execution time');

    runtime.clock.advance(65 * 60_000);
    runtime.triggers.runDue();
    const rows = tabRows(addOn, DEED.name);
    expect(rows).toHaveLength(1);
    expect(deedCell(rows[0], 'title')).toBe(TYPED[title('title')]);
    expect(iso(deedCell(rows[0], 'doneOn'))).toBe(midnight('2026-05-11'));

    const again = runtime.triggers.fire(fired!.trigger, fired!.event).result as Result;
    expect(again).toEqual(expect.objectContaining({ status: 'duplicate', id: deedCell(rows[0], 'id') }));
    runtime.clock.advance(2 * 60 * 60_000);
    runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
  });

  it('takes at most 60 responses a run (one execution ≤ 120 s), oldest first, and the rest an hour later, each once', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    dropSubmitTrigger(addOn);
    for (let i = 0; i < 65; i++) {
      runtime.clock.advance(1000);
      expect(submit(addOn, { [title('title')]: `Việc tốt thứ ${i + 1}` })).toHaveLength(0); // no trigger left
    }
    runtime.clock.advance(65 * 60_000);
    runtime.triggers.runDue();
    const first = tabRows(addOn, DEED.name).map((r) => deedCell(r, 'title'));
    expect(first).toHaveLength(60);
    expect(first[0]).toBe('Việc tốt thứ 1');
    runtime.clock.advance(60 * 60_000);
    runtime.triggers.runDue();
    runtime.clock.advance(60 * 60_000);
    runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name)).toHaveLength(65);
  });

  it('reads only the end of the id column beside 30,000 deeds, and finds an id further up by a search', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    submit(addOn, { [title('title')]: 'Việc tốt đầu tiên' }); // recorded by its trigger: the duplicate index is warm
    dropSubmitTrigger(addOn);
    expect(submit(addOn, { [title('title')]: 'Việc tốt bị lỡ' })).toHaveLength(0);
    // Older deeds land above the missed response's row (rows sorted by hand): none of them is read.
    putRows(
      addOn,
      Array.from({ length: 30_000 }, (_, i) => deedRow({ doneOn: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}` })),
    );
    runtime.clock.advance(65 * 60_000);
    runtime.meter.reset();
    runtime.triggers.runDue();
    expect(runtime.meter.cellsRead).toBeLessThan(12_000);
    expect(tabRows(addOn, DEED.name).filter((r) => deedCell(r, 'title') === 'Việc tốt bị lỡ')).toHaveLength(1);
    // Sorted so that the deed sits far above the last 10,000 rows: the next sweep's search still finds it.
    const sheet = runtime.spreadsheet.getSheetByName(DEED.name)!;
    const last = sheet.getLastRow();
    const rows = sheet.getRange(2, 1, last - 1, DEED.width).getValues();
    sheet.getRange(2, 1, last - 1, DEED.width).setValues([rows[last - 2]!, ...rows.slice(0, last - 2)]);
    runtime.properties.document.delete('sweep:since'); // the sweep looks at the last week again
    runtime.clock.advance(60 * 60_000);
    runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name).filter((r) => deedCell(r, 'title') === 'Việc tốt bị lỡ')).toHaveLength(1);
  });
});

describe('set-up and spreadsheet-bound triggers', () => {
  it('installs one form-bound trigger and replaces an older spreadsheet-bound one, idempotently', () => {
    const addOn = freshAddOn();
    const formId = addOn.runtime.forms[0]!.getId();
    const submitTriggers = () =>
      addOn.runtime.triggers
        .list()
        .filter((t) => t.handler === 'onFormSubmit')
        .map((t) => [t.source, t.sourceId]);
    expect(submitTriggers()).toEqual([['FORMS', formId]]);
    legacyTrigger(addOn, false);
    addOn.call('menuSetup');
    addOn.call('menuSetup');
    expect(submitTriggers()).toEqual([['FORMS', formId]]);
  });

  it('sets the Sheet to vi_VN so people read dd/MM/yyyy', () => {
    expect(freshAddOn().runtime.spreadsheet.getSpreadsheetLocale()).toBe('vi_VN');
  });

  it('an old installation’s spreadsheet-bound event is recorded from the form response, in an en_US Sheet', () => {
    const addOn = englishSheet();
    legacyTrigger(addOn, false);
    const [fired] = submit(addOn, { ...TYPED, [title('doneOn')]: '2026-05-11' });
    expect((fired!.result as Result).status).toBe('stored');
    const row = tabRows(addOn, DEED.name)[0];
    expect(deedCell(row, 'title')).toBe(TYPED[title('title')]);
    expect(iso(deedCell(row, 'doneOn'))).toBe(midnight('2026-05-11'));
  });

  it('a response delivered by both kinds of trigger is recorded once, under one id', () => {
    const addOn = englishSheet();
    legacyTrigger(addOn, true);
    const fired = submit(addOn, { ...TYPED, [title('doneOn')]: '2026-05-11' });
    expect(fired.map((f) => (f.result as Result).status)).toEqual(['stored', 'duplicate']);
    expect((fired[1]!.result as Result).id).toBe((fired[0]!.result as Result).id);
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
  });
});
