/**
 * Two or three of the user's drafts side by side ("Head of" against "Director", say), on the
 * same dimensions and against the same peers: the open draft's peer set.
 */
import { useMemo, useState } from 'react';
import { compareDrafts } from '../../domain/benchmark/benchmark-draft';
import { DIMENSIONS } from '../../domain/benchmark/dimensions';
import type { Peer } from '../../domain/peers/peer';
import type { RoleDraft } from '../../domain/role-draft';

interface Props {
  current: RoleDraft;
  others: readonly RoleDraft[];
  peers: readonly Peer[];
}

const MAX_OTHERS = 2;

export function CompareDrafts({ current, others, peers }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const drafts = useMemo(
    () => [current, ...others.filter((d) => chosen.includes(d.id))],
    [current, others, chosen],
  );
  const picked = drafts.slice(1);
  const results = useMemo(() => compareDrafts(drafts, peers), [drafts, peers]);
  if (others.length === 0) {
    return (
      <p>
        Create another draft (for example a “Director” framing of this role) to compare them here.
      </p>
    );
  }
  return (
    <>
      <fieldset className="field field-group">
        <legend className="field-label">Compare with (up to two other drafts)</legend>
        <div className="choices">
          {others.map((d) => {
            const on = chosen.includes(d.id);
            return (
              <label key={d.id} className="choice">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && chosen.length >= MAX_OTHERS}
                  onChange={(e) =>
                    setChosen(
                      e.target.checked ? [...chosen, d.id] : chosen.filter((c) => c !== d.id),
                    )
                  }
                />
                {d.name || 'Untitled draft'}
              </label>
            );
          })}
        </div>
      </fieldset>
      {picked.length > 0 && (
        <div className="bench-scroll">
          <table className="bench-table">
            <caption>
              Drafts compared against the same {results[0]?.count ?? 0} peers (percentile in
              brackets)
            </caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                {drafts.map((d) => (
                  <th scope="col" key={d.id}>
                    {d.name || 'Untitled draft'}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {DIMENSIONS.map((dimension, i) => (
                <tr key={dimension.id}>
                  <th scope="row">{dimension.label}</th>
                  {results.map((r, j) => {
                    const p = r.positions[i]!;
                    return (
                      <td key={drafts[j]!.id}>
                        {p.valueText}
                        {p.percentile !== null && ` (${Math.round(p.percentile)})`}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
