// Every sentence of the sidebar lives in the messages catalogue: no string in src/ui/client/*.ts carries Vietnamese.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const CLIENT = path.join(__dirname, '../../src/ui/client');
/** Letters with Vietnamese diacritics (Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional; đ Đ). */
const VIETNAMESE = /[\u00C0-\u024F\u1E00-\u1EFF]/;

/** Each string literal and template piece of a file (comments are not strings), with its line. */
function vietnameseLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteralLike(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      VIETNAMESE.test(node.text)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.basename(file)}:${line + 1} ${JSON.stringify(node.text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the sidebar client', () => {
  test('has no Vietnamese string literal: its sentences are in src/ui/clientMessages.ts', () => {
    const files = readdirSync(CLIENT).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((f) => vietnameseLiterals(f, readFileSync(path.join(CLIENT, f), 'utf8')));
    expect(found).toEqual([]);
  });

  test('the check finds a Vietnamese string, a template piece and ignores comments', () => {
    const text = "// «Khen thưởng»\nconst a = 'Đang tải…';\nconst b = `Tuần ${1} (23/11)`;\nconst c = 'ok';\n";
    expect(vietnameseLiterals('x.ts', text)).toEqual(['x.ts:2 "Đang tải…"', 'x.ts:3 "Tuần "']);
  });
});
