/**
 * The clauses ticked on the user's own responsibilities that their wording does not show
 * (domain/review/wording-claims.ts), each with a stronger sentence from the catalogue.
 */
import type { UnsupportedClaim } from '../../domain/review/wording-claims';
import type { StepId } from '../../store/views';

interface Props {
  claims: UnsupportedClaim[];
  onAdd: (catalogueId: string) => void;
  onOpen: (step: StepId) => void;
}

export function WordingClaimsList({ claims, onAdd, onOpen }: Props) {
  if (claims.length === 0) return null;
  return (
    <section className="review-section" aria-labelledby="claims-heading">
      <h3 id="claims-heading">Ticked clauses the wording does not show</h3>
      <p>
        A responsibility you write earns points for what its words say, as a grading panel reads
        them. These ticked clauses are not shown by the wording, so they earn nothing or only part.
      </p>
      <ul className="wording-claims">
        {claims.map((c) => (
          <li key={`${c.responsibilityId}:${c.clause}`}>
            <p>
              “{c.text}” is ticked for “{c.clauseName}”, but its wording{' '}
              {c.shown === 'in-part' ? 'shows it only in part' : 'does not show it'}.
            </p>
            {c.suggestion && (
              <p>
                A stronger sentence: “{c.suggestion.text}”{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onAdd(c.suggestion!.id)}
                >
                  Add it<span className="visually-hidden">: {c.suggestion.text}</span>
                </button>
              </p>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => onOpen('responsibilities')}
            >
              Reword it in Responsibilities
              <span className="visually-hidden">: {c.text}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
