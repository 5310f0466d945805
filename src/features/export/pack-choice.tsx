/** Which pack the buttons make: the candidate's (the default) or the internal one with annexes. */
import type { Pack } from '../../export/build-role-document';

const CHOICES: readonly { id: Pack; label: string; hint: string }[] = [
  {
    id: 'candidate',
    label: 'Candidate pack',
    hint: 'For applicants: the job description and person specification in your institution’s voice, with no scores, annexes or note of how it was made.',
  },
  {
    id: 'internal',
    label: 'Internal pack',
    hint: 'For the grading panel and the board: the same, plus the annexes: the alignment with the definition, the benchmark, the review record, the grading evidence and, for a draft started from a job description, the changes from it.',
  },
];

export function PackChoice({ pack, onChange }: { pack: Pack; onChange: (pack: Pack) => void }) {
  return (
    <fieldset className="field export-pack-choice">
      <legend className="field-label">Which pack</legend>
      {CHOICES.map((c) => (
        <div key={c.id} className="export-option">
          <input
            type="radio"
            id={`pack-${c.id}`}
            name="pack"
            value={c.id}
            checked={pack === c.id}
            aria-describedby={`pack-${c.id}-hint`}
            onChange={() => onChange(c.id)}
          />
          <label htmlFor={`pack-${c.id}`}>
            <strong>{c.label}</strong>{' '}
            <span id={`pack-${c.id}-hint`} className="field-hint">
              {c.hint}
            </span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
