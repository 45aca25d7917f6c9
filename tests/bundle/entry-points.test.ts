// Names that stand for entry points — trigger handlers, menu items, the sidebar's server functions — are each an
// export of src/main.ts (checked by the compiler below) and a top-level function of dist/Code.js (at run time).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVER_FUNCTIONS } from '#contract';
import type { ServerFunction } from '#contract';
import { createRuntime, loadBundle } from '../../local/runtime';
import * as MENU_ITEM from '../../src/shared/menuItems';
import * as HANDLER from '../../src/shared/handlers';
import type { Handler, MenuItem } from '../../src/shared/entryPoints';
import type * as Main from '../../src/main';

type Exported = keyof typeof Main;
/** Compiles only when every name in T is an export of main.ts. */
type AllExported<T> = [Exclude<T, Exported>] extends [never] ? true : { missing: Exclude<T, Exported> };
/** Checked by `npm run typecheck`, not at run time: a name missing from main.ts makes this line fail to compile. */
export const compileTimeChecks: [AllExported<Handler>, AllExported<MenuItem>, AllExported<ServerFunction>] = [
  true,
  true,
  true,
];

const root = path.join(__dirname, '../..');
const names = JSON.parse(readFileSync(path.join(root, 'out/entry-points.json'), 'utf8')) as string[];
const code = readFileSync(path.join(root, 'dist/Code.js'), 'utf8');

describe('entry points', () => {
  it('include every trigger handler, menu item and sidebar function named elsewhere', () => {
    const named = [...Object.values(HANDLER), ...Object.values(MENU_ITEM), ...SERVER_FUNCTIONS];
    expect(named.filter((n) => !names.includes(n))).toEqual([]);
    expect(named.filter((n) => !(n in loadBundle(createRuntime(), code)))).toEqual([]);
  });

  it("each stand in the README's table of who may call it", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| entry point'), readme.indexOf('## Layout'));
    expect(names.filter((n) => !table.includes('`' + n + '`'))).toEqual([]);
  });
});
