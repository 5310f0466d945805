/**
 * Recognises what a file is from its name, its media type and its first bytes, before the whole
 * file is read: Keystone's JSON files say what they are in their "type" (stamped first by every
 * writer), a peer-pack CSV by its columns, and files Keystone cannot open (Word, PDF, a
 * spreadsheet) by their signatures, so the person is told plainly what to do instead.
 */
import { BACKUP_TYPE } from './backup-type';
import { EXCHANGE_TYPE } from '../exchange/exchange-envelope';
import { HANDOFF_TYPE } from '../handoff/handoff-envelope';
import { CSV_COLUMNS } from '../peers/csv-columns';
import { PEER_PACK_TYPE } from '../peers/peer-pack';
import { OPENS, type OpenableKind } from './file-kinds';
import { quoteText } from '../quote-text';

export type Recognised = { ok: true; kind: OpenableKind } | { ok: false; error: string };

const TYPES: Record<string, OpenableKind> = {
  [EXCHANGE_TYPE]: 'draft',
  [HANDOFF_TYPE]: 'handoff',
  [BACKUP_TYPE]: 'backup',
  [PEER_PACK_TYPE]: 'peer-pack-json',
};

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const extension = (name: string) => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** Files people are likely to try, with what to do instead. */
function notOpenable(head: Uint8Array, name: string): string | null {
  const ext = extension(name);
  if (startsWith(head, PDF) || ext === 'pdf')
    return 'This is a PDF document. Keystone cannot read PDF files: copy the text you need into the steps.';
  if (startsWith(head, ZIP) || startsWith(head, OLE) || ['doc', 'docx', 'odt', 'rtf'].includes(ext))
    return ['xls', 'xlsx', 'ods'].includes(ext)
      ? 'This is a spreadsheet. To open peer profiles from a spreadsheet, save it as CSV (UTF-8) with the documented columns, then open the CSV file.'
      : 'This is a word-processor document or another packed file. Keystone cannot read these: copy the text you need into the steps.';
  return null;
}

/** The value of the first "type" key in JSON text, where Keystone's writers put it. */
function jsonType(text: string): string | null {
  return /"type"\s*:\s*"([^"\\]{0,100})"/.exec(text)?.[1] ?? null;
}

const CSV_NAMES = new Set(CSV_COLUMNS.map((c) => c.name));

function looksLikePackCsv(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const names = firstLine.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  return names.filter((n) => CSV_NAMES.has(n)).length >= 2;
}

/**
 * `head` is the start of the file (HEAD_BYTES at most); `name` and `mediaType` are what the
 * browser says of it. Never throws.
 */
export function recogniseFile(name: string, mediaType: string, head: Uint8Array): Recognised {
  if (head.byteLength === 0) return { ok: false, error: 'The file is empty.' };
  const refused = notOpenable(head, name);
  if (refused) return { ok: false, error: `${refused} ${OPENS}` };
  // Note: lenient decoding here only to recognise; each kind's reader decodes strictly.
  const text = new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const type = jsonType(trimmed);
    const kind = type === null ? undefined : TYPES[type];
    if (kind) return { ok: true, kind };
    return {
      ok: false,
      error:
        type === null
          ? `This JSON file was not made by Keystone: it does not say what it holds (no "type"). ${OPENS}`
          : `This JSON file is not one Keystone opens (its "type" is ${quoteText(type)}). ${OPENS}`,
    };
  }
  const ext = extension(name);
  if (ext === 'csv' || mediaType === 'text/csv' || looksLikePackCsv(trimmed)) {
    return { ok: true, kind: 'peer-pack-csv' };
  }
  return { ok: false, error: `Keystone does not recognise this file. ${OPENS}` };
}
