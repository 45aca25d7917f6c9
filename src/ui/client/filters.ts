// The list's filters: month, week, unit type, unit, field, status, recognition and the search box, and the
// filter as sent to the server.
import { FIELDS, RECOGNITIONS, STATUSES, UNIT_TYPES } from '#shared/codes';
import type { DeedFilter, SidebarState } from '#contract';
import { ALL_MONTHS } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import { fill, h } from './dom';
import { viMonth, viWeek, weeksOf } from './format';

const T = MSG_SIDEBAR.filters;
const SEARCH_DELAY_MS = 300;

type FilterKey = Exclude<keyof DeedFilter, 'month' | 'search'>;
const FILTER_KEYS: FilterKey[] = ['week', 'unitType', 'unitCode', 'field', 'status', 'recognition'];
type Option = [value: string, label: string];

export interface Filters {
  /** The «Bộ lọc» panel. */
  panel: HTMLElement;
  /** The search box and its label. */
  searchBox: HTMLElement;
  search: HTMLInputElement;
  /** The filter in force. */
  readonly filter: DeedFilter;
  set(key: keyof DeedFilter, value: string): void;
  /** The filter as sent: only the keys in use (undefined and '' never cross google.script.run). */
  query(): DeedFilter;
}

/** `changed` runs after every change of the filter (the list loads again from its first page). */
export function createFilters(side: SidebarState, changed: () => void, announce: (text: string) => void): Filters {
  let filter: DeedFilter = { month: side.currentMonth };
  const selects: Partial<Record<keyof DeedFilter, HTMLSelectElement>> = {};
  const panel = h('details', { class: 'filters' });
  const summary = h('summary');
  const search = h('input', {
    type: 'search',
    id: 'q',
    maxlength: 200,
    autocomplete: 'off',
    placeholder: T.searchPlaceholder,
  });

  const options = (list: Option[], value: string | undefined): HTMLOptionElement[] =>
    list.map(([v, label]) => h('option', { value: v, selected: v === (value ?? '') }, label));

  function select(key: keyof DeedFilter, label: string, list: Option[]): HTMLElement[] {
    const el = h('select', { id: `f-${key}`, onchange: () => set(key, el.value) }, options(list, filter[key]));
    selects[key] = el;
    return [h('label', { for: el.id }, label), el];
  }

  const all = (label: string): Option => ['', label];
  const entries = (table: Record<string, string>): Option[] => Object.entries(table);
  const weekOptions = (): Option[] => [all(T.allWeeks), ...weeksOf(filter.month).map((w): Option => [w, viWeek(w)])];
  function unitOptions(): Option[] {
    const units = side.units.filter((u) => !filter.unitType || u.unitType === filter.unitType);
    return [all(T.allUnits), ...units.map((u): Option => [u.code, u.name])];
  }

  function replaceOptions(key: keyof DeedFilter, list: Option[]): void {
    const el = selects[key]!;
    fill(el, options(list, filter[key]));
    el.value = filter[key] ?? '';
  }

  function set(key: keyof DeedFilter, value: string): void {
    const f = filter as unknown as Record<string, string | undefined>;
    if ((f[key] ?? '') === value) return;
    f[key] = value || undefined;
    if (key === 'month') {
      filter.week = undefined;
      replaceOptions('week', weekOptions());
    }
    if (key === 'unitType') {
      const unit = side.units.find((u) => u.code === filter.unitCode);
      if (unit && value && unit.unitType !== value) filter.unitCode = undefined;
      replaceOptions('unitCode', unitOptions());
    }
    if (key === 'status') selects.status!.value = value;
    renderSummary();
    changed();
  }

  function clear(): void {
    filter = { month: filter.month };
    search.value = '';
    for (const key of FILTER_KEYS) selects[key]!.value = '';
    replaceOptions('unitCode', unitOptions());
    renderSummary();
    changed();
    announce(T.cleared);
  }

  function renderSummary(): void {
    const n = FILTER_KEYS.filter((k) => filter[k]).length;
    fill(summary, T.summary, h('span', { class: 'muted' }, ` · ${viMonth(filter.month)}`, n ? T.conditions(n) : ''));
  }

  let searchTimer = 0;
  search.addEventListener('input', () => {
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => set('search', search.value.trim()), SEARCH_DELAY_MS);
  });
  search.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    window.clearTimeout(searchTimer);
    set('search', search.value.trim());
  });

  fill(
    panel,
    summary,
    h(
      'div',
      null,
      select(
        'month',
        T.month,
        [...side.months, ALL_MONTHS].map((m): Option => [m, viMonth(m)]),
      ),
      select('week', T.week, weekOptions()),
      select('unitType', T.unitType, [all(T.allUnitTypes), ...entries(UNIT_TYPES)]),
      select('unitCode', T.unit, unitOptions()),
      select('field', T.field, [all(T.allFields), ...entries(FIELDS)]),
      select('status', T.status, [all(T.allStatuses), ...entries(STATUSES)]),
      select('recognition', T.recognition, [all(T.noRecognition), ...entries(RECOGNITIONS)]),
      h(
        'p',
        { class: 'row', style: 'margin-top:10px' },
        h('button', { type: 'button', id: 'clear', onclick: clear }, T.clear),
      ),
    ),
  );
  renderSummary();

  return {
    panel,
    searchBox: h('div', { class: 'search' }, h('label', { for: 'q', class: 'vh' }, T.searchLabel), search),
    search,
    get filter() {
      return filter;
    },
    set,
    query: () => {
      const f: DeedFilter = { month: filter.month };
      for (const key of FILTER_KEYS) if (filter[key]) (f as unknown as Record<string, string>)[key] = filter[key]!;
      if (filter.search) f.search = filter.search;
      return f;
    },
  };
}
