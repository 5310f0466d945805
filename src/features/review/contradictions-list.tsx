/** The contradictions found in the draft, each with its fix and a way to the step that fixes it. */
import type { Contradiction } from '../../domain/contradictions';
import type { StepId } from '../../store/views';
import { viewLabel } from '../../shared/steps';

interface ContradictionsListProps {
  contradictions: Contradiction[];
  onOpen: (step: StepId) => void;
}

export function ContradictionsList({ contradictions, onOpen }: ContradictionsListProps) {
  return (
    <section className="review-section" aria-labelledby="contradictions-heading">
      <h3 id="contradictions-heading">Contradictions</h3>
      {contradictions.length === 0 ? (
        <p>None found: the answers and the responsibilities agree with each other.</p>
      ) : (
        <>
          <p>
            {contradictions.length === 1
              ? 'One thing in the draft does not add up.'
              : `${contradictions.length} things in the draft do not add up.`}{' '}
            A grading panel or a candidate would notice them.
          </p>
          <ul className="contradiction-list">
            {contradictions.map((c) => (
              <li key={c.id} className="contradiction">
                <h4>{c.title}</h4>
                <p>{c.explanation}</p>
                <p>
                  <strong>Fix:</strong> {c.fix}
                </p>
                <button type="button" className="link-button" onClick={() => onOpen(c.section)}>
                  Fix this in {viewLabel(c.section)}
                  <span className="visually-hidden">: {c.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
