// The protections follow «Cấu hình» without anyone running «Cập nhật quyền»: each sync records the roles, the plan's
// version and which of the plan's tabs exist; the installer's hourly sweep syncs again when any of them changed,
// provided «Cấu hình»'s protection lists no one but the admins of the last sync, the installer and the owner.
import { emailKey } from '../domain/email';
import { PLAN_VERSION, PROTECTED_TABS } from '../domain/protections';
import { SETTINGS } from '../domain/tabs';
import { rolesFault } from './roleTrust';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { spreadsheet, tab } from '../gas/sheets';

const SYNCED = 'protections:synced';

type Roles = { admins: readonly string[]; reviewers: readonly string[] };
interface Synced {
  signature: string;
  admins: string[];
}

const people = (list: readonly string[]) => [...new Set(list.map(emailKey))].sort();

/** What a sync depends on: the plan, both lists and the plan's tabs made when first needed that exist now. */
function signature(roles: Roles): string {
  const names = new Set(
    spreadsheet()
      .getSheets()
      .map((s) => s.getName()),
  );
  const present = PROTECTED_TABS.flatMap((p) => (typeof p.tab === 'string' && names.has(p.tab) ? [p.tab] : []));
  return JSON.stringify([PLAN_VERSION, people(roles.admins), people(roles.reviewers), present]);
}

/** Called by each sync (app/permissions.ts), after it protected the tabs. */
export function recordSync(roles: Roles): void {
  const synced: Synced = { signature: signature(roles), admins: people(roles.admins) };
  setDocumentProperty(SYNCED, JSON.stringify(synced));
}

function lastSync(): Synced | null {
  try {
    const s = JSON.parse(getDocumentProperty(SYNCED) ?? '') as Synced;
    return typeof s.signature === 'string' && Array.isArray(s.admins) ? s : null;
  } catch {
    return null;
  }
}

/**
 * Whether the sweep should protect again: the lists, the plan or its tabs changed since the last sync, and only admins
 * of the last sync (or, before any was recorded, those typed now) could have typed the lists — «Cấu hình»'s
 * protection lists no one else. Otherwise the installer confirms the lists by hand («Cập nhật quyền»), and the
 * roles themselves stay untrusted (app/roleTrust.ts) with their own incident.
 */
export function rolesMoved(roles: Roles): boolean {
  const settings = tab(SETTINGS.name, true);
  const last = lastSync();
  if (!settings || last?.signature === signature(roles)) return false;
  return rolesFault(settings, last?.admins ?? roles.admins) === null;
}

/** The two lists as one «Nhật ký» value. */
export const rolesText = (roles: Roles) => `${people(roles.admins).join(', ')} | ${people(roles.reviewers).join(', ')}`;
