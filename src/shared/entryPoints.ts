// The entry points Apps Script calls by name — menu items here, trigger handlers in handlers.ts — so no other file
// spells a function's name. tests/bundle/entry-points.test.ts checks at compile time that each is an export of
// src/main.ts, and at run time that each is a top-level function of dist/Code.js.
import type * as HANDLER from './handlers';

export const MENU_ITEM = {
  review: 'menuOpenReview',
  monthly: 'menuMonthlyReport',
  weekly: 'menuWeeklyReport',
  setup: 'menuSetup',
  triggers: 'menuListTriggers',
  archive: 'menuArchiveYear',
  selfCheck: 'menuSelfCheck',
  permissions: 'menuUpdatePermissions',
} as const;

export type Handler = (typeof HANDLER)[keyof typeof HANDLER];
export type MenuItem = (typeof MENU_ITEM)[keyof typeof MENU_ITEM];
