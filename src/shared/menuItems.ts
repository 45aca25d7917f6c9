// The menu's items, by what each does: one export each (read as MENU_ITEM.…), so the build shortens the names.

export const review = 'menuOpenReview' as const;
export const monthly = 'menuMonthlyReport' as const;
export const weekly = 'menuWeeklyReport' as const;
export const setup = 'menuSetup' as const;
export const triggers = 'menuListTriggers' as const;
export const archive = 'menuArchiveYear' as const;
export const selfCheck = 'menuSelfCheck' as const;
export const permissions = 'menuUpdatePermissions' as const;
