/**
 * Reads a job description from a file the person chooses (.docx, .pdf, .txt, .md): checks its
 * size and kind from its first bytes, then hands it to the one module for its library, each
 * loaded only now. Every refusal says what to do instead; nothing is saved here.
 */
import {
  MAX_ROLE_FILE_BYTES,
  PASTE_INSTEAD,
  recogniseRoleFile,
  type RoleFileKind,
} from '../../../domain/files/role-file-kind';
import { checkRoleText } from '../../../domain/files/role-text-check';
import { tooLarge } from '../../../domain/untrusted-json';
import type { ChosenFile } from '../read-file';

export type RoleFileText =
  { ok: true; text: string; kind: RoleFileKind; name: string } | { ok: false; error: string };

const fail = (error: string): RoleFileText => ({ ok: false, error });

/** Plain text: UTF-8, or Windows-1252 (what older Windows tools save) where it is not. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function readRoleFile(file: ChosenFile): Promise<RoleFileText> {
  if (file.size > MAX_ROLE_FILE_BYTES)
    return fail(
      `${tooLarge(file.size, MAX_ROLE_FILE_BYTES)} Save the job description without its pictures, or ${PASTE_INSTEAD}.`,
    );
  if (file.size === 0)
    return fail(
      `The file is empty. Choose the file that holds the job description, or ${PASTE_INSTEAD}.`,
    );
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail(
      'The file could not be read from the disk. Check that it is still there, then try again.',
    );
  }
  const recognised = recogniseRoleFile(file.name, bytes.subarray(0, 1024));
  if (!recognised.ok) return recognised;
  const { kind } = recognised;
  let extracted;
  if (kind === 'docx') extracted = await (await import('./docx-text')).docxText(bytes);
  else if (kind === 'pdf') extracted = await (await import('./pdf-text')).pdfText(bytes);
  else extracted = { ok: true as const, text: decodeText(bytes) };
  if (!extracted.ok) return extracted;
  const checked = checkRoleText(extracted.text, 'file');
  if (!checked.ok) return checked;
  return { ok: true, text: checked.text, kind, name: file.name };
}
