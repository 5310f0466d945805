/**
 * Said once per device: Keystone now scores the responsibilities a user writes by their wording
 * (issue 11), so stored drafts' scores may have moved. Lists each draft whose score moved, before
 * and after, and why; "Understood" hides it for good. Nothing in any draft changed.
 */
import { useMemo, useState } from 'react';
import { scoreMoves } from '../../domain/read-role/score-moves';
import { useKeystoneStore } from '../../store/keystone-store';
import { hasSeen, markSeen } from '../../store/notices/seen-once';

const NOTICE = 'wording-scores';

/** `claimsBelow`: whether the review lists ticked clauses the open draft's wording does not show. */
export function WordingNotice({ claimsBelow }: { claimsBelow: boolean }) {
  const [seen, setSeen] = useState(() => hasSeen(NOTICE));
  const drafts = useKeystoneStore((s) => s.drafts);
  const order = useKeystoneStore((s) => s.order);
  const moves = useMemo(
    () => (seen ? [] : scoreMoves(order.flatMap((id) => drafts[id] ?? []))),
    [seen, drafts, order],
  );
  if (seen || moves.length === 0) return null;
  const dismiss = () => {
    markSeen(NOTICE);
    setSeen(true);
  };
  return (
    <section className="notice" aria-labelledby="wording-notice-heading">
      <h3 id="wording-notice-heading">Scores that moved: wording now counts</h3>
      <p>
        Keystone now reads the wording of the responsibilities you write, as it reads the
        catalogue’s: they earn points for the clauses their words evidence, not 8 points for each
        clause ticked. Your drafts are unchanged; these scores moved:
      </p>
      <ul>
        {moves.map((m) => (
          <li key={m.draftId}>
            {m.title}: {m.before} → {m.after} out of 100
          </li>
        ))}
      </ul>
      {claimsBelow && (
        <p>“Ticked clauses the wording does not show”, below, says which wording to strengthen.</p>
      )}
      <button type="button" className="button-secondary" onClick={dismiss}>
        Understood
      </button>
    </section>
  );
}
