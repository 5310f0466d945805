/**
 * Imports a peer-pack file the user chose: JSON or CSV by its name, checked all or nothing, then
 * saved to this device in one step. Nothing else changes if any of that fails.
 */
import { importCsvPack } from '../../domain/peers/import-csv-pack';
import { importJsonPack } from '../../domain/peers/import-json-pack';
import { MAX_PACK_BYTES, type PeerPackMeta } from '../../domain/peers/peer-pack';
import type { RoleDraft } from '../../domain/role-draft';
import { tooLarge } from '../../domain/untrusted-json';
import { savePack } from './peer-pack-db';
import { yieldToPage } from './yield-to-page';

export type ImportOutcome =
  | { ok: true; meta: PeerPackMeta; packs: PeerPackMeta[]; profiles: RoleDraft[] }
  | { ok: false; errors: string[] };

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `pack-${Date.now().toString(36)}`;

export async function importPackFile(
  file: File,
  onProgress: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  // Note: the size first, so a huge file is refused without being read into memory.
  if (file.size > MAX_PACK_BYTES) {
    return { ok: false, errors: [tooLarge(file.size, MAX_PACK_BYTES)] };
  }
  const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
  const text = await file.text();
  const now = new Date().toISOString();
  const options = { pause: yieldToPage, onProgress };
  const result = csv
    ? await importCsvPack(
        text,
        { name: file.name.replace(/\.csv$/i, ''), source: `CSV file ${file.name}`, createdAt: now },
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
    fileName: file.name.slice(0, 200),
    format: csv ? 'csv' : 'json',
    count: profiles.length,
    illustrative: header.illustrative,
  };
  try {
    const packs = await savePack(meta, profiles);
    return { ok: true, meta, packs, profiles };
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
