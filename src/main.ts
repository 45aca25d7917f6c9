// The add-on's entry points, and nothing else: triggers, menu items and the functions the sidebar calls.
// scripts/build.mjs gives each export a real top-level function in dist/Code.js.
import { forgetConfig } from './app/config';
import { fromFormEvent, fromSheetEvent, intake, retryPending as retryQueued } from './app/intake';
import type { IntakeResult } from './app/intake';
import { reviewServer } from './app/review';
import { setup, setupMessage } from './app/setup';
import type { ServerApi } from './shared/contract';
import { TAB } from './gas/sheets';
import { MSG } from './ui/messages';

/** Simple trigger: builds the menu only (limited auth mode: no other service is safe here). */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu(MSG.menu.title)
    .addItem(MSG.menu.review, 'menuOpenReview')
    .addSeparator()
    .addItem(MSG.menu.setup, 'menuSetup')
    .addToUi();
}

/** Simple trigger: an edit of the registry or the settings makes the next submission re-read them. */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const name = e?.range?.getSheet().getName();
  if (name === TAB.units || name === TAB.settings) forgetConfig();
}

export function menuSetup(): void {
  const report = setup();
  SpreadsheetApp.getUi().alert(MSG.setupTitle, setupMessage(report), SpreadsheetApp.getUi().ButtonSet.OK);
}

/** Installable trigger, spreadsheet-bound (values/namedValues/range) or form-bound (response). */
export function onFormSubmit(
  e: GoogleAppsScript.Events.SheetsOnFormSubmit | GoogleAppsScript.Events.FormsOnFormSubmit,
): IntakeResult {
  const incoming =
    'response' in e && e.response ? fromFormEvent(e) : fromSheetEvent(e as GoogleAppsScript.Events.SheetsOnFormSubmit);
  return intake(incoming);
}

export function menuOpenReview(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MSG.menu.reviewTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

// The sidebar's server functions (src/shared/contract.ts). Each checks the caller and parses its argument.
export const getSidebarState: ServerApi['getSidebarState'] = () => reviewServer.getSidebarState();
export const listDeeds: ServerApi['listDeeds'] = (args) => reviewServer.listDeeds(args);
export const getDeed: ServerApi['getDeed'] = (args) => reviewServer.getDeed(args);
export const reviewDeed: ServerApi['reviewDeed'] = (args) => reviewServer.reviewDeed(args);

/** One-off trigger: records the submissions that waited in «Chờ xử lý» (lock busy, Sheets failing). */
export function retryPending(): number {
  return retryQueued();
}
