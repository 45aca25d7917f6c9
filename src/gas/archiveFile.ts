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

/** A new spreadsheet with these tabs; its id and address. */
export function createSpreadsheet(
  title: string,
  timeZone: string,
  tabs: readonly string[],
): { id: string; url: string } {
  const made = api().Spreadsheets!.create({
    properties: { title, timeZone },
    sheets: tabs.map((t) => ({ properties: { title: t } })),
  });
  return { id: made.spreadsheetId ?? '', url: made.spreadsheetUrl ?? '' };
}

/** Writes rows from A1 of a tab, RAW: text is stored as text, never read as a formula, number or date. */
export function writeRows(id: string, tab: string, rows: readonly (readonly Cell[])[]): void {
  const quoted = `'${tab.replace(/'/g, "''")}'`;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const values = rows.slice(start, start + CHUNK_ROWS).map((r) => [...r]);
    api().Spreadsheets!.Values!.batchUpdate(
      { valueInputOption: 'RAW', data: [{ range: `${quoted}!A${start + 1}`, values }] },
      id,
    );
  }
}
