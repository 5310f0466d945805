/** The three changes that would move the role most, each with its overall gain and a way to make it. */
import { CLAUSES } from '../../domain/definition';
import type { TopChange } from '../../domain/top-changes';
import type { StepId } from '../../store/views';
import { viewLabel } from '../../shared/steps';

interface TopChangesListProps {
  changes: readonly TopChange[];
  onAdd: (catalogueId: string) => void;
  onOpen: (step: StepId) => void;
}

const clauseNames = (change: TopChange) =>
  change.clauses.map((id) => CLAUSES.find((c) => c.id === id)?.name ?? id).join('; ');

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function TopChangesList({ changes, onAdd, onOpen }: TopChangesListProps) {
  return (
    <section className="review-section" aria-labelledby="top-changes-heading">
      <h3 id="top-changes-heading" tabIndex={-1}>
        The changes that would move the role most
      </h3>
      {changes.length === 0 ? (
        <p>No single change would raise the overall score further.</p>
      ) : (
        <ol className="top-changes">
          {changes.map((change) => {
            const { raise } = change;
            const gain = `+${change.overallGain} overall`;
            return raise.kind === 'add-responsibility' ? (
              <li key={raise.catalogueId}>
                <p>
                  Add the responsibility: {raise.text} <span className="points">{gain}</span>
                </p>
                <p className="field-hint">Raises: {clauseNames(change)}.</p>
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => {
                    onAdd(raise.catalogueId);
                    // The change leaves the list once made: keep focus at the list.
                    document.getElementById('top-changes-heading')?.focus();
                  }}
                >
                  Add this responsibility
                  <span className="visually-hidden">: {raise.text}</span>
                </button>
              </li>
            ) : (
              <li key={raise.signalId}>
                <p>
                  {sentence(raise.text)} <span className="points">{gain}</span>
                </p>
                <p className="field-hint">Raises: {clauseNames(change)}.</p>
                <button type="button" className="link-button" onClick={() => onOpen(raise.section)}>
                  Change this in {viewLabel(raise.section)}
                  <span className="visually-hidden">: {raise.text}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
