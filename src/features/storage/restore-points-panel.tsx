import { useState } from 'react';
import type { FormEvent } from 'react';
import { useKeystoneStore } from '../../store/keystone-store';
import { KIND_LABELS } from '../../store/history/restore-points';
import { restoreFromPoint, takeRestorePoint } from '../../store/history/restore-point-store';
import { CompareVersions } from './compare-versions';
import type { Version } from './compare-versions';
import { formatTime } from './format-time';
import { own } from '../../domain/own-key';

/** Restore points of the open draft (save one, restore any, compare), and of deleted drafts. */
export function RestorePointsPanel() {
  const draft = useKeystoneStore((s) => (s.currentId ? own(s.drafts, s.currentId) : undefined));
  const drafts = useKeystoneStore((s) => s.drafts);
  const points = useKeystoneStore((s) => s.restorePoints);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');

  const mine = draft ? points.filter((p) => p.draft.id === draft.id) : [];
  // The latest copy of each deleted draft (a draft deleted twice has two).
  const deleted = [
    ...new Map(
      points
        .filter((p) => p.kind === 'before-delete' && !own(drafts, p.draft.id))
        .map((p) => [p.draft.id, p]),
    ).values(),
  ];
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const point = takeRestorePoint(draft, 'named', name);
    setName('');
    setMessage(`Saved restore point “${point.label}”.`);
  };
  const restore = (id: string, label: string) => {
    if (restoreFromPoint(id))
      setMessage(`Restored “${label}”. Your previous version is kept as a restore point.`);
  };
  const versions: Version[] = [
    ...mine.map((p) => ({
      id: p.id,
      label: `${formatTime(p.createdAt)}: ${p.label}`,
      draft: p.draft,
    })),
    ...(draft ? [{ id: 'now', label: 'Now (current version)', draft }] : []),
  ];

  return (
    <section aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore points</h2>
      {draft ? (
        <form className="storage-row" onSubmit={save}>
          <label className="storage-field">
            Name for a restore point of “{draft.name}”
            <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="button-secondary button-small">
            Save restore point
          </button>
        </form>
      ) : (
        <p>Open a draft to save or compare its restore points.</p>
      )}
      <p role="status">{message}</p>
      {draft && mine.length === 0 ? <p>No restore points for this draft yet.</p> : null}
      {mine.length > 0 ? (
        <ul className="storage-list">
          {[...mine].reverse().map((p) => (
            <li key={p.id}>
              <span>
                <strong>{p.label}</strong> · {formatTime(p.createdAt)}
                {p.label === KIND_LABELS[p.kind] ? '' : ` · ${KIND_LABELS[p.kind]}`}
              </span>
              <button
                type="button"
                className="button-secondary button-small"
                aria-label={`Restore “${p.label}” from ${formatTime(p.createdAt)}`}
                onClick={() => restore(p.id, p.label)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <CompareVersions key={draft?.id ?? 'none'} versions={versions} />
      {deleted.length > 0 ? (
        <>
          <h3>Deleted drafts</h3>
          <ul className="storage-list">
            {deleted.map((p) => (
              <li key={p.id}>
                <span>
                  <strong>{p.draft.name}</strong> · deleted after {formatTime(p.createdAt)}
                </span>
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={`Bring back “${p.draft.name}”`}
                  onClick={() => restore(p.id, p.draft.name)}
                >
                  Bring back
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
