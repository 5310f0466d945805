/**
 * For a hand-off of a draft this device has: each section that differs, what changed in it, who
 * changed what since this device last sent or received the draft, and the person's choice of
 * yours, the incoming one, or both.
 */
import type { DraftChange } from '../../domain/draft-diff';
import type { Choice, Choices } from '../../domain/handoff/merge-handoff';
import type { SectionSince } from '../../domain/handoff/since-last-seen';

const CHOICE_LABELS: Record<Choice, string> = {
  mine: 'Keep yours',
  incoming: 'Take the incoming one',
  both: 'Keep both',
};

interface Props {
  sections: SectionSince[];
  lastSeenAt: string | null;
  choices: Choices;
  onChange: (choices: Choices) => void;
}

const said = (c: DraftChange) =>
  c.kind === 'added'
    ? `added “${c.after}”`
    : c.kind === 'removed'
      ? `removed “${c.before}”`
      : `“${c.before}” to “${c.after}”`;

function Since({ title, changes }: { title: string; changes: DraftChange[] }) {
  return (
    <div className="handoff-since">
      <p className="handoff-since-title">{title}</p>
      {changes.length === 0 ? (
        <p>Nothing.</p>
      ) : (
        <ul>
          {changes.map((c, i) => (
            <li key={i}>
              {c.field}: {said(c)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? 'an earlier hand-off'
    : date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
};

export function HandoffChoices({ sections, lastSeenAt, choices, onChange }: Props) {
  return (
    <div className="handoff-choices">
      <p className="field-hint">
        {lastSeenAt
          ? `Who changed what is counted from the version this device last sent or received (${when(lastSeenAt)}).`
          : 'This device has no record of sending or receiving this draft before, so your version and the incoming one are compared as they are now.'}
      </p>
      {sections.map(({ section, label, changes, theirs, yours }) => (
        <fieldset key={section} className="field field-group handoff-section">
          <legend className="field-label">
            {label}: {changes.length} {changes.length === 1 ? 'change' : 'changes'}
          </legend>
          <table className="handoff-changes">
            <caption className="visually-hidden">What differs in {label}</caption>
            <thead>
              <tr>
                <th scope="col">Answer</th>
                <th scope="col">Yours</th>
                <th scope="col">Incoming</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{c.field}</th>
                  <td>{c.before || '—'}</td>
                  <td>{c.after || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {theirs && <Since title="What they changed since you last saw it" changes={theirs} />}
          {yours && <Since title="What you changed since" changes={yours} />}
          <div className="choices">
            {(['mine', 'incoming', 'both'] as const).map((choice) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name={`handoff-${section}`}
                  value={choice}
                  checked={(choices[section] ?? 'mine') === choice}
                  onChange={() => onChange({ ...choices, [section]: choice })}
                />
                {CHOICE_LABELS[choice]}
                <span className="visually-hidden">: {label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
