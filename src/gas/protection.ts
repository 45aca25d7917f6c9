// Sheet and range protections (developers.google.com/apps-script/reference/spreadsheet/protection): the add-on's
// own, found by the marker that opens their description, replaced whole on each sync.
import { spreadsheet } from './sheets';
import { emailKey } from '../domain/email';
import type { FoundProtection } from '../domain/protections';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const email = (u: GoogleAppsScript.Base.User) => emailKey(u.getEmail());

function ours(sheet: Sheet, marker: string): Protection[] {
  const { SHEET, RANGE } = SpreadsheetApp.ProtectionType;
  return [...sheet.getProtections(SHEET), ...sheet.getProtections(RANGE)].filter((p) =>
    p.getDescription().startsWith(marker),
  );
}

/**
 * Makes a new protection list exactly `editors` (the caller and the file's owner stay: Sheets never removes them).
 * Until an editor is removed, a new protection "mirrors those of the spreadsheet itself" (Sheet.protect), so the
 * list is emptied first, as the reference's own example does.
 */
function restrict(p: Protection, description: string, editors: readonly string[], warningOnly: boolean): void {
  p.setDescription(description);
  if (warningOnly) {
    p.setWarningOnly(true);
    return;
  }
  p.removeEditors(p.getEditors());
  if (editors.length > 0) p.addEditors([...editors]);
}

/**
 * Replaces the add-on's protections of `sheet` with one of the whole sheet listing `editors` (null: a warning to
 * everyone), or, given `columns` (0-based first, count), one of those columns and the rest of the sheet under a
 * warning. Protections a person added without the marker are left alone.
 */
export function protectTab(
  sheet: Sheet,
  marker: string,
  description: string,
  editors: readonly string[] | null,
  columns?: readonly [number, number],
): void {
  for (const p of ours(sheet, marker)) p.remove();
  restrict(sheet.protect(), description, editors ?? [], editors === null || columns !== undefined);
  if (columns && editors)
    restrict(sheet.getRange(1, columns[0] + 1, sheet.getMaxRows(), columns[1]).protect(), description, editors, false);
}

/** The sheet protections of a tab, as domain/protections.ts judges them. */
export function sheetProtections(sheet: Sheet): FoundProtection[] {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).map((p) => ({
    description: p.getDescription(),
    warningOnly: p.isWarningOnly(),
    editors: p.getEditors().map(email),
  }));
}

/** The file's owner ('' when Apps Script tells none, as for a file of a shared drive). */
export function fileOwner(): string {
  const owner = spreadsheet().getOwner();
  return owner ? email(owner) : '';
}
