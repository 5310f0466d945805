import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { restoredMessage } from '../../store/files/open-file';
import { readFile } from '../../store/files/read-file';
import { readBackup } from '../../store/storage/backup-file';
import { applyBackup } from '../../store/storage/restore-backup';
import { DownloadAllButton } from './download-all-button';

type Outcome = { ok: boolean; text: string } | null;

/** Reads a chosen file through the one file reader: the size is checked before a byte is read. */
export async function restoreFromFile(file: File): Promise<Outcome> {
  const read = await readFile(file, ['backup']);
  const backup = read.ok ? readBackup(read.bytes) : read;
  if (!backup.ok) return { ok: false, text: backup.error };
  const { added, replaced } = applyBackup(backup.drafts, backup.restorePoints);
  return { ok: true, text: restoredMessage(added, replaced) };
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
      <h2 id="backup-heading">Backups</h2>
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
