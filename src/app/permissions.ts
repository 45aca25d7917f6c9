// Set-up and «Cập nhật quyền» protect the add-on's tabs (domain/protections.ts) for the admins, the reviewers where
// the add-on writes as them, and the installing account; the rest of «Việc tốt» stays editable under a warning.
import { DEED } from '../domain/tabs';
import { PROTECTED_TABS, editorsFor } from '../domain/protections';
import * as MSG_TRUST from '#shared/messages/trust';
import { AUDIT_ACTIONS } from '#shared/codes';
import { auditRow } from '../domain/auditLine';
import { adminsOf, forgetConfig, typedRoles } from './config';
import { installerEmail } from './roleTrust';
import { withDocumentLock } from '../gas/lock';
import { protectTab } from '../gas/protection';
import { ensureTab, tab } from '../gas/sheets';
import { recordSync, rolesMoved, rolesText } from './protectionSync';
import { appendOrDefer } from './deferredRows';
import { reportIncident } from './incidents';
import { errorText } from '#shared/errorText';
import { activeUserEmail, effectiveUserEmail } from '../gas/session';
import { alert, confirm } from '../gas/ui';

/**
 * Protects every tab of the plan for these roles (replacing the add-on's earlier protections): those set-up creates,
 * and those the add-on created since. «Việc tốt»: its columns for the staff, what people add on the right under a
 * warning. Recorded (app/protectionSync.ts), so the sweep knows when the roles or the tabs changed since.
 */
export function syncProtections(roles: { admins: readonly string[]; reviewers: readonly string[] }): void {
  const installer = installerEmail() || effectiveUserEmail();
  for (const { tab: which, audience } of PROTECTED_TABS) {
    const name = typeof which === 'string' ? which : which.name;
    const sheet = typeof which === 'string' ? tab(which, true) : ensureTab(which, true);
    if (!sheet) continue;
    const editors = audience === 'warning' ? null : editorsFor(audience, roles, installer);
    protectTab(sheet, MSG_TRUST.marker, MSG_TRUST.description(name, audience), editors);
  }
  protectTab(
    ensureTab(DEED, true),
    MSG_TRUST.marker,
    MSG_TRUST.deedDescription,
    editorsFor('staff', roles, installer),
    [0, DEED.width],
  );
  forgetConfig();
  recordSync(roles);
}

/**
 * «Cập nhật quyền»: the installer (always: it is how a broken protection is restored) or an admin of a trusted
 * «Cấu hình» confirms the role lists as typed, then every protection is written again for them.
 */
export function permissionsFromMenu(): void {
  const me = activeUserEmail();
  const isInstaller = me !== '' && me === installerEmail();
  if (!isInstaller && !(me !== '' && adminsOf().includes(me))) {
    alert(MSG_TRUST.title, MSG_TRUST.forbidden);
    return;
  }
  const roles = typedRoles();
  if (!roles) {
    alert(MSG_TRUST.title, MSG_TRUST.noSettings);
    return;
  }
  if (!confirm(MSG_TRUST.title, MSG_TRUST.confirm(roles.admins, roles.reviewers))) return;
  withDocumentLock(() => syncProtections(roles));
  alert(MSG_TRUST.title, MSG_TRUST.done);
}

/**
 * From the installer's hourly sweep (listed on every protection): «Cấu hình» changed by a trusted admin, the plan or
 * its tabs since the last sync (app/protectionSync.ts) — every protection is written again, with a «Nhật ký» row.
 */
export function followRoles(): void {
  try {
    const roles = typedRoles();
    if (!roles || !rolesMoved(roles)) return;
    withDocumentLock(() => syncProtections(roles));
    appendOrDefer('audit', [
      auditRow(new Date(), effectiveUserEmail(), '', AUDIT_ACTIONS.sync, MSG_TRUST.menu, '', rolesText(roles)),
    ]);
  } catch (err) {
    reportIncident(MSG_TRUST.job, '', MSG_TRUST.syncFailed(errorText(err)), MSG_TRUST.refusedTodo, []);
  }
}
