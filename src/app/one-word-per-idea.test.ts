// One word for one idea (issue 10): an item of a draft's responsibilities list is a
// "responsibility" on every screen, in every export and in every message, never a "statement"
// or a "duty", since UK job descriptions and the draft field both say responsibility. This
// reads every string the app can show (string literals, template text and JSX text in src,
// tests and test helpers aside) and fails if either word comes back in that sense.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.join(process.cwd(), 'src');
const OLD_WORDS = /\b(statements?|duty|duties)\b/i;

/** The same words in other senses, which may stay. */
const OTHER_SENSES: readonly RegExp[] = [
  /\b(equality|EDI|diversity|inclusion|mission|vision|values|impact) statements?\b/gi,
  /\bstatements? of (intent|purpose|particulars|principles)\b/gi,
  /\bduty of care\b/gi,
  /\b(public sector equality|statutory|legal) duty\b/gi,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every piece of text in a source file that could reach a person, whitespace collapsed. */
function shownText(fileName: string, code: string): string[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, kind);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    // Module names are paths, not text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isJsxText(node)
    ) {
      out.push(node.text.replace(/\s+/g, ' ').trim());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out.filter((text) => text !== '');
}

const usesOldWord = (text: string) =>
  OLD_WORDS.test(OTHER_SENSES.reduce((rest, sense) => rest.replace(sense, ''), text));

describe('one word for one idea: responsibility', () => {
  it('finds text in string literals, templates and JSX, and not in module names', () => {
    const code = [
      "import { x } from './statement';",
      "const a = 'one duty';",
      'const b = `${n} statements match`;',
      'const c = <p>Add a statement {x} here</p>;',
    ].join('\n');
    expect(shownText('example.tsx', code).filter(usesOldWord)).toEqual([
      'one duty',
      'statements match',
      'Add a statement',
    ]);
  });

  it('lets the words stand in their other senses', () => {
    expect(usesOldWord('Read the equality statement and the duty of care.')).toBe(false);
    expect(usesOldWord('An equality statement and two duties.')).toBe(true);
  });

  it('says responsibility, not statement or duty, in every text the app can show', () => {
    const found = sourceFiles(SRC).flatMap((file) =>
      shownText(file, readFileSync(file, 'utf8'))
        .filter(usesOldWord)
        .map((text) => `${path.relative(SRC, file).split(path.sep).join('/')}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('reads the screens it guards', () => {
    const step = path.join(SRC, 'features/wizard/responsibilities-step.tsx');
    expect(shownText(step, readFileSync(step, 'utf8'))).toContain('Write your own responsibility');
  });
});
