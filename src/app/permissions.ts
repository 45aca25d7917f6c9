// Set-up and «Cập nhật quyền» protect the add-on's tabs (domain/protections.ts) for the admins, the reviewers where
// the add-on writes as them, and the installing account; the rest of «Việc tốt» stays editable under a warning.
import { DEED } from '../domain/tabs';
import { PROTECTED_TABS, editorsFor, ownColumnRuns } from '../domain/protections';
import { MSG_TRUST } from '#shared/messages';
import { forgetConfig, loadConfig, typedRoles } from './config';
import { installerEmail } from './roleTrust';
import { withDocumentLock } from '../gas/lock';
import { protectTab } from '../gas/protection';
import { ensureTab } from '../gas/sheets';
import { activeUserEmail, effectiveUserEmail } from '../gas/session';
import { alert, confirm } from '../gas/ui';

/** Protects every tab of the plan for these roles (replacing the add-on's earlier protections). */
export function syncProtections(roles: { admins: readonly string[]; reviewers: readonly string[] }): void {
  const installer = installerEmail() || effectiveUserEmail();
  for (const { schema, audience } of PROTECTED_TABS)
    protectTab(
      ensureTab(schema),
      MSG_TRUST.marker,
      MSG_TRUST.description(schema.name, audience === 'staff'),
      editorsFor(audience, roles, installer),
    );
  protectTab(
    ensureTab(DEED),
    MSG_TRUST.marker,
    MSG_TRUST.deedDescription,
    editorsFor('staff', roles, installer),
    ownColumnRuns(),
  );
  forgetConfig();
}

/**
 * «Cập nhật quyền»: the installer (always: it is how a broken protection is restored) or an admin of a trusted
 * «Cấu hình» confirms the role lists as typed, then every protection is written again for them.
 */
export function permissionsFromMenu(): void {
  const me = activeUserEmail();
  const isInstaller = me !== '' && me === installerEmail();
  if (!isInstaller && !(me !== '' && (loadConfig().settings?.admins ?? []).includes(me))) {
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
