/**
 * Chooses the peer set: institution type, nation, seniority and size of technical community.
 * Every change is saved with the draft (draft.peerFilter); no choice in a group means "all".
 */
import { useId, useState } from 'react';
import { FieldGroup } from '../../components/field';
import { describeReading, readNumber } from '../../domain/numbers/read-number';
import { GRADE_BANDS, INSTITUTION_TYPES, NATIONS } from '../../domain/options';
import type { PeerFilter } from '../../domain/role-draft';

interface Props {
  filter: PeerFilter;
  onChange: (filter: PeerFilter) => void;
}

type ListKey = 'institutionTypes' | 'nations' | 'seniority';

const GROUPS: {
  key: ListKey;
  legend: string;
  options: readonly { id: string; label: string }[];
}[] = [
  { key: 'institutionTypes', legend: 'Institution type', options: INSTITUTION_TYPES.list },
  { key: 'nations', legend: 'Nation', options: NATIONS.list },
  { key: 'seniority', legend: 'Grade', options: GRADE_BANDS.list },
];

function toggle<T extends string>(list: readonly T[], id: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);
}

/**
 * A number of technical staff, read as the wizard's number fields read it ("about 400", "1,200",
 * "two hundred"); anything else leaves that end of the range open and says why, keeping the text.
 */
function CommunityInput({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number | null;
  onCommit: (v: number | null) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const commit = (raw: string) => {
    const reading = readNumber(raw, 'count');
    setSaid(null);
    if (reading.kind === 'blank') {
      setError(null);
      onCommit(null);
    } else if (reading.kind === 'unreadable') {
      setError(
        `${reading.why.replace(/ What you typed is kept.*$/, '')} Until then this end of the range is open.`,
      );
    } else if (reading.value > 100_000) {
      setError('Enter a number of technical staff up to 100,000, or leave it empty.');
    } else {
      setError(null);
      if (raw.trim() !== String(reading.value)) setSaid(describeReading(reading, 'count'));
      onCommit(reading.value);
    }
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="input-short"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : said ? `${id}-reading` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value);
        }}
      />
      {said && !error && (
        <p id={`${id}-reading`} className="field-reading">
          {said}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function PeerFilterForm({ filter, onChange }: Props) {
  return (
    <details className="bench-filter">
      <summary>Choose the peer set</summary>
      <p className="field-hint">
        Leave every group empty and Keystone chooses peers like this role from its answers. Tick
        options to choose the peers yourself; an empty group then includes every answer. Your choice
        is saved with this draft.
      </p>
      <div className="bench-filter-groups">
        {GROUPS.map((group) => (
          <FieldGroup key={group.key} id={`peer-${group.key}`} legend={group.legend}>
            {group.options.map((o) => (
              <label key={o.id} className="choice">
                <input
                  type="checkbox"
                  checked={(filter[group.key] as readonly string[]).includes(o.id)}
                  onChange={(e) =>
                    onChange({
                      ...filter,
                      [group.key]: toggle(filter[group.key] as string[], o.id, e.target.checked),
                    })
                  }
                />
                {o.label}
              </label>
            ))}
          </FieldGroup>
        ))}
        <fieldset className="field field-group">
          <legend className="field-label">Size of technical community</legend>
          <CommunityInput
            label="At least (technical staff)"
            value={filter.minCommunity}
            onCommit={(v) => onChange({ ...filter, minCommunity: v })}
          />
          <CommunityInput
            label="At most (technical staff)"
            value={filter.maxCommunity}
            onCommit={(v) => onChange({ ...filter, maxCommunity: v })}
          />
        </fieldset>
      </div>
    </details>
  );
}
