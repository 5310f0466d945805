/**
 * Opens a peer-pack file: checked all or nothing (JSON or CSV, as the one file reader
 * recognised it), then saved to this device in one step, and its peers join the library.
 * Nothing else changes if any of that fails.
 */
import { importCsvPack } from '../../domain/peers/import-csv-pack';
import { importJsonPack } from '../../domain/peers/import-json-pack';
import type { PeerPackMeta, ValidPack } from '../../domain/peers/peer-pack';
import type { RoleDraft } from '../../domain/role-draft';
import { readFile, type ChosenFile } from '../files/read-file';
import { addImported } from './peer-library';
import { savePack } from './peer-pack-db';
import { yieldToPage } from './yield-to-page';
import { decodePack, encodingNote } from '../../domain/peers/decode-pack';

export type ImportOutcome =
  | {
      ok: true;
      meta: PeerPackMeta;
      packs: PeerPackMeta[];
      profiles: RoleDraft[];
      /** How the file was read, when the person should know (a Windows-1252 CSV); or ''. */
      note: string;
    }
  | { ok: false; errors: string[] };

export type CheckedPack =
  { ok: true; meta: PeerPackMeta; pack: ValidPack } | { ok: false; errors: string[] };

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `pack-${Date.now().toString(36)}`;

/** Checks the text of a pack file the reader recognised, without saving anything. */
export async function checkPack(
  fileName: string,
  format: 'json' | 'csv',
  text: string,
  onProgress: (done: number, total: number) => void,
): Promise<CheckedPack> {
  const now = new Date().toISOString();
  const options = { pause: yieldToPage, onProgress };
  const result =
    format === 'csv'
      ? await importCsvPack(
          text,
          {
            name: fileName.replace(/\.csv$/i, ''),
            source: `CSV file ${fileName}`,
            createdAt: now,
          },
          options,
        )
      : await importJsonPack(text, options);
  if (!result.ok) return result;
  const { header, profiles } = result.pack;
  const meta: PeerPackMeta = {
    id: newId(),
    name: header.name,
    source: header.source,
    createdAt: header.createdAt,
    importedAt: now,
    fileName: fileName.slice(0, 200),
    format,
    count: profiles.length,
    illustrative: header.illustrative,
  };
  return { ok: true, meta, pack: result.pack };
}

/** Saves a checked pack on this device; its peers then join the library. */
export async function saveCheckedPack(
  meta: PeerPackMeta,
  profiles: RoleDraft[],
): Promise<ImportOutcome> {
  try {
    const packs = await savePack(meta, profiles);
    await addImported(packs, meta, profiles);
    return { ok: true, meta, packs, profiles, note: '' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        `The pack was checked but could not be saved on this device (${detail}). Nothing was imported; your other packs and drafts are unchanged.`,
      ],
    };
  }
}

/** The peer library's own import: a pack file, read, checked and saved in one go. */
export async function importPackFile(
  file: ChosenFile,
  onProgress: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const read = await readFile(file, ['peer-pack-json', 'peer-pack-csv']);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const format = read.kind === 'peer-pack-csv' ? 'csv' : 'json';
  const decoded = decodePack(read.bytes, format);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const checked = await checkPack(read.name, format, decoded.text, onProgress);
  if (!checked.ok) return checked;
  const saved = await saveCheckedPack(checked.meta, checked.pack.profiles);
  return saved.ok ? { ...saved, note: encodingNote(decoded.encoding) } : saved;
}
