// The add-on's entry points, and nothing else: triggers, menu items and the functions the sidebar calls.
// scripts/build.mjs gives each export a real top-level function in dist/Code.js.
import { forgetConfig } from './app/config';
import { reviewHandEdit } from './app/handEdit';
import { fromFormEvent, intake, intakeSheetEvent, retryPending as retryQueued } from './app/intake';
import type { IntakeResult } from './app/intake';
import * as reports from './app/reports';
import { sendRecipientMail as recipientMail } from './app/recipientJobs';
import { continueArchive, menuArchiveYear as archiveFromMenu } from './app/archive';
import { sendQueuedMail as sendQueued } from './app/outbox';
import { sendNotices as sendNoticesNow } from './app/noticeMail';
import { clearExpired } from './app/retention';
import * as reviewServer from './app/review';
import * as ladderServer from './app/ladderServer';
import { continueLadder } from './app/ladderPass';
import { sweepResponses as sweep } from './app/sweep';
import { setupFromMenu } from './app/setup';
import { selfCheckFromMenu } from './app/selfCheck';
import { permissionsFromMenu } from './app/permissions';
import { menuItem, sidebarCall, triggerHandler } from './app/consent';
import type { ServerApi } from '#contract';

import { addMenu, showSidebarFile } from './gas/ui';
import * as MENU_ITEM from './shared/menuItems';
import * as HANDLER from './shared/handlers';
import * as MSG from './shared/messages/general';
import * as MSG_ARCHIVE from './shared/messages/archive';
import * as MSG_REPORT from './shared/messages/report';
import * as MSG_SELF_CHECK from './shared/messages/selfCheck';
import * as MSG_TRUST from './shared/messages/trust';
import { DEED, SETTINGS, UNITS } from './domain/tabs';

/** Simple trigger: builds the menu only (limited auth mode: no other service is safe here). */
export function onOpen(): void {
  addMenu(MSG.menu.title, [
    [MSG.menu.review, MENU_ITEM.review],
    null,
    [MSG_REPORT.menu.monthly, MENU_ITEM.monthly],
    [MSG_REPORT.menu.weekly, MENU_ITEM.weekly],
    null,
    [MSG.menu.setup, MENU_ITEM.setup],
    [MSG_TRUST.menu, MENU_ITEM.permissions],
    [MSG_REPORT.menu.triggers, MENU_ITEM.triggers],
    [MSG_ARCHIVE.menu, MENU_ITEM.archive],
    [MSG_SELF_CHECK.menu, MENU_ITEM.selfCheck],
  ]);
}

/**
 * Simple trigger: an edit of the registry or the settings makes the next submission re-read them; a hand edit of
 * «Việc tốt» may send the deed back to review.
 */
// Simple, not installable: fires for every editor with no set-up or admin's quota; both get e.user by the same rules.
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const name = e?.range?.getSheet().getName();
  if (name === UNITS.name || name === SETTINGS.name) forgetConfig();
  else if (name === DEED.name) reviewHandEdit(e);
}

// Menu items, triggers and sidebar calls first check that the user granted every scope (src/app/consent.ts).
export const menuSetup = menuItem(() => setupFromMenu());

/** «Cập nhật quyền» (the installer, or an admin): protects the add-on's tabs for the people of «Cấu hình». */
export const menuUpdatePermissions = menuItem(() => permissionsFromMenu());

/** «Kiểm tra hệ thống» (admins): probes every kind of service call on scratch objects, results in the tab «Kiểm tra». */
export const menuSelfCheck = menuItem(() => selfCheckFromMenu());

/** Installable trigger, spreadsheet-bound (values/namedValues/range) or form-bound (response). */
export const onFormSubmit = triggerHandler(
  HANDLER.formSubmit,
  (e: GoogleAppsScript.Events.SheetsOnFormSubmit | GoogleAppsScript.Events.FormsOnFormSubmit): IntakeResult =>
    'response' in e && e.response
      ? intake(fromFormEvent(e))
      : intakeSheetEvent(e as GoogleAppsScript.Events.SheetsOnFormSubmit),
);

export const menuOpenReview = menuItem(() => showSidebarFile('Sidebar', MSG.menu.reviewTitle));

// The sidebar's server functions (src/shared/contract.ts). Each checks the caller and parses its argument.
export const getSidebarState: ServerApi['getSidebarState'] = sidebarCall(() => reviewServer.getSidebarState());
export const listDeeds: ServerApi['listDeeds'] = sidebarCall((args) => reviewServer.listDeeds(args));
export const getDeed: ServerApi['getDeed'] = sidebarCall((args) => reviewServer.getDeed(args));
export const reviewDeed: ServerApi['reviewDeed'] = sidebarCall((args) => reviewServer.reviewDeed(args));
export const getLadder: ServerApi['getLadder'] = sidebarCall(() => ladderServer.getLadder());
export const refreshLadder: ServerApi['refreshLadder'] = sidebarCall(() => ladderServer.refreshLadder());
export const decideSuggestion: ServerApi['decideSuggestion'] = sidebarCall((args) =>
  ladderServer.decideSuggestion(args),
);
export const getHistory: ServerApi['getHistory'] = sidebarCall((args) => ladderServer.getHistory(args));
export const recordDecision: ServerApi['recordDecision'] = sidebarCall((args) => ladderServer.recordDecision(args));
export const showDraft: ServerApi['showDraft'] = sidebarCall((args) => ladderServer.showDraft(args));

/** One-off trigger: records the submissions that waited in «Chờ xử lý» (lock busy, Sheets failing). */
export const retryPending = triggerHandler(HANDLER.retryPending, (): number => retryQueued());

// Reporting (src/app/reports.ts): time-driven triggers installed by set-up, and the menu items.
/** Trigger, daily at the settings' hour: on the closing day (the 1st + grace days), the final of the month ended. */
export const monthlyReport = triggerHandler(HANDLER.monthly, (): void => reports.monthlyReport());
/** Trigger, Mondays at the settings' hour: the digest of the week that starts, and reminders for the one ended. */
export const weeklyReport = triggerHandler(HANDLER.weekly, (): void => reports.weeklyReport());
/** Trigger, Fridays at the settings' hour: tells the reviewers when next week has too few radio picks. */
export const radioReminder = triggerHandler(HANDLER.radioReminder, (): void => reports.radioReminder());
/** One-time trigger: the rest of a job that ran out of its sending budget. */
export const reportFollowUp = triggerHandler(HANDLER.followUp, (): void => reports.reportFollowUp());
/** Trigger, daily: the coming week's radio script and flag-ceremony stories on the set weekday; the 19/5 list in May. */
export const sendRecipientMail = triggerHandler(HANDLER.recipients, (): void => {
  recipientMail();
});
/** One-time trigger: the ladder's rebuild goes on (src/app/ladderPass.ts). */
export const ladderFollowUp = triggerHandler(HANDLER.ladder, (): void => continueLadder());
export const menuMonthlyReport = menuItem(() => reports.menuMonthlyReport());
export const menuWeeklyReport = menuItem(() => reports.menuWeeklyReport());
export const menuListTriggers = menuItem(() => reports.menuListTriggers());

/** "Lưu trữ năm…": moves a closed year to a spreadsheet of its own. */
export const menuArchiveYear = menuItem(() => archiveFromMenu());
/** One-time trigger: the yearly archive goes on, a slice an execution (src/app/archive.ts). */
export const archiveFollowUp = triggerHandler(HANDLER.archive, (): void => continueArchive());

/** Hourly trigger: records any response whose own trigger did not (cut off at the time limit, say). */
export const sweepResponses = triggerHandler(HANDLER.sweep, (): number => sweep());

/** One-time trigger, a minute after a submission: sends the units' receipts and refusals (src/app/noticeMail.ts). */
export const sendNotices = triggerHandler(HANDLER.notices, (): void => sendNoticesNow());

/** Trigger, daily (installed by set-up): sends what waits in «Hộp thư đi». */
export const sendQueuedMail = triggerHandler(HANDLER.outbox, (): void => {
  sendQueued();
  clearExpired(); // retention: old raw answers, bodies and before/after values (src/app/retention.ts)
});
