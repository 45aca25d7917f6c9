// The settings and the unit registry as the rest of the add-on sees them: read from their tabs,
// validated, and cached for ten minutes so that a submission does not re-read them.
import { readRegistry } from '../domain/registry';
import { readSettings } from '../domain/settings';
import type { Settings } from '../domain/settings';
import type { Unit } from '../domain/submission';
import { cacheGet, cachePut, documentCache } from '../gas/cache';
import { readBody, tab } from '../gas/sheets';
import { SETTINGS, UNITS } from '../domain/tabs';

export interface Config {
  units: Unit[];
  /** undefined when the settings tab has errors: see `errors`. */
  settings: Settings | undefined;
  /** Vietnamese messages naming the cell of every problem found. */
  errors: string[];
}

const CACHE_KEY = 'config:v2'; // v2: settings gained modelMinDeeds
const CACHE_SECONDS = 600;

export function loadConfig(): Config {
  const hit = cacheGet(CACHE_KEY);
  if (hit) return JSON.parse(hit) as Config;
  const config = readConfig();
  cachePut(CACHE_KEY, JSON.stringify(config), CACHE_SECONDS); // too large or failing: read from the tabs next time
  return config;
}

export function forgetConfig(): void {
  documentCache().remove(CACHE_KEY);
}

function readConfig(): Config {
  const unitsTab = tab(UNITS.name);
  const settingsTab = tab(SETTINGS.name);
  const registry = readRegistry(unitsTab ? readBody(unitsTab) : []);
  const settings = readSettings(settingsTab ? readBody(settingsTab) : []);
  return {
    units: registry.units,
    settings: settings.ok ? settings.settings : undefined,
    errors: [...registry.errors, ...(settings.ok ? [] : settings.errors)],
  };
}

export function unitsByName(units: readonly Unit[]): Map<string, Unit> {
  return new Map(units.map((u) => [u.name, u]));
}
