/**
 * Two rules about imports that ESLint's resolver-free rules cannot express, checked over every
 * file in src/ with TypeScript's own import scanner (type-only and lazy imports included, since a
 * type-only cycle still ties two modules' designs together):
 * - no import cycles;
 * - no imports between features: a folder in src/features imports no other feature folder
 *   (what two features share lives in src/shared, the store, the domain or components).
 * Run by `npm run lint`; prints each problem and exits 1 when there is any.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name) ? [full] : [];
  });
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const ext of ['', ...EXTENSIONS]) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate))
      return candidate;
  }
  return null;
}

const isTest = (file) => /\.test\.tsx?$/.test(file);
const files = filesUnder(src);
/** file → files it imports (relative imports of TypeScript files only). */
const graph = new Map(
  files.map((file) => {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles.map((i) => resolve(file, i.fileName)).filter(Boolean);
    return [file, [...new Set(targets)]];
  }),
);

const rel = (file) => path.relative(root, file);
const problems = [];

// No imports between features (tests included: a test of one feature uses its own helpers).
const featureOf = (file) => /src\/features\/([^/]+)\//.exec(file)?.[1] ?? null;
for (const [file, targets] of graph) {
  const mine = featureOf(file);
  if (!mine) continue;
  for (const target of targets) {
    const theirs = featureOf(target);
    if (theirs && theirs !== mine)
      problems.push(
        `${rel(file)} imports ${rel(target)}: features do not import each other; move what they share to src/shared.`,
      );
  }
}

// No cycles: Tarjan's strongly connected components over the non-test files.
let index = 0;
const stack = [];
const meta = new Map();
function connect(file) {
  const m = { index, low: index, onStack: true };
  meta.set(file, m);
  index += 1;
  stack.push(file);
  for (const target of graph.get(file) ?? []) {
    if (isTest(target)) continue;
    const t = meta.get(target);
    if (!t) {
      connect(target);
      m.low = Math.min(m.low, meta.get(target).low);
    } else if (t.onStack) m.low = Math.min(m.low, t.index);
  }
  if (m.low === m.index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      meta.get(member).onStack = false;
      component.push(member);
    } while (member !== file);
    if (component.length > 1)
      problems.push(`Import cycle: ${component.map(rel).sort().join(' ↔ ')}`);
  }
}
for (const file of files) if (!isTest(file) && !meta.has(file)) connect(file);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} import problem(s) in src/.`);
  process.exit(1);
}
console.log(`Imports: ${files.length} files, no cycles, no imports between features.`);
