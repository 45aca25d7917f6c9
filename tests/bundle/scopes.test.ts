// Least privilege: every scope in appsscript.json is used by the bundle, and every service the bundle
// uses has its scope; nothing reaches for broader services (Drive, Gmail, other spreadsheets, the web).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dist = path.join(__dirname, '../../dist');
const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(dist, 'appsscript.json'), 'utf8')) as {
  timeZone: string;
  runtimeVersion: string;
  exceptionLogging: string;
  oauthScopes: string[];
  dependencies?: { enabledAdvancedServices?: unknown[] };
};

const SCOPE = 'https://www.googleapis.com/auth/';
/** Which use of the bundle needs which scope (developers.google.com/apps-script/concepts/scopes). */
const USES: [RegExp, string][] = [
  [/SpreadsheetApp\.getActive(Spreadsheet)?\(/, 'spreadsheets.currentonly'],
  [/FormApp\.(create|openById)\(/, 'forms'],
  [/MailApp\.sendEmail\(/, 'script.send_mail'],
  [/ScriptApp\.(newTrigger|getProjectTriggers|deleteTrigger)\(/, 'script.scriptapp'],
  [/\.getUi\(\)/, 'script.container.ui'],
  [/Session\.getActiveUser\(\)/, 'userinfo.email'],
  // The archive creates its own spreadsheet through the Sheets API: drive.file reaches only files it made.
  [/\.Spreadsheets\.create\(/, 'drive.file'],
];
/** Calls that would need a broader scope than the add-on may ask for. */
const FORBIDDEN = [
  /DriveApp\./,
  /GmailApp\./,
  /UrlFetchApp\./,
  /SpreadsheetApp\.(openById|openByUrl|open|create)\(/,
  /CalendarApp\./,
  /DocumentApp\./,
];

describe('appsscript.json', () => {
  it('pins V8, the campaign time zone and Stackdriver logging', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  it.each(USES)('the bundle uses %s, so it lists the %s scope', (pattern, scope) => {
    expect(code).toMatch(pattern);
    expect(manifest.oauthScopes).toContain(SCOPE + scope);
  });

  it('enables the Sheets advanced service the archive calls', () => {
    expect(code).toMatch(/typeof Sheets/);
    expect(manifest.dependencies?.enabledAdvancedServices).toEqual([
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
    ]);
  });

  it('lists no scope that nothing uses', () => {
    const used = new Set(USES.filter(([p]) => p.test(code)).map(([, s]) => SCOPE + s));
    expect(manifest.oauthScopes.filter((s) => !used.has(s))).toEqual([]);
  });

  it.each(FORBIDDEN.map((p) => [p]))('the bundle never calls %s', (pattern) => expect(code).not.toMatch(pattern));
});
