// The emulator exposes exactly what @types/google-apps-script declares: the committed surface is the pinned
// @types', every member a fake offers is declared for its iface, and the script sees nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { SURFACE_FILE, generateSurface } from '../../scripts/gas-surface';
import { createRuntime, loadBundle } from '../../local/runtime';
import { declaredMembers } from '../../local/runtime/context';

const RUNTIME = join(__dirname, '..', '..', 'local', 'runtime');
const IFACE = /^(?:[A-Z][A-Za-z]*\.[A-Z][A-Za-z]*|console)$/;

interface ClassInfo {
  node: ts.ClassDeclaration;
  base: string | undefined;
}

function sources(): ts.SourceFile[] {
  return readdirSync(RUNTIME)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ts.createSourceFile(f, readFileSync(join(RUNTIME, f), 'utf8'), ts.ScriptTarget.ES2022, true));
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

const isInternal = (m: ts.ClassElement): boolean =>
  ts.getCombinedModifierFlags(m as ts.Declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)
    ? true
    : m.name !== undefined && (ts.isPrivateIdentifier(m.name) || m.name.getText().startsWith('_'));
const isStatic = (m: ts.ClassElement): boolean =>
  (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;

/** The iface a class is exposed as: a literal in its super(…) call, or its `static ifaces` list. */
function ifacesOf(node: ts.ClassDeclaration): string[] {
  const literals: string[] = [];
  for (const m of node.members) {
    if (ts.isConstructorDeclaration(m) && m.body)
      walk(m.body, (n) => {
        if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword)
          for (const a of n.arguments) if (ts.isStringLiteral(a) && IFACE.test(a.text)) literals.push(a.text);
      });
    if (ts.isPropertyDeclaration(m) && isStatic(m) && m.name.getText() === 'ifaces' && m.initializer)
      walk(m.initializer, (n) => {
        if (ts.isStringLiteral(n)) literals.push(n.text);
      });
  }
  return literals;
}

/** What the proxy can show of a class: public methods and accessors, and public upper-case fields (enums). */
function membersOf(classes: Map<string, ClassInfo>, name: string): { shown: Set<string>; internal: Set<string> } {
  const shown = new Set<string>();
  const internal = new Set<string>();
  for (let c = classes.get(name); c; c = c.base ? classes.get(c.base) : undefined)
    for (const m of c.node.members) {
      if (!m.name || isStatic(m) || ts.isConstructorDeclaration(m)) continue;
      const member = m.name.getText();
      const callable = ts.isMethodDeclaration(m) || ts.isGetAccessor(m) || ts.isSetAccessor(m);
      if (isInternal(m)) internal.add(member);
      else if (callable || (ts.isPropertyDeclaration(m) && /^[A-Z]/.test(member))) shown.add(member);
    }
  return { shown, internal };
}

function emulatedSurface(): { where: string; iface: string; members: string[]; internal: string[] }[] {
  const files = sources();
  const classes = new Map<string, ClassInfo>();
  const instantiated = new Set<string>();
  const out: { where: string; iface: string; members: string[]; internal: string[] }[] = [];
  for (const file of files)
    walk(file, (n) => {
      if (ts.isClassDeclaration(n) && n.name) {
        const heritage = n.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
        classes.set(n.name.text, { node: n, base: heritage?.types[0]?.expression.getText() });
      }
      if (ts.isNewExpression(n)) instantiated.add(n.expression.getText());
      if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        n.expression.name.text === 'expose' &&
        n.arguments.length === 2 &&
        ts.isStringLiteral(n.arguments[0]!) &&
        ts.isObjectLiteralExpression(n.arguments[1]!)
      )
        out.push({
          where: `${file.fileName}:${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}`,
          iface: n.arguments[0].text,
          members: n.arguments[1].properties.map((p) => p.name!.getText()),
          internal: [],
        });
    });
  const isFacade = (name: string | undefined): boolean =>
    name === 'Facade' || (name !== undefined && isFacade(classes.get(name)?.base));
  for (const [name, info] of classes) {
    if (!isFacade(info.base)) continue;
    const ifaces = ifacesOf(info.node);
    if (ifaces.length === 0 && instantiated.has(name)) throw new Error(`${name} is made but names no iface`);
    const { shown, internal } = membersOf(classes, name);
    for (const iface of ifaces) out.push({ where: name, iface, members: [...shown], internal: [...internal] });
  }
  return out;
}

describe('the Apps Script surface', () => {
  it('is the one the pinned @types/google-apps-script declares', () => {
    expect(JSON.parse(readFileSync(SURFACE_FILE, 'utf8'))).toEqual(generateSurface());
  });

  it('covers every member of every fake: none is missing from @types for its iface', () => {
    const exposures = emulatedSurface();
    const undeclared: string[] = [];
    const leaking: string[] = [];
    let checked = 0;
    for (const { where, iface, members, internal } of exposures) {
      const declared = declaredMembers(iface);
      for (const m of members) {
        checked += 1;
        if (!declared.has(m)) undeclared.push(`${where} ${iface}.${m}`);
      }
      // A private helper named like a declared member would be shown by the proxy.
      for (const m of internal) if (declared.has(m)) leaking.push(`${where} ${iface}.${m}`);
    }
    expect(undeclared).toEqual([]);
    expect(leaking).toEqual([]);
    // Every fake class and object literal was found: 59 exposures, 535 members when this was written.
    expect(exposures.length).toBeGreaterThanOrEqual(59);
    expect(checked).toBeGreaterThanOrEqual(535);
  });

  describe('as the script sees it', () => {
    const BUNDLE = `
      function typed() {
        var form = FormApp.create('F');
        var list = form.addListItem();
        return [typeof list.asListItem, typeof list.setChoiceValues, typeof list.showOtherOption,
                typeof form.getItems()[0].asListItem, typeof list.response, typeof list.item,
                typeof console.log, typeof console.table, 'asListItem' in list];
      }
      function callUndeclared() { FormApp.create('F').addTextItem().asTextItem(); }
      function callNotEmulated() { SpreadsheetApp.getActive().getRange('A1').setBorder(true, true, true, true, true, true); }
    `;

    function boot() {
      const rt = createRuntime();
      return { rt, fns: loadBundle(rt, BUNDLE) };
    }

    it('has only declared members: a typed item has no as…Item, the fakes’ internals and console.table are undefined', () => {
      const { rt } = boot();
      expect(rt.run('typed')).toEqual([
        'undefined',
        'function',
        'undefined',
        'function',
        'undefined',
        'undefined',
        'function',
        'undefined',
        false,
      ]);
    });

    it('throws "is not a function" for an undeclared member and "not emulated" for a declared one the fake lacks', () => {
      const { rt } = boot();
      expect(() => rt.run('callUndeclared')).toThrow(/asTextItem is not a function/);
      expect(() => rt.run('callNotEmulated')).toThrow('not emulated: Spreadsheet.Range.setBorder');
    });
  });
});
