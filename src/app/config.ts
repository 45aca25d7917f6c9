// The settings and the unit registry as the rest of the add-on sees them: read from their tabs,
// validated, and cached for ten minutes so that a submission does not re-read them.
import { readRegistry } from '../domain/registry';
import { readSettings } from '../domain/settings';
import type { Settings } from '../domain/settings';
import type { UnitType } from '#shared/codes';
import type { Unit } from '../domain/submission';
import { cacheGet, cachePut, documentCache } from '../gas/cache';
import { readBody, tab } from '../gas/sheets';
import { SETTINGS, UNITS } from '../domain/tabs';
import * as MSG_TRUST from '#shared/messages/trust';
import { reportIncident } from './incidents';
import { rolesFault } from './roleTrust';

export interface Config {
  units: Unit[];
  /** undefined when the settings tab has errors: see `errors`. */
  settings: Settings | undefined;
  /** Vietnamese messages naming the cell of every problem found. */
  errors: string[];
}

const CACHE_KEY = 'config:v5'; // v3: roles only from a protected «Cấu hình»; v4: retention days; v5: base reviewers
const CACHE_SECONDS = 600;

export function loadConfig(): Config {
  const hit = cacheGet(CACHE_KEY);
  if (hit) return JSON.parse(hit) as Config;
  const config = readConfig();
  cachePut(CACHE_KEY, JSON.stringify(config), CACHE_SECONDS); // too large or failing: read from the tabs next time
  return config;
}

/** The admins' emails (none while «Cấu hình» has errors). */
export const adminsOf = (config: Config = loadConfig()): string[] => config.settings?.admins ?? [];

export function forgetConfig(): void {
  types = undefined;
  documentCache().remove(CACHE_KEY);
}

function readConfig(): Config {
  const unitsTab = tab(UNITS.name);
  const settingsTab = tab(SETTINGS.name);
  const registry = readRegistry(unitsTab ? readBody(unitsTab) : []);
  const settings = readSettings(settingsTab ? readBody(settingsTab) : []);
  const errors = [...registry.errors, ...(settings.ok ? [] : settings.errors)];
  return {
    units: registry.units,
    settings: settings.ok ? trusted(settings.settings, settingsTab, errors) : undefined,
    errors,
  };
}

/** The settings, with no one in the role lists unless «Cấu hình»'s protection vouches for them (app/roleTrust.ts). */
function trusted(settings: Settings, tab: GoogleAppsScript.Spreadsheet.Sheet | null, errors: string[]): Settings {
  const fault = tab ? rolesFault(tab, settings.admins) : 'missing';
  if (fault === null) return settings;
  const problem = MSG_TRUST.refused(MSG_TRUST.fault[fault]);
  errors.push(problem);
  reportIncident(MSG_TRUST.job, '', problem, MSG_TRUST.refusedTodo, []);
  return { ...settings, admins: [], reviewers: [], baseReviewers: {} };
}

/**
 * The role lists as typed in «Cấu hình», trusted or not: what «Cập nhật quyền» shows the installer to confirm. The
 * base committees' reviewers write where the department's do (a deed's status, «Nhật ký», mail to the unit), so
 * they are listed with them.
 */
export function typedRoles(): { admins: string[]; reviewers: string[] } | undefined {
  const tabNow = tab(SETTINGS.name);
  const settings = readSettings(tabNow ? readBody(tabNow) : []);
  if (!settings.ok) return undefined;
  const { admins, reviewers, baseReviewers } = settings.settings;
  return { admins, reviewers: [...new Set([...reviewers, ...Object.values(baseReviewers).flat()])] };
}

let types: Map<string, UnitType> | undefined; // read once an execution: a report looks up every deed's unit

/** The type of the registry's unit with this code; undefined for a code no longer in «Đơn vị». */
export function unitTypeOf(code: string): UnitType | undefined {
  types ??= new Map(loadConfig().units.map((u) => [u.code, u.unitType]));
  return types.get(code);
}

export function unitsByName(units: readonly Unit[]): Map<string, Unit> {
  return new Map(units.map((u) => [u.name, u]));
}
