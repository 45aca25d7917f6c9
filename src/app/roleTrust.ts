// Roles are read from «Cấu hình» only while the add-on's protection of it holds (domain/protections.ts): a
// protection removed, made warning-only or opened to anyone but the admins, the installer and the owner means anyone
// could have written themselves in, so no one is granted a role from it until «Cập nhật quyền» restores it.
import { emailKey } from '../domain/email';
import { settingsProtectionFault } from '../domain/protections';
import type { ProtectionFault } from '../domain/protections';
import * as MSG_TRUST from '#shared/messages/trust';
import { getDocumentProperty } from '../gas/properties';
import { fileOwner, sheetProtections } from '../gas/protection';

/** Who ran «Thiết lập» first (a document property set-up writes): the form's and the triggers' owner. */
export const INSTALLER_PROPERTY = 'installedBy';

export function installerEmail(): string {
  return emailKey(getDocumentProperty(INSTALLER_PROPERTY) ?? '');
}

/** What is wrong with the settings tab's protection for these admins, or null: roles may be read from it. */
export function rolesFault(
  settingsTab: GoogleAppsScript.Spreadsheet.Sheet,
  admins: readonly string[],
): ProtectionFault | null {
  return settingsProtectionFault(sheetProtections(settingsTab), MSG_TRUST.marker, [
    ...admins,
    installerEmail(),
    fileOwner(),
  ]);
}
