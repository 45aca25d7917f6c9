// Generates local/runtime/surface.json: every Apps Script interface and enum the emulator may expose → its declared members.
// Reads node_modules/@types/google-apps-script (parse only, no type check); `npx tsx scripts/gas-surface.ts` rewrites the file.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const TYPES = join(__dirname, '..', 'node_modules', '@types', 'google-apps-script');
export const SURFACE_FILE = join(__dirname, '..', 'local', 'runtime', 'surface.json');

/** @types namespace → the prefix of the emulator's iface names (its meter keys say `Html.HtmlOutput.…`). */
const NAMESPACES: Record<string, string> = {
  Base: 'Base',
  Cache: 'Cache',
  Charts: 'Charts',
  Forms: 'Forms',
  HTML: 'Html',
  Lock: 'Lock',
  Mail: 'Mail',
  Properties: 'Properties',
  Script: 'Script',
  Spreadsheet: 'Spreadsheet',
  Utilities: 'Utilities',
};

/** The advanced Sheets service's collections that local/runtime/advanced-sheets.ts exposes (apis/sheets_v4.d.ts). */
const ADVANCED: Record<string, string> = {
  'Sheets.Spreadsheets': 'Sheets.Collection.SpreadsheetsCollection',
  'Sheets.Values': 'Sheets.Collection.Spreadsheets.ValuesCollection',
};

interface Declared {
  members: Set<string>;
  /** Qualified names (in @types) of the interfaces it extends, resolved against its namespace. */
  bases: string[];
}

function memberName(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** Every interface and enum under `declare namespace GoogleAppsScript`, keyed by its dotted path below it. */
function collect(files: readonly string[]): Map<string, Declared> {
  const out = new Map<string, Declared>();
  const entry = (name: string): Declared => {
    let d = out.get(name);
    if (!d) out.set(name, (d = { members: new Set(), bases: [] }));
    return d;
  };
  const visit = (node: ts.Node, path: string[]): void => {
    if (ts.isModuleDeclaration(node)) {
      const inner = node.name.text === 'GoogleAppsScript' && path.length === 0 ? [] : [...path, node.name.text];
      if (node.body) ts.forEachChild(node.body, (child) => visit(child, inner));
      return;
    }
    if (ts.isModuleBlock(node)) return ts.forEachChild(node, (child) => visit(child, path));
    if (ts.isInterfaceDeclaration(node) && path.length > 0) {
      const d = entry([...path, node.name.text].join('.'));
      for (const m of node.members) {
        const name = memberName(m.name);
        if (name) d.members.add(name);
      }
      for (const clause of node.heritageClauses ?? [])
        for (const t of clause.types) d.bases.push(resolve(out, path, t.expression.getText()));
      return;
    }
    if (ts.isEnumDeclaration(node) && path.length > 0) {
      const d = entry([...path, node.name.text].join('.'));
      for (const m of node.members) {
        const name = memberName(m.name);
        if (name) d.members.add(name);
      }
    }
  };
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
    ts.forEachChild(source, (node) => visit(node, []));
  }
  return out;
}

/** A type name written inside namespace `path`, as TypeScript resolves it: innermost namespace first. */
function resolve(known: Map<string, Declared>, path: string[], written: string): string {
  const name = written.replace(/^GoogleAppsScript\./, '');
  for (let i = path.length; i >= 0; i--) {
    const candidate = [...path.slice(0, i), name].join('.');
    if (known.has(candidate)) return candidate;
  }
  // Declared later in the files: keep the innermost reading; a base that never appears is reported.
  return [...path, name].join('.');
}

function allMembers(known: Map<string, Declared>, name: string, seen = new Set<string>()): Set<string> {
  const d = known.get(name);
  if (!d) throw new Error(`@types/google-apps-script: unknown interface ${name}`);
  if (seen.has(name)) return new Set();
  seen.add(name);
  const out = new Set(d.members);
  for (const base of d.bases) {
    const resolved = known.has(base) ? base : base.split('.').slice(-1)[0]!;
    for (const m of allMembers(known, resolved, seen)) out.add(m);
  }
  return out;
}

/** iface → sorted declared member names, keys sorted. */
export function generateSurface(): Record<string, string[]> {
  const files = readdirSync(TYPES)
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => join(TYPES, f));
  const known = collect([...files, join(TYPES, 'apis', 'sheets_v4.d.ts')]);
  const out: Record<string, string[]> = {};
  for (const name of known.keys()) {
    const [ns, ...rest] = name.split('.');
    const prefix = NAMESPACES[ns!];
    if (prefix && rest.length === 1) out[`${prefix}.${rest[0]}`] = [...allMembers(known, name)].sort();
  }
  for (const [iface, name] of Object.entries(ADVANCED)) out[iface] = [...allMembers(known, name)].sort();
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function main(): Promise<void> {
  const prettier = await import('prettier'); // loaded only here: Jest cannot load it, and the test needs no formatting
  const options = await prettier.resolveConfig(SURFACE_FILE);
  writeFileSync(SURFACE_FILE, await prettier.format(JSON.stringify(generateSurface()), { ...options, parser: 'json' }));
  console.log(`wrote ${SURFACE_FILE}`);
}

if (require.main === module) void main();
