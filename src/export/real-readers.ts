/**
 * Test helper (Node only, never bundled): writes a rendered file to a temporary folder and reads
 * it back with the real tools a reader would use: poppler's pdftotext, pdfinfo and pdffonts,
 * qpdf, and LibreOffice for Word files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const workDir = () => mkdtempSync(path.join(tmpdir(), 'keystone-export-'));

export function saveFile(dir: string, name: string, bytes: ArrayBuffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, new Uint8Array(bytes));
  return file;
}

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', timeout: 120_000 });

export const pdfText = (file: string) => run('pdftotext', ['-enc', 'UTF-8', file, '-']);
export const pdfInfo = (file: string) => run('pdfinfo', [file]);
export const pdfFonts = (file: string) => run('pdffonts', [file]);
export const pdfImages = (file: string) => run('pdfimages', ['-list', file]);
/** Throws when qpdf finds the file damaged. */
export const qpdfCheck = (file: string) => run('qpdf', ['--check', file]);

/** One part of a .docx (it is a zip), such as word/document.xml. */
export const docxPart = (file: string, part: string) => run('unzip', ['-p', file, part]);

/** LibreOffice's text of a Word file, from its own profile so parallel runs never collide. */
export function docxText(file: string): string {
  const dir = path.dirname(file);
  run('libreoffice', [
    `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
    '--headless',
    '--convert-to',
    'txt:Text (encoded):UTF8',
    '--outdir',
    dir,
    file,
  ]);
  return readFileSync(file.replace(/\.docx$/, '.txt'), 'utf8');
}

/** Text with running heads removed and all whitespace as single spaces, for order checks. */
export function flowText(text: string, runningHeads: RegExp[]): string {
  return text
    .split('\n')
    .filter((line) => !runningHeads.some((head) => head.test(line.trim())))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** True when every needle appears, each after the one before. */
export function inOrder(haystack: string, needles: readonly string[]): string | null {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle.replace(/\s+/g, ' ').trim(), from);
    if (at < 0) return needle;
    from = at + 1;
  }
  return null;
}
