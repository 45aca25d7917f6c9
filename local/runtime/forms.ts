// Fake FormApp: forms, their items and responses, and the link that writes responses into the spreadsheet.
// https://developers.google.com/apps-script/reference/forms/form-app
// https://developers.google.com/apps-script/reference/forms/form
// https://developers.google.com/apps-script/reference/forms/form-response
// FormResponse.submit() from a script records the response (and its row) but fires no trigger
// (APPS-SCRIPT-FACTS.md); runtime.submitForm simulates a real respondent and fires them.

import { Facade, asEnum, enumName, isDate, makeEnum, type Context, type Emulates } from './context';
import { formatDate } from './dates';
import type { SheetModel } from './sheet-model';
import type { SheetsService } from './spreadsheet';
import { MAX_CELL_CHARS } from './values';

export const ItemType = makeEnum([
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'FILE_UPLOAD',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'RATING',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
]);
export const DestinationType = makeEnum(['SPREADSHEET']);
export const PageNavigationType = makeEnum(['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT']);

type ItemTypeName =
  'CHECKBOX' | 'DATE' | 'LIST' | 'MULTIPLE_CHOICE' | 'PAGE_BREAK' | 'PARAGRAPH_TEXT' | 'SECTION_HEADER' | 'TEXT';
const CHOICE_TYPES: ItemTypeName[] = ['LIST', 'MULTIPLE_CHOICE', 'CHECKBOX'];
const LAYOUT_TYPES: ItemTypeName[] = ['SECTION_HEADER', 'PAGE_BREAK'];

/** Names Sheets gives a linked response sheet and its first column in a vi_VN spreadsheet. */
export const RESPONSE_SHEET_PREFIX = 'Câu trả lời biểu mẫu';
export const TIMESTAMP_HEADER = 'Dấu thời gian';
export const EMAIL_HEADER = 'Địa chỉ email';

export type Answer = string | string[];

/**
 * Where a page leads once completed: the next page, a page (GO_TO_PAGE, the id of its PageBreakItem), the start
 * again, or the response sent (https://developers.google.com/apps-script/reference/forms/page-navigation-type).
 */
export type Navigation = { type: 'CONTINUE' | 'RESTART' | 'SUBMIT' } | { type: 'GO_TO_PAGE'; page: number };

export interface ItemModel {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  /** Per choice, where it leads (createChoice(value, pageBreakItem | PageNavigationType)); null: no navigation. */
  navigation: Navigation[] | null;
  /** A page break's own rule, for the page before it completed in order (PageBreakItem.setGoToPage). */
  goTo?: Navigation;
  hasOtherOption: boolean;
}

export interface ResponseModel {
  id: string;
  timestamp: number;
  email: string;
  answers: Map<number, Answer>;
  submitted: boolean;
  /** Its 1-based row in the linked sheet, once recorded there: an edit rewrites that row. */
  row?: number;
}

export interface FormModel {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  confirmationMessage: string;
  collectEmail: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  requireLogin: boolean;
  acceptingResponses: boolean;
  items: ItemModel[];
  responses: ResponseModel[];
  destinationId: string | null;
  /** Column (1-based) of each item in the response sheet. */
  columns: Map<number, number>;
  /** The user who created it (FormApp.create): files a script creates belong to the user who ran it. */
  owner: string;
  /** Users the form was shared with for editing (Form.addEditor). */
  editors: string[];
}

function isQuestion(item: ItemModel): boolean {
  return !LAYOUT_TYPES.includes(item.type);
}

/** The forms of the runtime and everything the form fakes share. */
export class FormsService {
  readonly forms: FormModel[] = [];
  private readonly facades = new WeakMap<FormModel, FakeForm>();

  constructor(
    readonly ctx: Context,
    readonly sheets: SheetsService,
  ) {}

  create(title: string): FormModel {
    const form: FormModel = {
      id: this.ctx.randomId(44),
      publishedId: `1FAIpQL${this.ctx.randomId(49)}`,
      title,
      description: '',
      confirmationMessage: '',
      collectEmail: false,
      allowResponseEdits: false,
      limitOneResponsePerUser: false,
      requireLogin: false,
      acceptingResponses: true,
      items: [],
      responses: [],
      destinationId: null,
      columns: new Map(),
      owner: this.ctx.currentUser(),
      editors: [],
    };
    this.forms.push(form);
    return form;
  }

  form(model: FormModel): FakeForm {
    let facade = this.facades.get(model);
    if (!facade) this.facades.set(model, (facade = new FakeForm(this, model)));
    return facade.proxy;
  }

  formModel(value: unknown): FormModel {
    const fake = this.ctx.fakeOf(value, FakeForm);
    if (!fake) throw new Error('Not a form of this runtime');
    return fake.model;
  }

  editUrl(form: FormModel): string {
    return `https://docs.google.com/forms/d/${form.id}/edit`;
  }

  publishedUrl(form: FormModel): string {
    return `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
  }

  byId(id: string): FormModel | undefined {
    return this.forms.find((f) => f.id === id);
  }

  /** The generic Item of `item`, or (`as`) the class of its type, refusing another type as Apps Script does. */
  item(form: FormModel, item: ItemModel, as?: ItemTypeName): ItemFake {
    if (as === undefined) return new FakeItem(this, form, item).proxy;
    if (item.type !== as) throw this.ctx.error(`Item ${item.id} is a ${item.type} item, not ${as}.`);
    switch (as) {
      case 'LIST':
        return new FakeListItem(this, form, item).proxy;
      case 'MULTIPLE_CHOICE':
        return new FakeOtherChoiceItem(this, form, item, 'Forms.MultipleChoiceItem').proxy;
      case 'CHECKBOX':
        return new FakeOtherChoiceItem(this, form, item, 'Forms.CheckboxItem').proxy;
      case 'DATE':
        return new FakeDateItem(this, form, item).proxy;
      case 'TEXT':
        return new FakeTextItem(this, form, item, 'Forms.TextItem').proxy;
      case 'PARAGRAPH_TEXT':
        return new FakeTextItem(this, form, item, 'Forms.ParagraphTextItem').proxy;
      case 'SECTION_HEADER':
        return new FakeLayoutItem(this, form, item, 'Forms.SectionHeaderItem').proxy;
      case 'PAGE_BREAK':
        return new FakePageBreakItem(this, form, item).proxy;
    }
  }

  /** A navigation from a PageBreakItem of this form (GO_TO_PAGE) or a PageNavigationType. */
  navigation(form: FormModel, leadsTo: unknown): Navigation {
    const page = this.ctx.fakeOf(leadsTo, FakePageBreakItem);
    if (page) {
      if (!form.items.includes(page.item)) throw this.ctx.error('Invalid argument: goToPageItem');
      return { type: 'GO_TO_PAGE', page: page.item.id };
    }
    const type = enumName(leadsTo);
    if (type === 'CONTINUE' || type === 'RESTART' || type === 'SUBMIT') return { type };
    throw this.ctx.error('Invalid argument: navigationType');
  }

  pageBreak(form: FormModel, id: number): ItemFake | null {
    const item = form.items.find((i) => i.id === id && i.type === 'PAGE_BREAK');
    return item ? this.item(form, item, 'PAGE_BREAK') : null;
  }

  /**
   * The items a respondent giving these answers sees, page after page
   * (https://developers.google.com/apps-script/reference/forms/page-navigation-type): a completed page goes where the
   * last chosen answer with navigation on it says ("only the last navigation option has any effect"); without one
   * (or with CONTINUE) where the next page break's setGoToPage says, by default to the next page; "page navigation
   * also has no effect on the last page of a form". A navigation to a page break no longer in the form, and RESTART
   * (a respondent starting again), are refused (not emulated). Answers to questions off this path are not part of the
   * response (chosen, stricter: a respondent who went back and took another branch leaves none behind; not verified).
   */
  path(form: FormModel, answers: ReadonlyMap<number, Answer>): Set<ItemModel> {
    const pages: ItemModel[][] = [[]];
    for (const item of form.items) {
      if (item.type === 'PAGE_BREAK') pages.push([]);
      pages[pages.length - 1]!.push(item);
    }
    const seen = new Set<ItemModel>();
    for (let p = 0; p < pages.length;) {
      const items = pages[p]!;
      if (seen.has(items[0]!)) throw this.ctx.notEmulated('a form whose navigation comes back to a page');
      items.forEach((i) => seen.add(i));
      if (p === pages.length - 1) break;
      let nav: Navigation | undefined;
      for (const item of items) {
        const answer = answers.get(item.id);
        const k = item.navigation && typeof answer === 'string' ? item.choices.indexOf(answer) : -1;
        if (k >= 0 && item.navigation![k]!.type !== 'CONTINUE') nav = item.navigation![k];
      }
      nav ??= pages[p + 1]![0]!.goTo ?? { type: 'CONTINUE' };
      if (nav.type === 'SUBMIT') break;
      if (nav.type === 'RESTART') throw this.ctx.notEmulated('PageNavigationType.RESTART');
      const target = nav.type === 'GO_TO_PAGE' ? nav.page : undefined;
      p = target === undefined ? p + 1 : pages.findIndex((page) => page[0]!.id === target);
      if (p < 0) throw this.ctx.notEmulated(`navigation to page break ${target} not in the form`);
    }
    return seen;
  }

  // ---- the linked response sheet ------------------------------------------------------------------------------

  responseSheet(form: FormModel): SheetModel | null {
    if (form.destinationId === null) return null;
    return this.sheets.model.linkedForms.get(form.id) ?? null;
  }

  /** Links the form to the bound spreadsheet: a new first sheet with the timestamp and question headers. */
  link(form: FormModel, spreadsheetId: string): void {
    const { model } = this.sheets;
    if (spreadsheetId !== model.id)
      throw this.ctx.notEmulated(`Form.setDestination to a spreadsheet other than the bound one (${spreadsheetId})`);
    if (this.responseSheet(form)) return;
    let n = 1;
    while (this.sheets.findSheet(`${RESPONSE_SHEET_PREFIX} ${n}`)) n++;
    const active = model.activeSheet;
    const sheet = this.sheets.insertSheet(`${RESPONSE_SHEET_PREFIX} ${n}`, 0);
    model.activeSheet = active ?? sheet;
    sheet.formId = form.id;
    sheet.frozenRows = 1;
    model.linkedForms.set(form.id, sheet);
    form.destinationId = spreadsheetId;
    form.columns = new Map();
    sheet.values.set(0, 0, TIMESTAMP_HEADER);
    if (form.collectEmail) sheet.values.set(0, 1, EMAIL_HEADER);
    for (const item of form.items) this.addColumn(form, item);
    sheet.touched();
  }

  /** A question added to a linked form gets a new column at the end, as in Sheets. */
  addColumn(form: FormModel, item: ItemModel): void {
    const sheet = this.responseSheet(form);
    if (!sheet || !isQuestion(item) || form.columns.has(item.id)) return;
    const column = sheet.lastColumn() + 1;
    this.sheets.grow(sheet, sheet.maxRows, column);
    sheet.values.set(0, column - 1, item.title);
    sheet.touched();
    form.columns.set(item.id, column);
  }

  renameColumn(form: FormModel, item: ItemModel): void {
    const sheet = this.responseSheet(form);
    const column = form.columns.get(item.id);
    if (sheet && column !== undefined) sheet.values.set(0, column - 1, item.title);
  }

  unlink(form: FormModel): void {
    const sheet = this.responseSheet(form);
    if (sheet) {
      sheet.formId = null;
      this.sheets.model.linkedForms.delete(form.id);
    }
    form.destinationId = null;
  }

  /**
   * Records a response and writes its row to the linked sheet (timestamp, email if collected, answers in
   * column order; values coerced as Sheets coerces typed text). Returns the response and its 1-based row.
   * An answer that starts with '=' becomes a formula there, and its display value the formula's result
   * ('#NAME?' for what the emulator does not evaluate): no published statement says Forms escapes it, so the
   * stricter behaviour is modelled; the FormResponse itself keeps the text as typed. The row's display
   * texts (and so the sheet event's values) follow the spreadsheet's locale.
   */
  record(form: FormModel, response: ResponseModel): { response: ResponseModel; row: number | null } {
    const edit = response.submitted;
    response.submitted = true;
    if (!edit) form.responses.push(response);
    const sheet = this.responseSheet(form);
    if (!sheet) return { response, row: null };
    const cells: unknown[] = [new Date(response.timestamp)];
    if (form.collectEmail) cells[1] = response.email;
    for (const [itemId, column] of form.columns) {
      const answer = response.answers.get(itemId);
      const text = answer === undefined ? '' : Array.isArray(answer) ? answer.join(', ') : answer;
      // A cell holds 50,000 characters (values.ts); what Forms does with a longer answer is not documented:
      // here the sheet keeps the start and only the response keeps it whole.
      cells[column - 1] = text.slice(0, MAX_CELL_CHARS);
    }
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    // An edited response keeps its row, rewritten with the new timestamp and answers.
    const row = edit && response.row !== undefined ? response.row : sheet.lastRow() + 1;
    this.sheets.grow(sheet, row, cells.length);
    this.sheets.writeRow(sheet, row - 1, cells);
    response.row = row;
    return { response, row };
  }

  newResponse(timestamp: number, email: string): ResponseModel {
    return { id: `2_ABaOnu${this.ctx.randomId(40)}`, timestamp, email, answers: new Map(), submitted: false };
  }

  /** Checks a respondent's answer against the item as the form would. */
  validate(item: ItemModel, answer: Answer): Answer {
    const values = Array.isArray(answer) ? answer.map(String) : [String(answer)];
    if (item.type === 'CHECKBOX' && !Array.isArray(answer))
      throw this.ctx.error(`Invalid response submitted to item ${item.id}: a checkbox item takes an array.`);
    if (CHOICE_TYPES.includes(item.type) && !item.hasOtherOption)
      for (const v of values)
        if (!item.choices.includes(v)) throw this.ctx.error(`Invalid response submitted to item ${item.id}: ${v}`);
    if (item.type === 'DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(values[0] ?? ''))
      throw this.ctx.error(`Invalid response submitted to item ${item.id}: ${values[0]}`);
    return Array.isArray(answer) ? values : (values[0] ?? '');
  }
}

// ---- FormApp ---------------------------------------------------------------------------------------------------

type GasFormApp = GoogleAppsScript.Forms.FormApp;

export class FakeFormApp
  extends Facade
  implements Emulates<GasFormApp, 'create' | 'openById' | 'openByUrl' | 'getActiveForm'>
{
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;
  readonly PageNavigationType = PageNavigationType;

  constructor(private readonly forms: FormsService) {
    super(forms.ctx, 'Forms.FormApp');
  }

  create(title: string): FakeForm {
    return this.forms.form(this.forms.create(String(title)));
  }

  openById(id: string): FakeForm {
    return this.open(this.forms.byId(String(id)));
  }

  openByUrl(formUrl: string): FakeForm {
    const url = String(formUrl);
    return this.open(
      this.forms.forms.find((f) => url.includes(`/d/${f.id}/`) || url.includes(`/d/e/${f.publishedId}/`)),
    );
  }

  /**
   * Only the owner and the editors may open a form; anyone else gets the error a missing form gives:
   * "No item with the given ID could be found. Possibly because you have not edited this item or you do not have
   * permission to access it." (FormApp.openById, 2025: github.com/boilermaker-ben/Google-Sheets-NFL-Pick-Ems-and-
   * Survivor-Pool/issues/30; an older wording in github.com/stevenschmatz/export-google-form/issues/5).
   * faults.failNextFormOpen makes the next open fail transiently.
   */
  private open(form: FormModel | undefined): FakeForm {
    const transient = this.ctx.faults.takeFormOpenFailure();
    if (transient !== null) throw this.ctx.error(transient);
    const user = this.ctx.currentUser();
    if (!form || (form.owner !== user && !form.editors.includes(user)))
      throw this.ctx.error(
        'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      );
    return this.forms.form(form);
  }

  /** The script is bound to a spreadsheet, so there is no active form. */
  getActiveForm(): null {
    return null;
  }
}

// ---- Form ------------------------------------------------------------------------------------------------------

type GasForm = GoogleAppsScript.Forms.Form;

export class FakeForm
  extends Facade
  implements
    Emulates<
      GasForm,
      | 'getId'
      | 'getTitle'
      | 'setTitle'
      | 'getDescription'
      | 'setDescription'
      | 'getEditUrl'
      | 'getPublishedUrl'
      | 'getItems'
      | 'getItemById'
      | 'deleteItem'
      | 'moveItem'
      | 'addListItem'
      | 'addMultipleChoiceItem'
      | 'addCheckboxItem'
      | 'addTextItem'
      | 'addParagraphTextItem'
      | 'addDateItem'
      | 'addSectionHeaderItem'
      | 'addPageBreakItem'
      | 'setDestination'
      | 'getDestinationId'
      | 'getDestinationType'
      | 'removeDestination'
      | 'setCollectEmail'
      | 'collectsEmail'
      | 'setConfirmationMessage'
      | 'getConfirmationMessage'
      | 'setAllowResponseEdits'
      | 'canEditResponse'
      | 'setLimitOneResponsePerUser'
      | 'hasLimitOneResponsePerUser'
      | 'setRequireLogin'
      | 'requiresLogin'
      | 'setAcceptingResponses'
      | 'isAcceptingResponses'
      | 'createResponse'
      | 'getResponses'
      | 'getResponse'
      | 'deleteAllResponses'
      | 'addEditor'
    >
{
  constructor(
    private readonly forms: FormsService,
    readonly model: FormModel,
  ) {
    super(forms.ctx, 'Forms.Form');
  }

  /** Shares the form for editing: the user may then open it with FormApp.openById. */
  addEditor(user: string | GoogleAppsScript.Base.User): FakeForm {
    const email = typeof user === 'string' ? user : String((user as { getEmail(): string }).getEmail());
    if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this.proxy;
  }

  getId(): string {
    return this.model.id;
  }

  getTitle(): string {
    return this.model.title;
  }

  setTitle(title: string): FakeForm {
    this.model.title = String(title);
    return this.proxy;
  }

  getDescription(): string {
    return this.model.description;
  }

  setDescription(description: string): FakeForm {
    this.model.description = String(description);
    return this.proxy;
  }

  getEditUrl(): string {
    return this.forms.editUrl(this.model);
  }

  getPublishedUrl(): string {
    return this.forms.publishedUrl(this.model);
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): ItemFake[] {
    const type = enumName(itemType);
    const items = this.model.items.filter((i) => type === undefined || i.type === type);
    return this.ctx.array(items.map((i) => this.forms.item(this.model, i)));
  }

  getItemById(id: number): ItemFake | null {
    const item = this.model.items.find((i) => i.id === Number(id));
    return item ? this.forms.item(this.model, item) : null;
  }

  private indexOf(itemOrIndex: unknown): number {
    if (typeof itemOrIndex === 'number') return itemOrIndex;
    const fake = this.ctx.fakeOf(itemOrIndex, ItemFake);
    return fake ? this.model.items.indexOf(fake.item) : -1;
  }

  deleteItem(itemOrIndex: unknown): void {
    const i = this.indexOf(itemOrIndex);
    if (i < 0 || i >= this.model.items.length) throw this.ctx.error('Invalid argument: index');
    this.model.items.splice(i, 1);
  }

  moveItem(itemOrFrom: unknown, toIndex: number): ItemFake {
    const from = this.indexOf(itemOrFrom);
    const item = this.model.items[from];
    if (!item || toIndex < 0 || toIndex >= this.model.items.length) throw this.ctx.error('Invalid argument: index');
    this.model.items.splice(from, 1);
    this.model.items.splice(toIndex, 0, item);
    return this.forms.item(this.model, item);
  }

  private add(type: ItemTypeName): ItemFake {
    const item: ItemModel = {
      id: Math.floor(this.ctx.random() * 2 ** 31),
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
      navigation: null,
      hasOtherOption: false,
    };
    this.model.items.push(item);
    this.forms.addColumn(this.model, item);
    return this.forms.item(this.model, item, type);
  }

  addListItem(): FakeListItem {
    return this.add('LIST') as FakeListItem;
  }

  addMultipleChoiceItem(): FakeOtherChoiceItem {
    return this.add('MULTIPLE_CHOICE') as FakeOtherChoiceItem;
  }

  addCheckboxItem(): FakeOtherChoiceItem {
    return this.add('CHECKBOX') as FakeOtherChoiceItem;
  }

  addTextItem(): FakeTextItem {
    return this.add('TEXT') as FakeTextItem;
  }

  addParagraphTextItem(): FakeTextItem {
    return this.add('PARAGRAPH_TEXT') as FakeTextItem;
  }

  addDateItem(): FakeDateItem {
    return this.add('DATE') as FakeDateItem;
  }

  addSectionHeaderItem(): ItemFake {
    return this.add('SECTION_HEADER');
  }

  addPageBreakItem(): ItemFake {
    return this.add('PAGE_BREAK');
  }

  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): FakeForm {
    if (enumName(type) !== 'SPREADSHEET') throw this.ctx.error('Invalid argument: type');
    this.forms.link(this.model, String(id));
    return this.proxy;
  }

  getDestinationId(): string {
    if (this.model.destinationId === null) throw this.ctx.error('The form currently has no response destination.');
    return this.model.destinationId;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (this.model.destinationId === null) throw this.ctx.error('The form currently has no response destination.');
    return asEnum(DestinationType.SPREADSHEET);
  }

  removeDestination(): FakeForm {
    this.forms.unlink(this.model);
    return this.proxy;
  }

  setCollectEmail(collect: boolean): FakeForm {
    this.model.collectEmail = Boolean(collect);
    return this.proxy;
  }

  collectsEmail(): boolean {
    return this.model.collectEmail;
  }

  setConfirmationMessage(message: string): FakeForm {
    this.model.confirmationMessage = String(message);
    return this.proxy;
  }

  getConfirmationMessage(): string {
    return this.model.confirmationMessage;
  }

  setAllowResponseEdits(enabled: boolean): FakeForm {
    this.model.allowResponseEdits = Boolean(enabled);
    return this.proxy;
  }

  canEditResponse(): boolean {
    return this.model.allowResponseEdits;
  }

  setLimitOneResponsePerUser(enabled: boolean): FakeForm {
    this.model.limitOneResponsePerUser = Boolean(enabled);
    return this.proxy;
  }

  hasLimitOneResponsePerUser(): boolean {
    return this.model.limitOneResponsePerUser;
  }

  setRequireLogin(requireLogin: boolean): FakeForm {
    this.model.requireLogin = Boolean(requireLogin);
    return this.proxy;
  }

  requiresLogin(): boolean {
    return this.model.requireLogin;
  }

  setAcceptingResponses(enabled: boolean): FakeForm {
    this.model.acceptingResponses = Boolean(enabled);
    return this.proxy;
  }

  isAcceptingResponses(): boolean {
    return this.model.acceptingResponses;
  }

  /** A response to fill with withItemResponse and submit() (which fires no trigger). */
  createResponse(): FakeFormResponse {
    const response = this.forms.newResponse(this.ctx.clock.now().getTime(), this.ctx.currentUser());
    return new FakeFormResponse(this.forms, this.model, response).proxy;
  }

  getResponses(timestamp?: GoogleAppsScript.Base.Date): FakeFormResponse[] {
    const after = timestamp ? new Date(timestamp as unknown as Date).getTime() : -Infinity;
    return this.ctx.array(
      this.model.responses
        .filter((r) => r.timestamp >= after)
        .map((r) => new FakeFormResponse(this.forms, this.model, r).proxy),
    );
  }

  getResponse(responseId: string): FakeFormResponse {
    const response = this.model.responses.find((r) => r.id === responseId);
    if (!response) throw this.ctx.error('No response with ID ' + responseId + ' exists for this form.');
    return new FakeFormResponse(this.forms, this.model, response).proxy;
  }

  deleteAllResponses(): FakeForm {
    this.model.responses = [];
    return this.proxy;
  }
}

// ---- items -----------------------------------------------------------------------------------------------------

type GasItem = GoogleAppsScript.Forms.Item;

/**
 * What every item class has (Item, ListItem, TextItem, …). The script gets the class of the item's type only
 * from add…Item() and as…Item(); a typed item has no as…Item() methods
 * (https://developers.google.com/apps-script/reference/forms/list-item), only a generic Item has them
 * (https://developers.google.com/apps-script/reference/forms/item).
 */
export abstract class ItemFake
  extends Facade
  implements
    Emulates<GasItem, 'getId' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType' | 'getIndex'>
{
  constructor(
    protected readonly forms: FormsService,
    protected readonly form: FormModel,
    readonly item: ItemModel,
    iface: string,
  ) {
    super(forms.ctx, iface);
  }

  getId(): number {
    return this.item.id;
  }

  getTitle(): string {
    return this.item.title;
  }

  /** In a linked form the question's column header follows its title. */
  setTitle(title: string): this {
    this.item.title = String(title);
    this.forms.renameColumn(this.form, this.item);
    return this.proxy;
  }

  getHelpText(): string {
    return this.item.helpText;
  }

  setHelpText(text: string): this {
    this.item.helpText = String(text);
    return this.proxy;
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    return asEnum(ItemType[this.item.type]);
  }

  getIndex(): number {
    return this.form.items.indexOf(this.item);
  }

  /** The response to this item, validated as the form validates it. */
  protected response(answer: Answer): FakeItemResponse {
    const value = this.forms.validate(this.item, answer);
    return new FakeItemResponse(this.forms, this.form, this.item, value).proxy;
  }
}

/** A generic Item (getItems, getItemById, moveItem, ItemResponse.getItem): seen as its type with as…Item(). */
export class FakeItem
  extends ItemFake
  implements
    Emulates<
      GasItem,
      | 'asListItem'
      | 'asMultipleChoiceItem'
      | 'asCheckboxItem'
      | 'asTextItem'
      | 'asParagraphTextItem'
      | 'asDateItem'
      | 'asSectionHeaderItem'
      | 'asPageBreakItem'
    >
{
  constructor(forms: FormsService, form: FormModel, item: ItemModel) {
    super(forms, form, item, 'Forms.Item');
  }

  asListItem(): ItemFake {
    return this.forms.item(this.form, this.item, 'LIST');
  }

  asMultipleChoiceItem(): ItemFake {
    return this.forms.item(this.form, this.item, 'MULTIPLE_CHOICE');
  }

  asCheckboxItem(): ItemFake {
    return this.forms.item(this.form, this.item, 'CHECKBOX');
  }

  asTextItem(): ItemFake {
    return this.forms.item(this.form, this.item, 'TEXT');
  }

  asParagraphTextItem(): ItemFake {
    return this.forms.item(this.form, this.item, 'PARAGRAPH_TEXT');
  }

  asDateItem(): ItemFake {
    return this.forms.item(this.form, this.item, 'DATE');
  }

  asSectionHeaderItem(): ItemFake {
    return this.forms.item(this.form, this.item, 'SECTION_HEADER');
  }

  asPageBreakItem(): ItemFake {
    return this.forms.item(this.form, this.item, 'PAGE_BREAK');
  }
}

/** Section headers: no answer, no "required" (page breaks: FakePageBreakItem). */
export class FakeLayoutItem extends ItemFake {
  static readonly ifaces = ['Forms.SectionHeaderItem'] as const;

  constructor(forms: FormsService, form: FormModel, item: ItemModel, iface: (typeof FakeLayoutItem.ifaces)[number]) {
    super(forms, form, item, iface);
  }
}

type GasPageBreakItem = GoogleAppsScript.Forms.PageBreakItem;

/**
 * A page break: where the page before it leads when completed in order, unless a chosen answer there leads elsewhere
 * (https://developers.google.com/apps-script/reference/forms/page-break-item#setGoToPage(PageBreakItem)).
 */
export class FakePageBreakItem
  extends ItemFake
  implements Emulates<GasPageBreakItem, 'setGoToPage' | 'getGoToPage' | 'getPageNavigationType'>
{
  constructor(forms: FormsService, form: FormModel, item: ItemModel) {
    super(forms, form, item, 'Forms.PageBreakItem');
  }

  setGoToPage(goTo: unknown): this {
    this.item.goTo = this.forms.navigation(this.form, goTo);
    return this.proxy;
  }

  getGoToPage(): ItemFake | null {
    const goTo = this.item.goTo;
    return goTo?.type === 'GO_TO_PAGE' ? this.forms.pageBreak(this.form, goTo.page) : null;
  }

  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    return asEnum(PageNavigationType[this.item.goTo?.type ?? 'CONTINUE']);
  }
}

/** Items that can be required (questions). */
abstract class FakeQuestionItem extends ItemFake {
  setRequired(enabled: boolean): this {
    this.item.required = Boolean(enabled);
    return this.proxy;
  }

  isRequired(): boolean {
    return this.item.required;
  }
}

type GasListItem = GoogleAppsScript.Forms.ListItem;
type GasCheckboxItem = GoogleAppsScript.Forms.CheckboxItem;

/** What ListItem, MultipleChoiceItem and CheckboxItem share. */
abstract class ChoiceItemFake
  extends FakeQuestionItem
  implements
    Emulates<
      GasListItem,
      'setChoiceValues' | 'getChoices' | 'createChoice' | 'setChoices' | 'setRequired' | 'isRequired'
    >
{
  setChoiceValues(values: string[]): this {
    if (!Array.isArray(values)) throw this.ctx.error('Invalid argument: values');
    this.item.choices = values.map(String);
    this.item.navigation = null;
    return this.proxy;
  }

  getChoices(): unknown[] {
    const nav = this.item.navigation;
    return this.ctx.array(this.item.choices.map((value, i) => choice(this.forms, this.form, value, nav?.[i])));
  }

  /**
   * A choice, with where it leads when the item is a list or multiple choice: createChoice(value, pageBreakItem) or
   * (value, PageNavigationType) (https://developers.google.com/apps-script/reference/forms/list-item#createChoice(String,PageBreakItem)).
   * A checkbox takes none; the quiz's (value, isCorrect) is not emulated.
   */
  createChoice(value: string, leadsTo?: unknown): unknown {
    if (leadsTo === undefined) return choice(this.forms, this.form, String(value));
    if (typeof leadsTo === 'boolean') throw this.ctx.notEmulated('createChoice(value, isCorrect) (quizzes)');
    if (this.item.type === 'CHECKBOX') throw this.ctx.error('Invalid argument: navigation');
    return choice(this.forms, this.form, String(value), this.forms.navigation(this.form, leadsTo));
  }

  /**
   * "Choices that use page navigation cannot be combined in the same item with choices that do not use page
   * navigation" (https://developers.google.com/apps-script/reference/forms/page-navigation-type): refused here (the
   * error text is chosen, not verified).
   */
  setChoices(choices: unknown[]): this {
    const made = choices.map((c) => {
      const raw = this.ctx.unwrap(c) as { getValue?: () => string };
      if (typeof raw?.getValue !== 'function') throw this.ctx.error('Invalid argument: choices');
      return { value: raw.getValue(), navigation: CHOICE_NAVIGATION.get(raw) };
    });
    const leading = made.filter((c) => c.navigation !== undefined).length;
    if (leading > 0 && leading < made.length)
      throw this.ctx.error('Choices with page navigation cannot be mixed with choices without it.');
    if (leading > 0 && this.item.type === 'CHECKBOX') throw this.ctx.error('Invalid argument: choices');
    this.item.choices = made.map((c) => c.value);
    this.item.navigation = leading > 0 ? made.map((c) => c.navigation!) : null;
    return this.proxy;
  }

  createResponse(responses: string[] | string): FakeItemResponse {
    return this.response(responses);
  }
}

/** A drop-down list: no "other" option (https://developers.google.com/apps-script/reference/forms/list-item). */
export class FakeListItem extends ChoiceItemFake {
  constructor(forms: FormsService, form: FormModel, item: ItemModel) {
    super(forms, form, item, 'Forms.ListItem');
  }
}

/** Multiple choice and checkboxes, which may offer "other". */
export class FakeOtherChoiceItem
  extends ChoiceItemFake
  implements Emulates<GasCheckboxItem, 'createResponse' | 'showOtherOption' | 'hasOtherOption'>
{
  static readonly ifaces = ['Forms.MultipleChoiceItem', 'Forms.CheckboxItem'] as const;

  constructor(
    forms: FormsService,
    form: FormModel,
    item: ItemModel,
    iface: (typeof FakeOtherChoiceItem.ifaces)[number],
  ) {
    super(forms, form, item, iface);
  }

  showOtherOption(enabled: boolean): this {
    this.item.hasOtherOption = Boolean(enabled);
    return this.proxy;
  }

  hasOtherOption(): boolean {
    return this.item.hasOtherOption;
  }
}

/** A Choice: its value and, in an item with navigation, where it leads (getGotoPage is null unless GO_TO_PAGE). */
function choice(forms: FormsService, form: FormModel, value: string, navigation?: Navigation): unknown {
  const raw = {
    getValue: () => value,
    getPageNavigationType: () => (navigation ? asEnum(PageNavigationType[navigation.type]) : null),
    getGotoPage: () => (navigation?.type === 'GO_TO_PAGE' ? forms.pageBreak(form, navigation.page) : null),
  };
  if (navigation) CHOICE_NAVIGATION.set(raw, navigation);
  return forms.ctx.expose('Forms.Choice', raw);
}

/** Where each Choice leads, kept beside it (a Choice shows the script only its declared getters). */
const CHOICE_NAVIGATION = new WeakMap<object, Navigation>();

type GasTextItem = GoogleAppsScript.Forms.TextItem;

export class FakeTextItem
  extends FakeQuestionItem
  implements Emulates<GasTextItem, 'createResponse' | 'setRequired' | 'isRequired'>
{
  static readonly ifaces = ['Forms.TextItem', 'Forms.ParagraphTextItem'] as const;

  constructor(forms: FormsService, form: FormModel, item: ItemModel, iface: (typeof FakeTextItem.ifaces)[number]) {
    super(forms, form, item, iface);
  }

  createResponse(response: string): FakeItemResponse {
    return this.response(String(response));
  }
}

type GasDateItem = GoogleAppsScript.Forms.DateItem;

export class FakeDateItem
  extends FakeQuestionItem
  implements Emulates<GasDateItem, 'createResponse' | 'setRequired' | 'isRequired'>
{
  constructor(forms: FormsService, form: FormModel, item: ItemModel) {
    super(forms, form, item, 'Forms.DateItem');
  }

  /** A date answer is kept as the form keeps it: 'yyyy-MM-dd' in the spreadsheet's time zone. */
  createResponse(response: GoogleAppsScript.Base.Date): FakeItemResponse {
    if (!isDate(response)) throw this.ctx.error('Invalid argument: response');
    return this.response(formatDate(response, this.forms.sheets.model.timeZone, 'yyyy-MM-dd'));
  }
}

// ---- responses -------------------------------------------------------------------------------------------------

type GasItemResponse = GoogleAppsScript.Forms.ItemResponse;

export class FakeItemResponse extends Facade implements Emulates<GasItemResponse, 'getItem' | 'getResponse'> {
  constructor(
    private readonly forms: FormsService,
    private readonly form: FormModel,
    readonly item: ItemModel,
    readonly answer: Answer,
  ) {
    super(forms.ctx, 'Forms.ItemResponse');
  }

  getItem(): ItemFake {
    return this.forms.item(this.form, this.item);
  }

  getResponse(): string | string[] {
    return Array.isArray(this.answer) ? this.ctx.array(this.answer) : this.answer;
  }
}

type GasFormResponse = GoogleAppsScript.Forms.FormResponse;

export class FakeFormResponse
  extends Facade
  implements
    Emulates<
      GasFormResponse,
      | 'getId'
      | 'getTimestamp'
      | 'getRespondentEmail'
      | 'getItemResponses'
      | 'getResponseForItem'
      | 'getEditResponseUrl'
      | 'toPrefilledUrl'
      | 'withItemResponse'
      | 'submit'
    >
{
  constructor(
    private readonly forms: FormsService,
    private readonly form: FormModel,
    readonly response: ResponseModel,
  ) {
    super(forms.ctx, 'Forms.FormResponse');
  }

  getId(): string {
    return this.response.id;
  }

  getTimestamp(): Date {
    return this.ctx.date(this.response.timestamp);
  }

  getRespondentEmail(): string {
    return this.form.collectEmail ? this.response.email : '';
  }

  private itemResponse(item: ItemModel, answer: Answer): FakeItemResponse {
    return new FakeItemResponse(this.forms, this.form, item, answer).proxy;
  }

  /** Answered items, in the form's order. */
  getItemResponses(): FakeItemResponse[] {
    const out: FakeItemResponse[] = [];
    for (const item of this.form.items) {
      const answer = this.response.answers.get(item.id);
      if (answer !== undefined) out.push(this.itemResponse(item, answer));
    }
    return this.ctx.array(out);
  }

  getResponseForItem(item: unknown): FakeItemResponse | null {
    const fake = this.ctx.fakeOf(item, ItemFake);
    const answer = fake ? this.response.answers.get(fake.item.id) : undefined;
    return fake && answer !== undefined ? this.itemResponse(fake.item, answer) : null;
  }

  getEditResponseUrl(): string {
    return `${this.forms.publishedUrl(this.form)}?edit2=${this.response.id}`;
  }

  toPrefilledUrl(): string {
    const params = [...this.response.answers.entries()].map(
      ([id, a]) => `entry.${id}=${encodeURIComponent(Array.isArray(a) ? a.join(',') : a)}`,
    );
    return `${this.forms.publishedUrl(this.form)}?usp=pp_url&${params.join('&')}`;
  }

  withItemResponse(response: unknown): FakeFormResponse {
    if (this.response.submitted) throw this.ctx.error('This response has already been submitted.');
    const fake = this.ctx.fakeOf(response, FakeItemResponse);
    if (!fake) throw this.ctx.error('Invalid argument: response');
    this.response.answers.set(fake.item.id, fake.answer);
    return this.proxy;
  }

  /** Records the response (and its row in a linked sheet). Like the real service, no trigger fires. */
  submit(): FakeFormResponse {
    if (this.response.submitted) throw this.ctx.error('This response has already been submitted.');
    this.response.timestamp = this.ctx.clock.now().getTime();
    this.forms.record(this.form, this.response);
    return this.proxy;
  }
}
