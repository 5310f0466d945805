// Each export library lives behind one folder (STYLE.md): only the PDF renderer imports jspdf
// and jspdf-autotable, only the Word renderer imports docx, so the export screen can load each
// on demand and nothing else pulls them into a bundle.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const importers = (library: RegExp) =>
  sourceFiles(SRC)
    .filter((file) => library.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(SRC, file).split(path.sep).join('/'));

describe('export library boundaries', () => {
  it('only src/export/pdf imports jspdf', () => {
    const files = importers(/from ['"]jspdf(-autotable)?['"]/);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !f.startsWith('export/pdf/'))).toEqual([]);
  });

  it('only src/export/docx imports docx', () => {
    const files = importers(/from ['"]docx['"]/);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !f.startsWith('export/docx/'))).toEqual([]);
  });

  it('the export screen loads both renderers only with import()', () => {
    const screen = sourceFiles(path.join(SRC, 'features/export'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(screen).not.toMatch(/from ['"][./]*export\/(pdf|docx)\//);
    expect(screen).toMatch(/import\(['"][./]*export\/pdf\/render-pdf['"]\)/);
    expect(screen).toMatch(/import\(['"][./]*export\/docx\/render-docx['"]\)/);
  });
});
