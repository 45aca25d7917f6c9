// Which tabs set-up protects, for whom, and how a protection found in the Sheet is judged before roles are read
// from «Cấu hình»: the plan is pure; gas/protection.ts applies it and app/permissions.ts runs it.
import { emailKey } from './email';
import {
  AUDIT,
  CORRECTIONS,
  DUPLICATE_INDEX_TAB,
  FLAG_STORIES,
  INCIDENTS,
  LADDER_PASS,
  LADDER_UNITS,
  NEEDS_FIX,
  OUTBOX,
  SETTINGS,
  UNITS,
} from './tabs';
import type { TabSchema } from './tabs';

/**
 * Who may edit a protected tab: the admins; the reviewers too where the add-on writes as them; or everyone under a
 * warning, where people must keep editing.
 */
export type Audience = 'admins' | 'staff' | 'warning';

export interface TabProtection {
  /** The schema of a tab set-up creates, or the name of one the add-on creates when first needed. */
  tab: TabSchema | string;
  audience: Audience;
}

const protect = (tab: TabProtection['tab'], audience: Audience): TabProtection => ({ tab, audience });

/**
 * Whole tabs. «Hộp thư đi», «Nhật ký», «Sự cố», «Lĩnh vực đã sửa» (what the categoriser learns from) and the ladder's
 * pass are written as whoever acts — a reviewer's sidebar action writes the audit row, a correction, queues mail —
 * so reviewers are listed there; settings, units and the duplicate index (written by intake, as the installer) are
 * the admins'. People answer refused reports and polish the flag stories by hand: a warning there.
 * A name (not a schema) is a tab protected only once it exists; the installer's hourly sweep protects it then.
 */
export const PROTECTED_TABS: readonly TabProtection[] = [
  protect(SETTINGS, 'admins'),
  protect(UNITS, 'admins'),
  protect(OUTBOX, 'staff'),
  protect(AUDIT, 'staff'),
  protect(INCIDENTS, 'staff'),
  protect(NEEDS_FIX, 'warning'),
  protect(CORRECTIONS.name, 'staff'),
  protect(LADDER_PASS.name, 'staff'),
  protect(LADDER_UNITS.name, 'staff'),
  protect(FLAG_STORIES.name, 'warning'),
  protect(DUPLICATE_INDEX_TAB, 'admins'),
];

/**
 * Bumped when the plan changes (a tab added, an audience changed): the sweep then protects an existing Sheet again
 * (app/protectionSync.ts) without anyone running «Cập nhật quyền».
 */
export const PLAN_VERSION = 3;

/** The editors a tab's protection lists: the audience, the installing account, lower-cased, without duplicates. */
export function editorsFor(
  audience: Audience,
  roles: { admins: readonly string[]; reviewers: readonly string[] },
  installer: string,
): string[] {
  if (audience === 'warning') return [];
  const people = [...roles.admins, ...(audience === 'staff' ? roles.reviewers : []), installer];
  return [...new Set(people.map(emailKey).filter((e) => e !== ''))];
}

/** A protection as found in the Sheet. */
export interface FoundProtection {
  description: string;
  warningOnly: boolean;
  editors: readonly string[];
}

/** What is wrong with «Cấu hình»'s protection, or null when roles may be read from it. */
export type ProtectionFault = 'missing' | 'warningOnly' | 'widened';

/**
 * Roles are trusted only when the settings tab carries the add-on's protection (its marker in the description),
 * enforced (not warning-only), with no editor outside the admins, the installing account and the file's owner
 * (whom Sheets never removes). Anyone else listed could have typed themselves in as an admin or a reviewer.
 */
export function settingsProtectionFault(
  found: readonly FoundProtection[],
  marker: string,
  allowed: readonly string[],
): ProtectionFault | null {
  const ours = found.filter((p) => p.description.startsWith(marker));
  if (ours.length === 0) return 'missing';
  if (ours.some((p) => p.warningOnly)) return 'warningOnly';
  const ok = new Set(allowed.map(emailKey));
  return ours.some((p) => p.editors.some((e) => !ok.has(emailKey(e)))) ? 'widened' : null;
}
