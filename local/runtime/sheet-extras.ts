// Fake data validation, embedded charts and protection of the Spreadsheet service: recorded, not rendered.
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
// https://developers.google.com/apps-script/reference/spreadsheet/protection

import { Facade, asEnum, enumName, makeEnum, type Context, type Emulates } from './context';
import type { ChartModel, ProtectionModel, SheetModel, ValidationRule } from './sheet-model';
import { PROTECTED_CELL, mayEdit } from './protection';
import type { SheetsService } from './spreadsheet';

export const DataValidationCriteria = makeEnum([
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CHECKBOX',
  'NUMBER_BETWEEN',
  'DATE_AFTER',
  'DATE_BEFORE',
  'TEXT_IS_VALID_EMAIL',
  'CUSTOM_FORMULA',
]);

export const ChartType = makeEnum([
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREE_MAP',
  'WATERFALL',
]);

export const ProtectionType = makeEnum(['RANGE', 'SHEET']);

type GasRule = GoogleAppsScript.Spreadsheet.DataValidation;
type GasRuleBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export class FakeDataValidation
  extends Facade
  implements Emulates<GasRule, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>
{
  constructor(
    ctx: Context,
    readonly rule: ValidationRule,
  ) {
    super(ctx, 'Spreadsheet.DataValidation');
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    const member = DataValidationCriteria[this.rule.criteria as keyof typeof DataValidationCriteria];
    return asEnum(member);
  }

  getCriteriaValues(): unknown[] {
    return this.ctx.adopt(this.rule.args);
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string {
    return this.rule.helpText ?? '';
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.ctx, { ...this.rule, args: [...this.rule.args] }).proxy;
  }
}

export class FakeDataValidationBuilder
  extends Facade
  implements
    Emulates<
      GasRuleBuilder,
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'requireCheckbox'
      | 'requireNumberBetween'
      | 'requireTextIsEmail'
      | 'requireFormulaSatisfied'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
    >
{
  constructor(
    ctx: Context,
    private rule: ValidationRule = { criteria: '', args: [], allowInvalid: true, helpText: null },
  ) {
    super(ctx, 'Spreadsheet.DataValidationBuilder');
  }

  private criteria(criteria: keyof typeof DataValidationCriteria, args: unknown[]): FakeDataValidationBuilder {
    this.rule = { ...this.rule, criteria, args };
    return this.proxy;
  }

  requireValueInList(values: string[], showDropdown?: boolean): FakeDataValidationBuilder {
    if (!Array.isArray(values)) throw this.ctx.error('Invalid argument: values');
    return this.criteria('VALUE_IN_LIST', [values.map(String), showDropdown ?? true]);
  }

  requireValueInRange(range: unknown, showDropdown?: boolean): FakeDataValidationBuilder {
    return this.criteria('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }

  requireCheckbox(): FakeDataValidationBuilder {
    return this.criteria('CHECKBOX', []);
  }

  requireNumberBetween(start: number, end: number): FakeDataValidationBuilder {
    return this.criteria('NUMBER_BETWEEN', [start, end]);
  }

  requireTextIsEmail(): FakeDataValidationBuilder {
    return this.criteria('TEXT_IS_VALID_EMAIL', []);
  }

  requireFormulaSatisfied(formula: string): FakeDataValidationBuilder {
    return this.criteria('CUSTOM_FORMULA', [formula]);
  }

  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.rule = { ...this.rule, allowInvalid: allowInvalidData };
    return this.proxy;
  }

  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.rule = { ...this.rule, helpText };
    return this.proxy;
  }

  build(): FakeDataValidation {
    if (!this.rule.criteria) throw this.ctx.error('You must set a criteria for the data validation rule.');
    return new FakeDataValidation(this.ctx, { ...this.rule }).proxy;
  }
}

// ---- charts ----------------------------------------------------------------------------------------------

/** How the fakes find the sheet and A1 notation of a range handed back by the script. */
export interface RangeLookup {
  describe(range: unknown): { sheetName: string; a1: string };
}

type GasChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export class FakeEmbeddedChart
  extends Facade
  implements Emulates<GasChart, 'getChartId' | 'getRanges' | 'getOptions' | 'modify' | 'getContainerInfo'>
{
  constructor(
    ctx: Context,
    readonly model: ChartModel,
    private readonly lookup: RangeLookup & { rangeFromA1(sheetName: string, a1: string): unknown },
  ) {
    super(ctx, 'Spreadsheet.EmbeddedChart');
  }

  getChartId(): number {
    return this.model.id;
  }

  getRanges(): unknown[] {
    return this.ctx.array(this.model.ranges.map((r) => this.lookup.rangeFromA1(r.sheetName, r.a1)));
  }

  getOptions(): unknown {
    const options = this.model.options;
    return this.ctx.expose('Charts.ChartOptions', { get: (option: string) => options[option] ?? null });
  }

  getContainerInfo(): unknown {
    const p = this.model.position;
    return this.ctx.expose('Spreadsheet.ContainerInfo', {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorColumn,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    });
  }

  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.ctx, this.lookup, structuredClone(this.model)).proxy;
  }
}

export class FakeEmbeddedChartBuilder
  extends Facade
  implements
    Emulates<
      GasChartBuilder,
      | 'setChartType'
      | 'addRange'
      | 'removeRange'
      | 'clearRanges'
      | 'setOption'
      | 'setPosition'
      | 'setNumHeaders'
      | 'setTransposeRowsAndColumns'
      | 'build'
      | 'asColumnChart'
      | 'asBarChart'
      | 'asLineChart'
      | 'asPieChart'
      | 'asAreaChart'
      | 'asTableChart'
      | 'getChartType'
      | 'getRanges'
    >
{
  constructor(
    ctx: Context,
    private readonly lookup: RangeLookup & { rangeFromA1(sheetName: string, a1: string): unknown },
    private readonly model: ChartModel = {
      id: 0,
      type: 'COLUMN',
      ranges: [],
      options: {},
      position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    },
  ) {
    super(ctx, 'Spreadsheet.EmbeddedChartBuilder');
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): FakeEmbeddedChartBuilder {
    this.model.type = enumName(type) ?? String(type);
    return this.proxy;
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    return asEnum(ChartType[this.model.type as keyof typeof ChartType]);
  }

  addRange(range: unknown): FakeEmbeddedChartBuilder {
    this.model.ranges.push(this.lookup.describe(range));
    return this.proxy;
  }

  removeRange(range: unknown): FakeEmbeddedChartBuilder {
    const { sheetName, a1 } = this.lookup.describe(range);
    this.model.ranges = this.model.ranges.filter((r) => r.sheetName !== sheetName || r.a1 !== a1);
    return this.proxy;
  }

  clearRanges(): FakeEmbeddedChartBuilder {
    this.model.ranges = [];
    return this.proxy;
  }

  getRanges(): unknown[] {
    return this.ctx.array(this.model.ranges.map((r) => this.lookup.rangeFromA1(r.sheetName, r.a1)));
  }

  setOption(option: string, value: unknown): FakeEmbeddedChartBuilder {
    this.model.options[option] = value;
    return this.proxy;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): FakeEmbeddedChartBuilder {
    this.model.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this.proxy;
  }

  setNumHeaders(headers: number): FakeEmbeddedChartBuilder {
    return this.setOption('numHeaders', headers);
  }

  setTransposeRowsAndColumns(transpose: boolean): FakeEmbeddedChartBuilder {
    return this.setOption('transposeRowsAndColumns', transpose);
  }

  private as(type: keyof typeof ChartType): FakeEmbeddedChartBuilder {
    this.model.type = type;
    return this.proxy;
  }

  asColumnChart(): FakeEmbeddedChartBuilder {
    return this.as('COLUMN');
  }

  asBarChart(): FakeEmbeddedChartBuilder {
    return this.as('BAR');
  }

  asLineChart(): FakeEmbeddedChartBuilder {
    return this.as('LINE');
  }

  asPieChart(): FakeEmbeddedChartBuilder {
    return this.as('PIE');
  }

  asAreaChart(): FakeEmbeddedChartBuilder {
    return this.as('AREA');
  }

  asTableChart(): FakeEmbeddedChartBuilder {
    return this.as('TABLE');
  }

  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(this.ctx, structuredClone(this.model), this.lookup).proxy;
  }
}

// ---- protection ---------------------------------------------------------------------------------------------

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

export class FakeProtection
  extends Facade
  implements
    Emulates<
      GasProtection,
      | 'setDescription'
      | 'getDescription'
      | 'setWarningOnly'
      | 'isWarningOnly'
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'removeEditors'
      | 'getEditors'
      | 'canEdit'
      | 'remove'
      | 'getProtectionType'
      | 'getRange'
    >
{
  constructor(
    private readonly sheets: SheetsService,
    private readonly sheet: SheetModel,
    private readonly model: ProtectionModel,
  ) {
    super(sheets.ctx, 'Spreadsheet.Protection');
  }

  /** Changing a protection takes the right to edit what it protects (stricter than undocumented). */
  private change(): void {
    if (!mayEdit({ ...this.model, warningOnly: false }, this.sheets.model, this.ctx.currentUser()))
      throw this.ctx.error(PROTECTED_CELL);
  }

  setDescription(description: string): FakeProtection {
    this.change();
    this.model.description = description;
    return this.proxy;
  }

  getDescription(): string {
    return this.model.description;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.change();
    this.model.warningOnly = warningOnly;
    return this.proxy;
  }

  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }

  private email(user: unknown): string {
    if (typeof user === 'string') return user.trim().toLowerCase();
    const getEmail = (user as { getEmail?: () => string } | null)?.getEmail;
    if (typeof getEmail === 'function') return getEmail().trim().toLowerCase();
    throw this.ctx.error('Invalid argument: user');
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): FakeProtection {
    this.change();
    const email = this.email(emailAddress);
    if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this.proxy;
  }

  addEditors(emailAddresses: (string | GoogleAppsScript.Base.User)[]): FakeProtection {
    for (const e of emailAddresses) this.addEditor(e);
    return this.proxy;
  }

  /** "Neither the owner of the spreadsheet nor the current user can be removed"; removing ends open-to-all. */
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): FakeProtection {
    this.change();
    const email = this.email(emailAddress);
    const kept = [this.sheets.model.owner, this.ctx.currentUser()].map((e) => e.trim().toLowerCase());
    this.model.openToAll = false;
    if (!kept.includes(email)) this.model.editors = this.model.editors.filter((e) => e !== email);
    return this.proxy;
  }

  removeEditors(emailAddresses: (string | GoogleAppsScript.Base.User)[]): FakeProtection {
    for (const e of emailAddresses) this.removeEditor(e);
    this.model.openToAll = false;
    return this.proxy;
  }

  getEditors(): unknown[] {
    return this.ctx.array(this.model.editors.map((email) => this.ctx.expose('Base.User', { getEmail: () => email })));
  }

  canEdit(): boolean {
    return mayEdit(this.model, this.sheets.model, this.ctx.currentUser());
  }

  remove(): void {
    this.change();
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.model);
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return asEnum(this.model.rect ? ProtectionType.RANGE : ProtectionType.SHEET);
  }

  getRange(): unknown {
    const r = this.model.rect;
    return r
      ? this.sheets.range(this.sheet, r.r0 + 1, r.c0 + 1, r.numRows, r.numColumns)
      : this.sheets.range(this.sheet, 1, 1, this.sheet.maxRows, this.sheet.maxColumns);
  }
}
