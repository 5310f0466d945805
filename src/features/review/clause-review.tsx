/** One clause in the review: its score, the evidence behind it, and what would raise it. */
import { Bar } from '../../components/bar';
import type { Clause } from '../../domain/definition';
import type { ClauseScore } from '../../domain/score-clause';
import type { StepId } from '../../store/views';
import { clauseLevel, LEVEL_WORDS } from '../../domain/clause-level';
import { viewLabel } from '../../shared/steps';
import { quoteWords } from '../../domain/quote-words';
import '../alignment/clause-score.css';

/** Enough to act on without burying the page. */
const MAX_RAISES = 3;

interface ClauseReviewProps {
  clause: Clause;
  score: ClauseScore;
  onAdd: (catalogueId: string) => void;
  onOpen: (step: StepId) => void;
}

export function ClauseReview({ clause, score, onAdd, onOpen }: ClauseReviewProps) {
  const level = clauseLevel(score.score);
  const headingId = `clause-${clause.id}`;
  return (
    <section className="clause-review" aria-labelledby={headingId}>
      <div className="clause-review-head">
        <h4 id={headingId} tabIndex={-1}>
          {clause.name}
        </h4>
        <p className="clause-review-score">
          <span className="clause-score-number">{score.score}</span> out of 100,{' '}
          <span className={`clause-score-level level-${level}`}>{LEVEL_WORDS[level]}</span>
        </p>
      </div>
      <Bar value={score.score} />
      <p className="clause-phrase">
        “{clause.phrase}”. <span className="field-hint">{clause.why}</span>
      </p>
      {score.evidence.length === 0 ? (
        <p className="empty">Nothing in the draft evidences this clause yet.</p>
      ) : (
        <details className="evidence">
          <summary>
            Evidence behind this score ({score.evidence.length}{' '}
            {score.evidence.length === 1 ? 'item' : 'items'})
          </summary>
          <ul className="evidence-list">
            {score.evidence.map((e) => (
              <li key={e.kind === 'answer' ? e.signalId : e.responsibilityId}>
                {e.kind === 'answer' ? sentence(e.text) : `Responsibility: ${e.text}`}{' '}
                <span className="points">+{e.points}</span>
                {e.kind === 'responsibility' && e.cues.length > 0 && (
                  <span className="field-hint evidence-words">
                    {' '}
                    Earned by its words {quoteWords(e.cues)}
                    {e.fromJobDescription ? ', in the current job description' : ''}.
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {score.raises.length > 0 && (
        <>
          <h5>What would raise it</h5>
          <ul className="raise-list">
            {score.raises.slice(0, MAX_RAISES).map((raise) =>
              raise.kind === 'add-responsibility' ? (
                <li key={raise.catalogueId}>
                  <span>
                    Add the responsibility: {raise.text}{' '}
                    <span className="points">+{raise.gain}</span>
                  </span>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    onClick={() => {
                      onAdd(raise.catalogueId);
                      // The raise disappears once applied: keep focus in this clause.
                      document.getElementById(headingId)?.focus();
                    }}
                  >
                    Add this responsibility
                    <span className="visually-hidden"> to raise {clause.name}</span>
                  </button>
                </li>
              ) : (
                <li key={raise.signalId}>
                  <span>
                    {sentence(raise.text)} <span className="points">+{raise.gain}</span>
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpen(raise.section)}
                  >
                    Change this in {viewLabel(raise.section)}
                    <span className="visually-hidden"> to raise {clause.name}</span>
                  </button>
                </li>
              ),
            )}
          </ul>
        </>
      )}
    </section>
  );
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
