/**
 * The one module that imports pdfjs-dist (Apache-2.0), loaded only when a person opens a PDF.
 * Note: the legacy build runs on Node 20 too, so `npm run read-role` reads PDFs with this same
 * code. Its worker runs on the main thread (the worker module is imported and handed to pdf.js
 * as `globalThis.pdfjsWorker`): a real Worker would need its own script URL, which the offline
 * single file's Content-Security-Policy does not allow, and a job description of a few pages
 * reads in well under a second without one.
 */
import { PASTE_INSTEAD } from '../../../domain/files/role-file-kind';
import type { ExtractedText } from './docx-text';

/** More pages than any job description; a longer PDF is read only this far. */
export const MAX_PDF_PAGES = 40;

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

async function loadPdfjs() {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return pdfjs;
}

/** A page's text items as lines, with a blank line where the gap says a paragraph ended. */
function pageText(items: readonly TextItem[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    const y = item.transform?.[5] ?? null;
    const height = item.height ?? 0;
    if (y !== null && lastY !== null && out !== '' && !out.endsWith('\n')) {
      if (Math.abs(lastY - y) > Math.max(2, lastHeight * 0.5)) out += '\n';
    }
    if (y !== null && lastY !== null && lastY - y > Math.max(lastHeight, height) * 1.8) out += '\n';
    out += item.str;
    if (item.hasEOL) out += '\n';
    if (y !== null && item.str.trim() !== '') {
      lastY = y;
      lastHeight = height;
    }
  }
  return out;
}

export async function pdfText(bytes: Uint8Array): Promise<ExtractedText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as TextItem[]));
    }
    const text = pages.join('\n\n').trim();
    if (text === '')
      return {
        ok: false,
        error: `This PDF has no text in it: it is probably a scan (a picture of the pages). Copy the text from the original document, or ${PASTE_INSTEAD}.`,
      };
    return { ok: true, text };
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException')
      return {
        ok: false,
        error: `This PDF is protected by a password. Open it, copy the text and paste it into the box, or save a copy without the password and open that.`,
      };
    return {
      ok: false,
      error: `This PDF could not be read: it may be damaged. Save it again as PDF, or ${PASTE_INSTEAD}.`,
    };
  } finally {
    void task.destroy();
  }
}
