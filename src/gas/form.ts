// Builds or updates the real Google Form from the form definition, in place: items are matched by title,
// missing ones added, changed ones updated, unknown ones removed, and the order restored.
import { QUESTIONS } from '../domain/form';
import type { Question } from '../domain/form';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

/** Read lazily: touching FormApp while the module loads would fail in onOpen's limited auth mode. */
function itemType(kind: Question['kind']): GoogleAppsScript.Forms.ItemType {
  const types = FormApp.ItemType;
  return {
    list: types.LIST,
    choice: types.MULTIPLE_CHOICE,
    text: types.TEXT,
    paragraph: types.PARAGRAPH_TEXT,
    date: types.DATE,
  }[kind];
}

/**
 * Configures the question's item and returns its index: an existing generic Item (from getItems) is seen as
 * its type with as…Item; a new one is the typed item add…Item returns, configured directly — a ListItem,
 * TextItem, … has no as…Item methods in Apps Script.
 */
function configure(form: Form, existing: Item | undefined, q: Question, unitNames: readonly string[]): number {
  const choices = [...(q.key === 'unit' ? unitNames : (q.choices ?? []))];
  switch (q.kind) {
    case 'list': {
      const item = existing ? existing.asListItem() : form.addListItem().setTitle(q.title);
      return item.setHelpText(q.help).setRequired(q.required).setChoiceValues(choices).getIndex();
    }
    case 'choice': {
      const item = existing ? existing.asMultipleChoiceItem() : form.addMultipleChoiceItem().setTitle(q.title);
      return item.setHelpText(q.help).setRequired(q.required).setChoiceValues(choices).getIndex();
    }
    case 'text': {
      const item = existing ? existing.asTextItem() : form.addTextItem().setTitle(q.title);
      return item.setHelpText(q.help).setRequired(q.required).getIndex();
    }
    case 'paragraph': {
      const item = existing ? existing.asParagraphTextItem() : form.addParagraphTextItem().setTitle(q.title);
      return item.setHelpText(q.help).setRequired(q.required).getIndex();
    }
    case 'date': {
      const item = existing ? existing.asDateItem() : form.addDateItem().setTitle(q.title);
      return item.setHelpText(q.help).setRequired(q.required).getIndex();
    }
  }
}

/** Makes the form's questions exactly the definition's, keeping the items (and their answers) that exist. */
export function syncQuestions(form: Form, unitNames: readonly string[]): void {
  const existing = new Map(form.getItems().map((item) => [item.getTitle(), item]));
  const wanted = new Set(QUESTIONS.map((q) => q.title));
  for (const [title, item] of existing) {
    const q = QUESTIONS.find((x) => x.title === title);
    if (!wanted.has(title) || (q && item.getType() !== itemType(q.kind))) {
      form.deleteItem(item);
      existing.delete(title);
    }
  }
  QUESTIONS.forEach((q, index) => {
    const at = configure(form, existing.get(q.title), q, unitNames);
    if (at !== index) form.moveItem(at, index);
  });
}

/** The form with this id; throws as FormApp does when it is gone or not shared with this user. */
export function openForm(id: string): Form {
  return FormApp.openById(id);
}

/** The form behind a response sheet's getFormUrl(). */
export function openFormByUrl(url: string): Form {
  return FormApp.openByUrl(url);
}

/** A new form, owned by the user running this, whose responses land in the spreadsheet with this id. */
export function createLinkedForm(text: { title: string; description: string }, spreadsheetId: string): Form {
  const form = FormApp.create(text.title).setDescription(text.description);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  return form;
}

/**
 * What the respondent reads after sending, and edits allowed: a refused report is fixed through its own response's
 * edit link (FormResponse.getEditResponseUrl), which the outcome email carries. Set on every set-up, so a form made
 * before this (edits off, a message that said "recorded") follows.
 */
export function configureResponses(form: Form, confirmation: string): void {
  form.setConfirmationMessage(confirmation).setAllowResponseEdits(true);
}
