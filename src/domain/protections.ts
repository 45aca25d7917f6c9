// Which tabs set-up protects, for whom, and how a protection found in the Sheet is judged before roles are read
// from «Cấu hình»: the plan is pure; gas/protection.ts applies it and app/permissions.ts runs it.
import { AUDIT, DEED, INCIDENTS, OUTBOX, SETTINGS, UNITS } from './tabs';
import type { TabSchema } from './tabs';
import { ANSWER_KEYS } from './form';

/** Who may edit a protected tab: the admins, and the reviewers too where the add-on writes as them. */
export type Audience = 'admins' | 'staff';

export interface TabProtection {
  schema: TabSchema;
  audience: Audience;
}

/**
 * Whole tabs. «Hộp thư đi», «Nhật ký» and «Sự cố» are written as whoever acts — a reviewer's sidebar action writes
 * the audit row and queues mail — so reviewers are listed there; settings and units are the admins' alone.
 */
export const PROTECTED_TABS: readonly TabProtection[] = [
  { schema: SETTINGS, audience: 'admins' },
  { schema: UNITS, audience: 'admins' },
  { schema: OUTBOX, audience: 'staff' },
  { schema: AUDIT, audience: 'staff' },
  { schema: INCIDENTS, audience: 'staff' },
];

/**
 * The columns of «Việc tốt» a unit's answer fills and people may correct by hand (under a warning): the form's answers
 * but the unit (its code, name and type decide the reports) and the email (mail goes to it). Every other column is the
 * add-on's (ids, dates, the field, status, recognitions, the reviewer's) and is protected.
 */
const ANSWER_COLUMNS: readonly string[] = ANSWER_KEYS.filter((k) => k !== 'unit' && k !== 'email').map((k) =>
  k === 'field' ? 'submittedField' : k,
);

/** The add-on's columns of «Việc tốt» as runs of adjacent columns: [first 0-based index, count]. */
export function ownColumnRuns(): [number, number][] {
  const runs: [number, number][] = [];
  DEED.keys.forEach((key, i) => {
    if (ANSWER_COLUMNS.includes(key)) return;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1] += 1;
    else runs.push([i, 1]);
  });
  return runs;
}

/** The editors a tab's protection lists: the audience, the installing account, lower-cased, without duplicates. */
export function editorsFor(
  audience: Audience,
  roles: { admins: readonly string[]; reviewers: readonly string[] },
  installer: string,
): string[] {
  const people = [...roles.admins, ...(audience === 'staff' ? roles.reviewers : []), installer];
  return [...new Set(people.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))];
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
  const ok = new Set(allowed.map((e) => e.trim().toLowerCase()));
  return ours.some((p) => p.editors.some((e) => !ok.has(e.trim().toLowerCase()))) ? 'widened' : null;
}
