/** Browse the responsibility catalogue by clause, search it, and add responsibilities to the draft. */
import { useEffect, useState } from 'react';
import { CATALOGUE } from '../../domain/catalogue';
import { searchCatalogue } from './catalogue-search';
import './catalogue.css';

/** How long typing must pause before the count is announced. */
const ANNOUNCE_AFTER_MS = 800;

interface CatalogueBrowserProps {
  chosen: ReadonlySet<string>;
  onAdd: (catalogueId: string) => void;
}

export function CatalogueBrowser({ chosen, onAdd }: CatalogueBrowserProps) {
  const [query, setQuery] = useState('');
  const groups = searchCatalogue(CATALOGUE, query);
  const searching = query.trim() !== '';
  const found = new Set(groups.flatMap((g) => g.entries.map((e) => e.id))).size;
  const countText = searching
    ? `${found} ${found === 1 ? 'responsibility matches' : 'responsibilities match'}.`
    : `${CATALOGUE.length} responsibilities in ${groups.length} groups.`;
  // Announced once typing pauses, not on every key press: each key (the query, not only the
  // count, which often stays the same) starts the wait again.
  const [announced, setAnnounced] = useState(countText);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(countText), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [countText, query]);
  return (
    <section className="catalogue" aria-labelledby="catalogue-heading">
      <h3 id="catalogue-heading">Add from the catalogue</h3>
      <p className="field-hint">
        Responsibilities written the way UK HR writes them, grouped by the clause of the definition
        they evidence directly; the work of running facilities and teams has a group of its own.
        Open a group, or search.
      </p>
      <div className="field">
        <label htmlFor="catalogue-search" className="field-label">
          Search the catalogue
        </label>
        <input
          id="catalogue-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          // Enter in the search box must not submit the step.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
        <p className="field-hint catalogue-count" aria-hidden="true">
          {countText}
        </p>
        <p role="status" className="visually-hidden">
          {announced}
        </p>
      </div>
      {groups.map((group) => (
        <details key={group.id} className="catalogue-group" open={searching}>
          <summary>
            {group.name} <span className="catalogue-group-count">({group.entries.length})</span>
          </summary>
          <ul className="catalogue-list">
            {group.entries.map((entry) => {
              const added = chosen.has(entry.id);
              return (
                <li key={entry.id} className="catalogue-entry">
                  <p className="catalogue-text">{entry.text}</p>
                  {/* Note: "Added" stays a focusable button so focus is not lost after adding. */}
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-disabled={added}
                    onClick={() => {
                      if (!added) onAdd(entry.id);
                    }}
                  >
                    {added ? 'Added' : 'Add'}
                    <span className="visually-hidden">: {entry.text}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </section>
  );
}
