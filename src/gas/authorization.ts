// Granular consent (developers.google.com/apps-script/concepts/scopes): whether the current user granted every
// scope of appsscript.json, and where to grant what is missing.

/** The page where the user grants what is missing, or null when every scope is granted. */
export function missingConsentUrl(): string | null {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
  return info.getAuthorizationUrl() ?? '';
}
