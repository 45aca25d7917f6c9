// The types of the entry points Apps Script calls by name — trigger handlers (handlers.ts) and menu items
// (menuItems.ts), so no other file spells a function's name. tests/bundle/entry-points.test.ts checks at compile time
// that each is an export of src/main.ts, and at run time that each is a top-level function of dist/Code.js.
import type * as HANDLER from './handlers';
import type * as MENU_ITEM from './menuItems';

export type Handler = (typeof HANDLER)[keyof typeof HANDLER];
export type MenuItem = (typeof MENU_ITEM)[keyof typeof MENU_ITEM];
