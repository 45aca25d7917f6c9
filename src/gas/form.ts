// Builds or updates the real Google Form from the form definition, in place: items are matched by title,
// missing ones added, changed ones updated, unknown ones removed, and the order restored.
import { QUESTIONS } from '../domain/form';
import type { Question } from '../domain/form';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

function addItem(form: Form, q: Question): Item {
  switch (q.kind) {
    case 'list':
      return form.addListItem().setTitle(q.title) as unknown as Item;
    case 'choice':
      return form.addMultipleChoiceItem().setTitle(q.title) as unknown as Item;
    case 'text':
      return form.addTextItem().setTitle(q.title) as unknown as Item;
    case 'paragraph':
      return form.addParagraphTextItem().setTitle(q.title) as unknown as Item;
    case 'date':
      return form.addDateItem().setTitle(q.title) as unknown as Item;
  }
}

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

function configure(item: Item, q: Question, unitNames: readonly string[]): void {
  const choices = q.key === 'unit' ? unitNames : (q.choices ?? []);
  switch (q.kind) {
    case 'list':
      item
        .asListItem()
        .setHelpText(q.help)
        .setRequired(q.required)
        .setChoiceValues([...choices]);
      return;
    case 'choice':
      item
        .asMultipleChoiceItem()
        .setHelpText(q.help)
        .setRequired(q.required)
        .setChoiceValues([...choices]);
      return;
    case 'text':
      item.asTextItem().setHelpText(q.help).setRequired(q.required);
      return;
    case 'paragraph':
      item.asParagraphTextItem().setHelpText(q.help).setRequired(q.required);
      return;
    case 'date':
      item.asDateItem().setHelpText(q.help).setRequired(q.required);
      return;
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
    const item = existing.get(q.title) ?? addItem(form, q);
    configure(item, q, unitNames);
    if (item.getIndex() !== index) form.moveItem(item, index);
  });
}
