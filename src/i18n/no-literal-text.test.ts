import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * "No string is hard-coded in a component": every word a person reads comes from the message
 * catalogs (en.ts, zh-cn.ts). This walks every component's syntax tree and lists the text that is
 * not: text between tags, and string literals given to the attributes people read or hear.
 */
const root = join(import.meta.dirname, '..');
const readAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'helperText',
  'primary',
  'secondary',
]);
/** A word: a letter (any script) followed by another, so "×", "–" and "1:1"-like marks pass. */
const words = /\p{L}{2,}|\p{Script=Han}/u;

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return components(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

function literalText(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && words.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && readAttributes.has(node.name.getText(source))) {
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value)
          ? value.text
          : value &&
              ts.isJsxExpression(value) &&
              value.expression &&
              (ts.isStringLiteral(value.expression) || ts.isNoSubstitutionTemplateLiteral(value.expression))
            ? value.expression.text
            : undefined;
      if (literal !== undefined && words.test(literal))
        found.push(`${where(node)} ${node.name.getText(source)}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  it('take every word people read from the message catalogs', () => {
    const files = components(root);
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap((file) => literalText(file))).toEqual([]);
  });

  it('the check finds text between tags and in read attributes', () => {
    const probe = join(root, 'probe.tsx');
    const text = `const a = <p title="Close it" id="x">Hello <b aria-label={'Zoom'}>{n} 你</b> – 1:1</p>;`;
    expect(literalText(probe, text)).toEqual([
      'probe.tsx:1 title="Close it"',
      'probe.tsx:1 text "Hello"',
      'probe.tsx:1 aria-label="Zoom"',
      'probe.tsx:1 text "你"',
    ]);
  });
});
