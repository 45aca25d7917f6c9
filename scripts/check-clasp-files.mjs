// CI check: `clasp show-file-status` (offline) must list exactly the built files in dist/, nothing from src/ or node_modules.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const out = execFileSync('npx', ['clasp', 'show-file-status', '--json'], { encoding: 'utf8' });
const { filesToPush } = JSON.parse(out.slice(out.indexOf('{')));
const built = readdirSync('dist').map((f) => `dist/${f}`);
const pushed = [...filesToPush].sort();
const expected = [...built].sort();
const ok =
  JSON.stringify(pushed) === JSON.stringify(expected) &&
  pushed.includes('dist/Code.js') &&
  pushed.includes('dist/appsscript.json');
console.log(`clasp would push: ${pushed.join(', ')}`);
if (!ok) {
  console.error(`Expected exactly: ${expected.join(', ')}`);
  process.exit(1);
}
