// Set-up ("Thiết lập"): creates or repairs the tabs (the registry empty, for the admin to fill; settings with their
// defaults), and once the registry holds an active unit builds or updates the one form, and installs exactly one form-bound submission trigger, one of
// each report trigger and the outbox's daily one (repaired when missing, duplicated or on another hour). Safe to
// re-run by the admin who installed it: the form and the triggers belong to that account, so another admin is refused.
import { installOutboxTrigger } from './outbox';
import { installSweepTrigger } from './sweep';
import { formatTabs } from './tabFormats';
import { DEED, LONG_TEXT, NEEDS_FIX, OUTBOX, PENDING, SETTINGS, UNITS } from '../domain/tabs';
import { FORM_CONFIRMATION, FORM_DESCRIPTION, FORM_TITLE } from '../domain/form';
import { groupOf } from '../domain/unitGroups';
import { SETTING_SPECS, blankNames } from '../domain/settings';
import * as MSG from '#shared/messages/general';
import * as MSG_ACCESS from '#shared/messages/access';
import * as MSG_REPORT from '#shared/messages/report';
import * as MSG_STRUCTURE from '#shared/messages/structure';
import * as MSG_TABS from '#shared/messages/tabs';
import { loadConfig, typedRoles } from './config';
import { syncProtections } from './permissions';
import { INSTALLER_PROPERTY } from './roleTrust';
import { installReportTriggers } from './reports';
import { installRecipientTrigger } from './recipientJobs';
import { campaignForm, configureResponses, createCampaignForm, syncQuestions, unlinkFrom } from '../gas/form';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { activeUserEmail, effectiveUserEmail } from '../gas/session';
import { alert } from '../gas/ui';
import * as HANDLER from '#shared/handlers';
import { LockBusy, withDocumentLock } from '../gas/lock';
import { appendRows, ensureTab, formTabNames, readBody, recordTabIds, spreadsheet } from '../gas/sheets';
import { TIME_ZONE } from '../gas/clock';
import { ensureFormSubmitTrigger } from '../gas/triggers';
import { errorText } from '#shared/errorText';
import { structureProblems } from '../gas/structure';
import { FoldStop, foldOlderLayouts } from './columnFolds';
import { archiveUnderWay } from './archive';

/** Who installed the form and the triggers: only that account sees and repairs them (getProjectTriggers). */
const OWNER_PROPERTY = INSTALLER_PROPERTY;

/** Set-up stops before changing anything, with what to do in Vietnamese. */
class SetupStop extends Error {}
const SHEET_LOCALE = 'vi_VN';

export interface SetupReport {
  formUrl: string;
  formEditUrl: string;
  units: number;
  problems: string[];
  /** Owned tabs whose header row no longer matches the schema (gas/structure.ts), one Vietnamese line each. */
  structure: string[];
  /** Tabs an older version laid out wider, folded into today's columns (app/columnFolds.ts), one line each. */
  folded: string[];
  /** The tabs a form made before this filled with its responses, left as they are once it stopped (gas/form.ts). */
  unlinked: string[];
  reportHours: { monthly: number; weekly: number };
}

export function setup(): SetupReport {
  return withDocumentLock(() => {
    const installer = effectiveUserEmail();
    const owner = getDocumentProperty(OWNER_PROPERTY);
    if (owner && owner.toLowerCase() !== installer.toLowerCase()) throw new SetupStop(MSG_ACCESS.setupOwnedBy(owner));
    const renamed = recordTabIds(); // tabs are found by sheet id: set-up records them again, and stops on a renamed one
    if (renamed.length > 0) throw new SetupStop(MSG_TABS.setupStop(renamed));
    const folded = foldOlderLayouts(archiveUnderWay()); // before any tab is checked against today's columns
    const ss = spreadsheet();
    ss.setSpreadsheetTimeZone(TIME_ZONE);
    // People read dd/MM/yyyy; no code depends on it (answers are read from the form, dates as Dates).
    ss.setSpreadsheetLocale(SHEET_LOCALE);
    const admin = activeUserEmail();
    const settingsTab = seedSettings(admin);
    ensureTab(UNITS, true); // empty: a real organisation's units, never a sample's (data/ holds one for trying it out)
    for (const schema of [DEED, NEEDS_FIX, LONG_TEXT, PENDING, OUTBOX]) ensureTab(schema, true); // drift: said below
    formatTabs(true); // dates dd/MM/yyyy, the field flag as a checkbox, over every row of every owned tab
    if (!owner) setDocumentProperty(OWNER_PROPERTY, installer);
    // The installer re-runs set-up: the protections follow the role lists as typed in «Cấu hình» (docs/security.md).
    syncProtections(typedRoles() ?? { admins: [], reviewers: [] });
    const config = loadConfig();
    // The form's unit question needs the registry: the first run on a new Sheet stops here, the tabs made.
    const names = blankNames(readBody(settingsTab));
    const noUnits = !config.units.some((u) => u.active);
    if (noUnits || names.length > 0) throw new SetupStop(MSG.setupWaiting(noUnits, names));
    const form = openOrCreateForm();
    const formTabs = ss.getFormUrl() ? formTabNames() : []; // asked before unlinking: then no tab has a form
    const unlinked = unlinkFrom(form, ss.getId()) ? formTabs : [];
    configureResponses(form, FORM_CONFIRMATION);
    syncQuestions(
      form,
      config.units.filter((u) => u.active).map((u) => ({ name: u.name, group: groupOf(u.unitType) })),
    );
    ensureFormSubmitTrigger(HANDLER.formSubmit, form);
    installSweepTrigger();
    installOutboxTrigger();
    const reportHours = installReportTriggers(config.settings);
    installRecipientTrigger(config.settings);
    return {
      formUrl: form.getPublishedUrl(),
      formEditUrl: form.getEditUrl(),
      units: config.units.length,
      problems: config.errors,
      structure: structureProblems(),
      folded,
      unlinked,
      reportHours,
    };
  });
}

function seedSettings(admin: string): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = spreadsheet().getSheetByName(SETTINGS.name);
  const sheet = existing ?? ensureTab(SETTINGS);
  const rows =
    existing && existing.getLastRow() > 1 ? existing.getRange(2, 1, existing.getLastRow() - 1, 3).getValues() : [];
  const present = new Set(rows.map((r) => String(r[0]).trim()));
  // The help column is the add-on's: a newer wording (say, that a threshold is the organisation's own choice, not
  // the guidance's) replaces the old one in one write; rows people added keep theirs.
  const helps = rows.map((r) => [SETTING_SPECS.find((s) => s.label === String(r[0]).trim())?.help ?? r[2]]);
  if (existing && helps.some((h, i) => h[0] !== rows[i]?.[2]))
    existing.getRange(2, 3, helps.length, 1).setValues(helps);
  const isAdminList = (key: string) => key === 'reviewers' || key === 'admins';
  const missing = SETTING_SPECS.filter((s) => !present.has(s.label)).map((s) => [
    s.label,
    isAdminList(s.key) && s.initial === '' ? admin : s.initial,
    s.help,
  ]);
  appendRows(sheet, missing);
  return sheet;
}

/** The recorded form; a failure to open it stops set-up (a transient error, no access): never a second form. */
function openOrCreateForm(): GoogleAppsScript.Forms.Form {
  let form: GoogleAppsScript.Forms.Form | null;
  try {
    form = campaignForm();
  } catch (err) {
    console.warn(`The recorded form could not be opened: ${String(err)}`);
    throw new SetupStop(MSG_ACCESS.setupFormUnavailable(errorText(err)));
  }
  return form ?? createCampaignForm({ title: FORM_TITLE, description: FORM_DESCRIPTION });
}

/** "Thiết lập" from the menu: what was set up, or what went wrong and what to do, in Vietnamese. */
export function setupFromMenu(): void {
  let message: string;
  try {
    message = setupMessage(setup());
  } catch (err) {
    const text = errorText(err);
    console.error(`Set-up failed: ${text}`);
    if (err instanceof SetupStop || err instanceof FoldStop) message = text;
    else message = err instanceof LockBusy ? MSG.setupBusy : MSG.setupFailed(text);
  }
  alert(MSG.setupTitle, message);
}

function setupMessage(report: SetupReport): string {
  const lines = [
    MSG.setupDone(report.formUrl, report.units),
    MSG_REPORT.setupTriggers(report.reportHours.monthly, report.reportHours.weekly),
  ];
  if (report.problems.length > 0) lines.push('', MSG.setupToFix, ...report.problems);
  if (report.folded.length > 0) lines.push('', ...report.folded);
  if (report.structure.length > 0) lines.push('', MSG_STRUCTURE.setup, ...report.structure);
  if (report.unlinked.length > 0) lines.push('', MSG.setupUnlinked(report.unlinked));
  return lines.join('\n');
}
