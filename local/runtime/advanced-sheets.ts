// The Sheets advanced service (Sheets API v4 through Apps Script) as far as an add-on under the drive.file
// scope can use it: create a spreadsheet, write values RAW, read them back — only files it created.
// https://developers.google.com/apps-script/advanced/sheets
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/get
// https://developers.google.com/workspace/drive/api/guides/api-specific-auth (drive.file: files the app created)
import { parseA1 } from './a1';
import { Facade } from './context';
import type { Context } from './context';
import { SpreadsheetModel } from './sheet-model';
import type { SheetModel } from './sheet-model';
import { CELL_TOO_LONG, MAX_CELL_CHARS, type CellValue } from './values';

interface SpreadsheetResource {
  properties?: { title?: string; timeZone?: string; locale?: string };
  sheets?: { properties?: { title?: string; gridProperties?: { rowCount?: number; columnCount?: number } } }[];
}

interface ValueRange {
  range: string;
  values: unknown[][];
}

/** Spreadsheets this service created: the only ones drive.file lets it reach. */
export class ArchiveStore {
  readonly files = new Map<string, SpreadsheetModel>();

  /** A created sheet's values as rows (tests read archives through this). */
  rows(id: string, sheetName: string): CellValue[][] {
    const sheet = this.files.get(id)?.byName(sheetName);
    if (!sheet) return [];
    const out: CellValue[][] = [];
    for (let r = 0; r < sheet.lastRow(); r++)
      out.push(Array.from({ length: sheet.lastColumn() }, (_, c) => sheet.values.get(r, c) ?? ''));
    return out;
  }

  /** Under drive.file, a spreadsheet the add-on did not create is not found. */
  file(id: string, ctx: Context): SpreadsheetModel {
    const model = this.files.get(id);
    if (!model) throw ctx.error(`API call to sheets.spreadsheets failed with error: Requested entity was not found.`);
    return model;
  }
}

class FakeValues extends Facade {
  constructor(
    ctx: Context,
    private readonly store: ArchiveStore,
  ) {
    super(ctx, 'Sheets.Values');
  }

  /**
   * valueInputOption RAW: strings are stored as they are, never parsed into formulas, numbers or dates.
   * The request is checked whole before anything is written: Sheets applies a request atomically
   * (https://developers.google.com/workspace/sheets/api/limits, "Behavior and limitations").
   */
  batchUpdate(
    request: { valueInputOption?: string; data?: ValueRange[] },
    spreadsheetId: string,
  ): { totalUpdatedCells: number } {
    const model = this.store.file(spreadsheetId, this.ctx);
    const fail = (message: string) =>
      this.ctx.error(`API call to sheets.spreadsheets.values.batchUpdate failed with error: ${message}`);
    if (request.valueInputOption !== 'RAW' && request.valueInputOption !== 'USER_ENTERED')
      throw fail('Invalid valueInputOption');
    const writes = (request.data ?? []).map(({ range, values }) => {
      const a1 = parseA1(range);
      const sheet = a1?.sheetName ? model.byName(a1.sheetName.replace(/^'|'$/g, '')) : undefined;
      if (!a1 || !sheet) throw fail(`Unable to parse range: ${range}`);
      checkGrid(sheet, range, a1.row - 1, a1.column - 1, values, fail);
      return { sheet, r0: a1.row - 1, c0: a1.column - 1, values };
    });
    let total = 0;
    for (const { sheet, r0, c0, values } of writes) total += write(sheet, r0, c0, values);
    return { totalUpdatedCells: total };
  }

  /**
   * A range's values as text (the default FORMATTED_VALUE; numbers and booleans become strings), rows by rows.
   * "Empty trailing rows and columns are omitted"; with none left the response has no `values` at all
   * (ValueRange, developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange).
   */
  get(spreadsheetId: string, range: string): { range: string; values?: string[][] } {
    const model = this.store.file(spreadsheetId, this.ctx);
    const a1 = parseA1(range);
    const sheet = a1?.sheetName ? model.byName(a1.sheetName.replace(/^'|'$/g, '')) : undefined;
    if (!a1 || !sheet)
      throw this.ctx.error(
        `API call to sheets.spreadsheets.values.get failed with error: Unable to parse range: ${range}`,
      );
    const rows = Math.min(a1.numRows ?? sheet.maxRows, sheet.maxRows - a1.row + 1);
    const cols = Math.min(a1.numColumns ?? sheet.maxColumns, sheet.maxColumns - a1.column + 1);
    const values = Array.from({ length: Math.max(0, rows) }, (_, i) => {
      const row = Array.from({ length: Math.max(0, cols) }, (_, j) => {
        const v = sheet.values.get(a1.row - 1 + i, a1.column - 1 + j);
        return v === undefined || v === null ? '' : String(v);
      });
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      return row;
    });
    while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
    return values.length > 0 ? { range, values } : { range };
  }
}

/**
 * A write must fit the sheet's grid: the API does not add rows or columns for values.update/batchUpdate and
 * answers "Range ('Tab'!A2001) exceeds grid limits. Max rows: 1000, max columns: 26" — reported for a range
 * starting past the last row or column (https://github.com/jroehl/gsheet.action/issues/611,
 * https://github.com/home-assistant/core/issues/104198) and for a range whose end passes it
 * (https://github.com/nithinmurali/pygsheets/issues/124). Whether data written from an in-grid start cell
 * may run past the grid is not documented: refused here too (the stricter reading).
 * A cell holds at most MAX_CELL_CHARS characters, as in values.ts.
 */
function checkGrid(
  sheet: SheetModel,
  range: string,
  r0: number,
  c0: number,
  values: unknown[][],
  fail: (message: string) => Error,
): void {
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 1);
  if (r0 + Math.max(1, values.length) > sheet.maxRows || c0 + width > sheet.maxColumns)
    throw fail(`Range (${range}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`);
  for (const row of values)
    for (const v of row) if (typeof v === 'string' && v.length > MAX_CELL_CHARS) throw fail(CELL_TOO_LONG);
}

function write(sheet: SheetModel, r0: number, c0: number, values: unknown[][]): number {
  let n = 0;
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      sheet.values.set(r0 + i, c0 + j, v === null || v === undefined ? undefined : (v as CellValue));
      n += 1;
    }),
  );
  sheet.touched();
  return n;
}

class FakeSpreadsheets extends Facade {
  readonly Values: FakeValues;

  constructor(
    ctx: Context,
    private readonly store: ArchiveStore,
  ) {
    super(ctx, 'Sheets.Spreadsheets');
    this.Values = new FakeValues(ctx, store).proxy;
  }

  create(resource: SpreadsheetResource): {
    spreadsheetId: string;
    spreadsheetUrl: string;
    properties: { title: string };
  } {
    const title = resource.properties?.title ?? 'Untitled spreadsheet';
    const model = new SpreadsheetModel(
      this.ctx.randomId(44),
      title,
      resource.properties?.timeZone ?? 'Asia/Ho_Chi_Minh',
      'vi_VN',
      () => Math.floor(this.ctx.random() * 2 ** 31),
    );
    const sheets = (resource.sheets ?? []).filter((s) => (s.properties?.title ?? '') !== '');
    (sheets.length > 0 ? sheets : [{ properties: { title: 'Trang tính1' } }]).forEach((s, i) => {
      // A new sheet is 1,000 rows × 26 columns unless gridProperties says otherwise
      // (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#GridProperties;
      // the "Max rows: 1000, max columns: 26" of the issues cited at checkGrid).
      const rows = s.properties?.gridProperties?.rowCount ?? 1000;
      const columns = s.properties?.gridProperties?.columnCount ?? 26;
      model.ensureRoom(rows * columns, (m) =>
        this.ctx.error(`API call to sheets.spreadsheets.create failed with error: ${m}`),
      );
      const sheet = model.addSheet(s.properties?.title ?? '', i);
      sheet.maxRows = rows;
      sheet.maxColumns = columns;
    });
    this.store.files.set(model.id, model);
    return {
      spreadsheetId: model.id,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${model.id}/edit`,
      properties: { title },
    };
  }
}

/** The `Sheets` global of an advanced service enabled in appsscript.json. */
export function advancedSheets(ctx: Context, store: ArchiveStore): { Spreadsheets: FakeSpreadsheets } {
  return { Spreadsheets: new FakeSpreadsheets(ctx, store).proxy };
}
