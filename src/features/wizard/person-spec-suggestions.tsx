/** Suggested criteria for the post, essential and desirable, each added with one click. */
import { ASSESSMENT_METHODS, CRITERION_CATEGORIES } from '../../domain/options';
import { PERSON_SPEC_SUGGESTIONS } from '../../domain/person-spec-catalogue';
import type { Criterion } from '../../domain/role-draft';
import './catalogue.css';

interface PersonSpecSuggestionsProps {
  /** Texts already in the specification: those suggestions show as added. */
  added: ReadonlySet<string>;
  onAdd: (criterion: Omit<Criterion, 'id'>) => void;
}

export function PersonSpecSuggestions({ added, onAdd }: PersonSpecSuggestionsProps) {
  return (
    <section className="catalogue" aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">Suggested criteria</h3>
      <p className="field-hint">
        Criteria a UK university would set for a strategic technical leader. Add them as they are
        and reword them above.
      </p>
      {CRITERION_CATEGORIES.list.map((category) => (
        <details key={category.id} className="catalogue-group" open>
          <summary>{category.label}</summary>
          <ul className="catalogue-list">
            {PERSON_SPEC_SUGGESTIONS.filter((s) => s.category === category.id).map((s) => (
              <li key={s.id} className="catalogue-entry">
                <p className="catalogue-text">
                  {s.text}{' '}
                  <span className="field-hint">
                    (Assessed by{' '}
                    {s.assessedBy.map((m) => ASSESSMENT_METHODS.label(m).toLowerCase()).join(', ')}
                    .)
                  </span>
                </p>
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-disabled={added.has(s.text)}
                  onClick={() => {
                    if (!added.has(s.text)) {
                      onAdd({ text: s.text, category: s.category, assessedBy: [...s.assessedBy] });
                    }
                  }}
                >
                  {added.has(s.text) ? 'Added' : 'Add'}
                  <span className="visually-hidden">: {s.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
