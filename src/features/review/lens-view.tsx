/** A lens on the draft (Technician Commitment pillars, technicians' concerns) as a table. */
import type { Lens } from '../../domain/lenses';

interface LensViewProps<T extends string> {
  id: string;
  lens: Lens<T>;
  onAdd: (catalogueId: string) => void;
}

export function LensView<T extends string>({ id, lens, onAdd }: LensViewProps<T>) {
  return (
    <section className="review-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1}>
        {lens.title}
      </h3>
      <div className="table-wrap">
        <table className="lens-table">
          <caption className="visually-hidden">{lens.title}: how the draft covers each</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Coverage</th>
              <th scope="col">What would address it</th>
            </tr>
          </thead>
          <tbody>
            {lens.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.label}</th>
                <td>
                  <span className={`coverage coverage-${item.coverage.replace(/\s/g, '-')}`}>
                    {sentence(item.coverage)}
                  </span>
                  <span className="field-hint">
                    {' '}
                    ({item.responsibilities.length}{' '}
                    {item.responsibilities.length === 1 ? 'responsibility' : 'responsibilities'})
                  </span>
                </td>
                <td>
                  {item.suggestions.length === 0 ? (
                    <span className="field-hint">Nothing more to add.</span>
                  ) : (
                    <ul className="lens-suggestions">
                      {item.suggestions.slice(0, 1).map((s) => (
                        <li key={s.catalogueId}>
                          <span>{s.text}</span>{' '}
                          <button
                            type="button"
                            className="button-secondary button-small"
                            onClick={() => {
                              onAdd(s.catalogueId);
                              document.getElementById(`${id}-heading`)?.focus();
                            }}
                          >
                            Add this responsibility
                            <span className="visually-hidden"> for {item.label}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="source">Source: {lens.source}</p>
    </section>
  );
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
