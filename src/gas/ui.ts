// The editor's dialogs (SpreadsheetApp.getUi()): alerts, questions, prompts, modal dialogs and the sidebar.
// Only a menu item or a sidebar call has a Ui: a trigger that calls these throws, as Apps Script does.
import type { MenuItem } from '#shared/entryPoints';

function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

/** The add-on's menu in the Sheet's menu bar: [caption, entry point] items, null for a separator. */
export function addMenu(title: string, items: readonly (readonly [string, MenuItem] | null)[]): void {
  const menu = ui().createMenu(title);
  for (const item of items) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** A message with an OK button. */
export function alert(title: string, message: string): void {
  const u = ui();
  u.alert(title, message, u.ButtonSet.OK);
}

/** A yes/no question: true only for «Có» (Yes). */
export function confirm(title: string, question: string): boolean {
  const u = ui();
  return u.alert(title, question, u.ButtonSet.YES_NO) === u.Button.YES;
}

/** A text answer, or null when the person cancelled. */
export function prompt(title: string, question: string): string | null {
  const u = ui();
  const answer = u.prompt(title, question, u.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === u.Button.OK ? answer.getResponseText() : null;
}

/** HTML (already escaped by the caller) in a modal dialog over the Sheet. */
export function showDialog(html: string, title: string, width: number, height: number): void {
  ui().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height), title);
}

/** One of the bundle's HTML files (dist/<file>.html) in the 300 px sidebar. */
export function showSidebarFile(file: string, title: string): void {
  ui().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}
