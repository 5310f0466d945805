import { useState } from 'react';
import { diffDrafts } from '../../domain/draft-diff';
import type { RoleDraft } from '../../domain/role-draft';

export interface Version {
  id: string;
  label: string;
  draft: RoleDraft;
}

const KIND_WORDS = { changed: 'Changed', added: 'Added', removed: 'Removed' } as const;

/** Pick any two versions of a draft and see, field by field, what changed between them. */
export function CompareVersions({ versions }: { versions: readonly Version[] }) {
  const [earlierId, setEarlierId] = useState(versions.at(-2)?.id ?? '');
  const [laterId, setLaterId] = useState(versions.at(-1)?.id ?? '');
  if (versions.length < 2) return null;
  const earlier = versions.find((v) => v.id === earlierId) ?? versions.at(-2);
  const later = versions.find((v) => v.id === laterId) ?? versions.at(-1);
  const changes = earlier && later ? diffDrafts(earlier.draft, later.draft) : [];
  const picker = (label: string, value: string, set: (id: string) => void) => (
    <label className="storage-field">
      {label}
      <select value={value} onChange={(event) => set(event.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="compare-heading">
      <h3 id="compare-heading">Compare two versions</h3>
      <div className="storage-row">
        {picker('Earlier version', earlier?.id ?? '', setEarlierId)}
        {picker('Later version', later?.id ?? '', setLaterId)}
      </div>
      {changes.length === 0 ? (
        <p>These two versions are the same.</p>
      ) : (
        <table className="storage-diff">
          <caption>
            {changes.length} {changes.length === 1 ? 'difference' : 'differences'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Change</th>
              <th scope="col">Earlier</th>
              <th scope="col">Later</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change, i) => (
              <tr key={`${change.section}-${change.field}-${i}`}>
                <th scope="row">
                  {change.section}: {change.field}
                </th>
                <td>{KIND_WORDS[change.kind]}</td>
                <td>{change.before}</td>
                <td>{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
