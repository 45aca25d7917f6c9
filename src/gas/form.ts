// The campaign's Google Form: found by the id set-up records, built or updated from the form definition in place
// (items matched by title, missing ones added, changed ones updated, unknown ones removed, the order restored; the
// unit's answer leads to its loại hình's page), and kept from copying its responses into the Sheet.
import type { UnitGroup } from '#shared/codes';
import { FORM_ITEMS } from '../domain/form';
import type { Page, Question } from '../domain/form';
import { getDocumentProperty, setDocumentProperty } from './properties';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type PageBreak = GoogleAppsScript.Forms.PageBreakItem;

/** Read lazily: touching FormApp while the module loads would fail in onOpen's limited auth mode. */
function itemType(kind: (Question | Page)['kind']): GoogleAppsScript.Forms.ItemType {
  const types = FormApp.ItemType;
  return {
    list: types.LIST,
    choice: types.MULTIPLE_CHOICE,
    text: types.TEXT,
    paragraph: types.PARAGRAPH_TEXT,
    date: types.DATE,
    page: types.PAGE_BREAK,
  }[kind];
}

/** Sets a question's help and whether it must be answered on its item (of any kind). */
function asked<T extends { setHelpText(text: string): T; setRequired(enabled: boolean): T }>(item: T, q: Question): T {
  return item.setHelpText(q.help).setRequired(q.required);
}

/**
 * Configures the question's item and returns its index: an existing generic Item (from getItems) is seen as
 * its type with as…Item; a new one is the typed item add…Item returns, configured directly — a ListItem,
 * TextItem, … has no as…Item methods in Apps Script.
 */
function configure(
  form: Form,
  existing: Item | undefined,
  q: Question | Page,
  pages: Map<UnitGroup, PageBreak>,
): number {
  const choices = [...('choices' in q ? (q.choices ?? []) : [])];
  switch (q.kind) {
    case 'page': {
      const item = existing ? existing.asPageBreakItem() : form.addPageBreakItem().setTitle(q.title);
      pages.set(q.group, item.setHelpText(q.help));
      return item.getIndex();
    }
    case 'list': {
      // The unit list's choices, each leading to its loại hình's page, are set once every page exists.
      const item = existing ? existing.asListItem() : form.addListItem().setTitle(q.title);
      asked(item, q);
      return (choices.length > 0 ? item.setChoiceValues(choices) : item).getIndex();
    }
    case 'choice': {
      const item = existing ? existing.asMultipleChoiceItem() : form.addMultipleChoiceItem().setTitle(q.title);
      return asked(item, q).setChoiceValues(choices).getIndex();
    }
    case 'text': {
      const item = existing ? existing.asTextItem() : form.addTextItem().setTitle(q.title);
      return asked(item, q).getIndex();
    }
    case 'paragraph': {
      const item = existing ? existing.asParagraphTextItem() : form.addParagraphTextItem().setTitle(q.title);
      return asked(item, q).getIndex();
    }
    case 'date': {
      const item = existing ? existing.asDateItem() : form.addDateItem().setTitle(q.title);
      return asked(item, q).getIndex();
    }
  }
}

/**
 * Makes the form's items exactly the definition's, keeping the items (and their answers) that exist. Each unit's
 * choice leads to its loại hình's page (ListItem.createChoice(value, PageBreakItem)), and completing a page sends the
 * form (the next page break's setGoToPage(SUBMIT)): two pages for anyone, on a phone too.
 */
export function syncQuestions(form: Form, units: readonly { name: string; group: UnitGroup }[]): void {
  const existing = new Map(form.getItems().map((item) => [item.getTitle(), item]));
  for (const [title, item] of existing) {
    const q = FORM_ITEMS.find((x) => x.title === title);
    if (!q || item.getType() !== itemType(q.kind)) {
      form.deleteItem(item);
      existing.delete(title);
    }
  }
  const pages = new Map<UnitGroup, PageBreak>();
  FORM_ITEMS.forEach((q, index) => {
    const at = configure(form, existing.get(q.title), q, pages);
    if (at !== index) form.moveItem(at, index);
  });
  [...pages.values()].slice(1).forEach((p) => p.setGoToPage(FormApp.PageNavigationType.SUBMIT));
  const list = form.getItems()[FORM_ITEMS.findIndex((q) => 'key' in q && q.key === 'unit')]!.asListItem();
  list.setChoices(units.map((u) => list.createChoice(u.name, pages.get(u.group)!)));
}

/** Where set-up keeps the form's id: the Sheet is not the form's destination, so nothing else leads to it. */
const FORM_ID_PROPERTY = 'formId';

/** The recorded form, null before set-up made one; throws as FormApp does when it is gone or not shared with this user. */
export function campaignForm(): Form | null {
  const id = getDocumentProperty(FORM_ID_PROPERTY);
  return id ? FormApp.openById(id) : null;
}

/** The form behind a response sheet's getFormUrl() (a spreadsheet-bound event of a Sheet still linked). */
export function openFormByUrl(url: string): Form {
  return FormApp.openByUrl(url);
}

/**
 * A new form, owned by the user running this, recorded as the campaign's. It has no destination: the form keeps
 * every response itself (intake and the hourly sweep read them there), and a response tab would cost the Sheet a
 * row of ~21 cells a deed against its 10,000,000-cell limit (issue 12).
 */
export function createCampaignForm(text: { title: string; description: string }): Form {
  const form = FormApp.create(text.title).setDescription(text.description);
  setDocumentProperty(FORM_ID_PROPERTY, form.getId());
  return form;
}

/**
 * Stops a form made before this from copying its responses into this spreadsheet; true when it did. The tab it
 * filled stays as it is (a plain tab; the form still holds every response). getDestinationId throws "The form currently
 * has no response destination" on a form without one (googleworkspace/apps-script-samples pull request 145), so that
 * is asked first, and only a link to this spreadsheet is removed.
 */
export function unlinkFrom(form: Form, spreadsheetId: string): boolean {
  let destination: string;
  try {
    destination = form.getDestinationId();
  } catch {
    return false;
  }
  if (destination !== spreadsheetId) return false;
  form.removeDestination();
  return true;
}

/**
 * What the respondent reads after sending, and edits allowed: a refused report is fixed through its own response's
 * edit link (FormResponse.getEditResponseUrl), which the outcome email carries. Set on every set-up, so a form made
 * before this (edits off, a message that said "recorded") follows.
 */
export function configureResponses(form: Form, confirmation: string): void {
  form.setConfirmationMessage(confirmation).setAllowResponseEdits(true);
}
