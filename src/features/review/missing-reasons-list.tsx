/**
 * The decisions that have no reason yet, most consequential first (domain/review/missing-reasons.ts):
 * the questions an executive board or a grading panel will ask, before they ask them.
 */
import type { MissingReason } from '../../domain/review/missing-reasons';
import type { StepId } from '../../store/views';
import { viewLabel } from '../../shared/steps';

interface Props {
  missing: MissingReason[];
  onOpen: (step: StepId) => void;
}

function weight(m: MissingReason): string {
  const parts = [
    m.contradictions > 0 &&
      `${m.contradictions === 1 ? 'a contradiction depends' : `${m.contradictions} contradictions depend`} on it`,
    m.points > 0 && `${m.points} ${m.points === 1 ? 'point' : 'points'} of the score`,
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

export function MissingReasonsList({ missing, onOpen }: Props) {
  return (
    <section className="review-section" aria-labelledby="reasons-heading">
      <h3 id="reasons-heading">Decisions without a reason</h3>
      {missing.length === 0 ? (
        <p>Every decision you have made has a reason beside it.</p>
      ) : (
        <>
          <p>
            An executive board or a grading panel will ask why. These decisions have no reason yet,
            those the contradictions and the score depend on first.
          </p>
          <ol className="missing-reasons">
            {missing.map((m) => (
              <li key={m.target}>
                <span className="missing-reason-label">{m.label}</span>
                {weight(m)}.{' '}
                <button type="button" className="link-button" onClick={() => onOpen(m.section)}>
                  Give a reason in {viewLabel(m.section)}
                  <span className="visually-hidden">: {m.label}</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
