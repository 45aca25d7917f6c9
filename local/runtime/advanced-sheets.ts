// The Sheets advanced service (Sheets API v4 through Apps Script) as far as an add-on under the drive.file
// scope can use it: create a spreadsheet, write values RAW, read them back — only files it created.
// https://developers.google.com/apps-script/advanced/sheets
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate
// https://developers.google.com/workspace/drive/api/guides/api-specific-auth (drive.file: files the app created)
import { parseA1 } from './a1';
import { Facade } from './context';
import type { Context } from './context';
import { SpreadsheetModel } from './sheet-model';
import type { SheetModel } from './sheet-model';
import type { CellValue } from './values';

interface SpreadsheetResource {
  properties?: { title?: string; timeZone?: string; locale?: string };
  sheets?: { properties?: { title?: string } }[];
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
}

class FakeValues extends Facade {
  constructor(
    ctx: Context,
    private readonly service: FakeSpreadsheets,
  ) {
    super(ctx, 'Sheets.Values');
  }

  /** valueInputOption RAW: strings are stored as they are, never parsed into formulas, numbers or dates. */
  batchUpdate(
    request: { valueInputOption?: string; data?: ValueRange[] },
    spreadsheetId: string,
  ): { totalUpdatedCells: number } {
    const model = this.service.file(spreadsheetId);
    if (request.valueInputOption !== 'RAW' && request.valueInputOption !== 'USER_ENTERED')
      throw this.ctx.error(
        'API call to sheets.spreadsheets.values.batchUpdate failed with error: Invalid valueInputOption',
      );
    let total = 0;
    for (const { range, values } of request.data ?? []) {
      const a1 = parseA1(range);
      const sheet = a1?.sheetName ? model.byName(a1.sheetName.replace(/^'|'$/g, '')) : undefined;
      if (!a1 || !sheet)
        throw this.ctx.error(
          `API call to sheets.spreadsheets.values.batchUpdate failed with error: Unable to parse range: ${range}`,
        );
      total += write(model, sheet, a1.row - 1, a1.column - 1, values, this.ctx);
    }
    return { totalUpdatedCells: total };
  }
}

function write(
  model: SpreadsheetModel,
  sheet: SheetModel,
  r0: number,
  c0: number,
  values: unknown[][],
  ctx: Context,
): number {
  const width = Math.max(0, ...values.map((row) => row.length));
  const growRows = Math.max(0, r0 + values.length - sheet.maxRows);
  const growCols = Math.max(0, c0 + width - sheet.maxColumns);
  model.ensureRoom(growRows * sheet.maxColumns + growCols * (sheet.maxRows + growRows), (m) => ctx.error(m));
  sheet.maxRows += growRows;
  sheet.maxColumns += growCols;
  let n = 0;
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v === 'string' && v.length > 50_000)
        throw ctx.error(
          'API call to sheets.spreadsheets.values.batchUpdate failed with error: Your input contains more than the maximum of 50000 characters in a single cell.',
        );
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
    this.Values = new FakeValues(ctx, this).proxy;
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
    const names = (resource.sheets ?? []).map((s) => s.properties?.title ?? '').filter((n) => n !== '');
    (names.length > 0 ? names : ['Trang tính1']).forEach((name, i) => model.addSheet(name, i));
    this.store.files.set(model.id, model);
    return {
      spreadsheetId: model.id,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${model.id}/edit`,
      properties: { title },
    };
  }

  /** Under drive.file, a spreadsheet the add-on did not create is not found. */
  file(id: string): SpreadsheetModel {
    const model = this.store.files.get(id);
    if (!model)
      throw this.ctx.error(`API call to sheets.spreadsheets failed with error: Requested entity was not found.`);
    return model;
  }
}

/** The `Sheets` global of an advanced service enabled in appsscript.json. */
export function advancedSheets(ctx: Context, store: ArchiveStore): { Spreadsheets: FakeSpreadsheets } {
  return { Spreadsheets: new FakeSpreadsheets(ctx, store).proxy };
}
