import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { MAX_IMPORT_BYTES } from '../../domain/untrusted-json';
import { readBackup } from '../../store/storage/backup-file';
import { applyBackup } from '../../store/storage/restore-backup';
import { DownloadAllButton } from './download-all-button';

type Outcome = { ok: boolean; text: string } | null;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Reads a chosen file as bytes: the size is checked before a single byte is read. */
export async function restoreFromFile(file: File): Promise<Outcome> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      text: `The file is too large (${(file.size / 1_048_576).toFixed(1)} MB; a backup is never more than ${MAX_IMPORT_BYTES / 1_048_576} MB).`,
    };
  }
  const read = readBackup(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return { ok: false, text: read.error };
  const { added, replaced } = applyBackup(read.drafts, read.restorePoints);
  const kept = replaced > 0 ? ' The versions they replaced are kept as restore points.' : '';
  return {
    ok: true,
    text: `Restored ${plural(added + replaced, 'draft')}: ${added} added, ${replaced} replaced.${kept}`,
  };
}

/** "Download all drafts" and "Restore from a backup file". */
export function BackupPanel() {
  const inputId = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    let result: Outcome;
    try {
      result = await restoreFromFile(file);
    } catch {
      result = { ok: false, text: 'The file could not be read from the disk.' };
    }
    input.value = '';
    setOutcome(result);
  };
  return (
    <section aria-labelledby="backup-heading">
      <h3 id="backup-heading">Backups</h3>
      <p>
        A backup is one file with every draft and restore point. Keep one somewhere safe, or use it
        to move your drafts to another computer.
      </p>
      <div className="storage-actions">
        <DownloadAllButton />
      </div>
      <label className="storage-field" htmlFor={inputId}>
        Restore from a backup file
      </label>
      <input id={inputId} type="file" accept=".json,application/json" onChange={onFile} />
      {outcome?.ok ? <p role="status">{outcome.text}</p> : null}
      {outcome && !outcome.ok ? (
        <p className="storage-error" role="alert">
          The backup was not restored. {outcome.text} Nothing on this device was changed.
        </p>
      ) : null}
    </section>
  );
}
