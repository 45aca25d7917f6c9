// A spreadsheet of the add-on's own, made and filled through the Sheets advanced service (Sheets API v4),
// which works under the drive.file scope: the add-on reaches only the files it created.
type Cell = string | number | boolean;

/** Rows per request: a few MB at most, well under the API's request size. */
const CHUNK_ROWS = 2000;

function api(): GoogleAppsScript.Sheets {
  // Without the service enabled in appsscript.json the global does not exist at all.
  if (typeof Sheets === 'undefined') throw new Error('The Sheets advanced service is not enabled in appsscript.json');
  return Sheets;
}

/** A tab of the new spreadsheet, the rows it holds from A1, and the rows its grid has room for (those rows at least). */
export interface Tab {
  name: string;
  rows: readonly (readonly Cell[])[];
  room?: number;
}

/**
 * A new spreadsheet holding these tabs; its id and address. Each tab is created with a grid just the size of
 * its rows: the Sheets API gives a new sheet 1,000 rows × 26 columns and refuses a write beyond the grid
 * ("Range ('Tab'!A2001) exceeds grid limits. Max rows: 1000, max columns: 26").
 */
export function createSpreadsheet(title: string, timeZone: string, tabs: readonly Tab[]): { id: string; url: string } {
  const made = api().Spreadsheets!.create({
    properties: { title, timeZone },
    sheets: tabs.map((t) => ({
      properties: {
        title: t.name,
        gridProperties: {
          rowCount: Math.max(1, t.rows.length, t.room ?? 0),
          columnCount: t.rows.reduce((widest, r) => Math.max(widest, r.length), 1),
        },
      },
    })),
  });
  const id = made.spreadsheetId ?? '';
  for (const t of tabs) writeRows(id, t.name, 1, t.rows);
  return { id, url: made.spreadsheetUrl ?? '' };
}

const quoted = (tab: string) => `'${tab.replace(/'/g, "''")}'`;

/** Writes rows from column A of row `first` of a tab, RAW: text is stored as text, never read as a formula, number or date. */
export function writeRows(id: string, tab: string, first: number, rows: readonly (readonly Cell[])[]): void {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const values = rows.slice(start, start + CHUNK_ROWS).map((r) => [...r]);
    api().Spreadsheets!.Values!.batchUpdate(
      { valueInputOption: 'RAW', data: [{ range: `${quoted(tab)}!A${first + start}`, values }] },
      id,
    );
  }
}

/** `count` (≥ 1) rows of a tab from row `first`, columns A to the `width`-th (≤ 26), as text, up to the last non-empty row (one request). */
export function readRows(id: string, tab: string, first: number, count: number, width = 1): string[][] {
  const last = String.fromCharCode(64 + width);
  return api().Spreadsheets!.Values!.get(id, `${quoted(tab)}!A${first}:${last}${first + count - 1}`).values ?? [];
}

/** Column A of `count` (≥ 1) rows from row `first` of a tab, as text (an empty row ''). */
export const readFirstColumn = (id: string, tab: string, first: number, count: number): string[] =>
  readRows(id, tab, first, count).map(String);
