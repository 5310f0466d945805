/**
 * For a hand-off of a draft this device has: each section that differs, what changed in it, and
 * the person's choice of yours, the incoming one, or both.
 */
import type { Choice, Choices, SectionChanges } from '../../domain/handoff/merge-handoff';

const CHOICE_LABELS: Record<Choice, string> = {
  mine: 'Keep yours',
  incoming: 'Take the incoming one',
  both: 'Keep both',
};

interface Props {
  sections: SectionChanges[];
  choices: Choices;
  onChange: (choices: Choices) => void;
}

export function HandoffChoices({ sections, choices, onChange }: Props) {
  return (
    <div className="handoff-choices">
      {sections.map(({ section, label, changes }) => (
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
