/**
 * The one module that imports mammoth (BSD-2), loaded only when a person opens a Word file.
 * The zip's table of contents is checked first (checkDocx), so a zip bomb or a file that is not
 * a zip never reaches the library.
 */
import { checkDocx, PASTE_INSTEAD } from '../../../domain/files/role-file-kind';
import { docxHtmlText } from './docx-html-text';

export type ExtractedText = { ok: true; text: string } | { ok: false; error: string };

export async function docxText(bytes: Uint8Array): Promise<ExtractedText> {
  const problem = checkDocx(bytes);
  if (problem) return { ok: false, error: problem };
  const { default: mammoth } = await import('mammoth');
  try {
    const copy = bytes.slice();
    // Note: the browser build of mammoth reads `arrayBuffer`, the Node build `buffer`.
    const input = { arrayBuffer: copy.buffer, buffer: copy } as unknown as {
      arrayBuffer: ArrayBuffer;
    };
    const result = await mammoth.convertToHtml(input);
    return { ok: true, text: docxHtmlText(result.value) };
  } catch {
    return {
      ok: false,
      error: `This Word file could not be read: it may be damaged. Open it in Word and save it again, or ${PASTE_INSTEAD}.`,
    };
  }
}
