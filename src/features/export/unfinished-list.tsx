/**
 * Before export, what is unfinished (issue 14, item 7), each with a way to go and fix it. It
 * never blocks: the buttons below still make every file, so the user can export anyway.
 */
import { useMemo } from 'react';
import { unfinishedForExport } from '../../domain/job-pack/unfinished';
import type { RoleDraft } from '../../domain/role-draft';
import { useGoTo } from '../../shared/use-current-draft';
import { viewLabel } from '../../shared/steps';

/** The job pack's details on this screen: focused rather than navigated to. */
export const DETAILS_ID = 'export-details';

export function UnfinishedList({ draft }: { draft: RoleDraft }) {
  const items = useMemo(() => unfinishedForExport(draft), [draft]);
  const goTo = useGoTo();
  if (items.length === 0) return null;
  return (
    <section className="notice export-unfinished" aria-labelledby="unfinished-heading">
      <h3 id="unfinished-heading">
        Before you publish: {items.length === 1 ? 'one thing is' : `${items.length} things are`}{' '}
        unfinished
      </h3>
      <ul>
        {items.map(({ where, ...item }) => (
          <li key={item.id}>
            {item.text}{' '}
            {where === 'details' ? (
              <button
                type="button"
                className="button-secondary button-small"
                aria-label={`Go to the details: ${item.text}`}
                onClick={() => document.getElementById(DETAILS_ID)?.focus()}
              >
                Go to the details
              </button>
            ) : (
              <button
                type="button"
                className="button-secondary button-small"
                aria-label={`Go to ${viewLabel(where)}: ${item.text}`}
                onClick={() => goTo(where)}
              >
                Go to {viewLabel(where)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p>You can still download every file below as it stands.</p>
    </section>
  );
}
