/**
 * The live alignment: each clause's score as a number, a word and a bar, and the overall band.
 * The overall line is a polite live region, so screen-reader users hear the score move as they
 * answer without the whole list being read out on every keystroke.
 */
import { useMemo } from 'react';
import { Bar } from '../../components/bar';
import { CLAUSES } from '../../domain/definition';
import { scoreDraft } from '../../domain/score-draft';
import { useCurrentDraft } from '../../shared/use-current-draft';
import { clauseLevel, LEVEL_WORDS } from '../../domain/clause-level';
import './clause-score.css';
import './alignment-panel.css';

export function AlignmentPanel() {
  const draft = useCurrentDraft();
  const score = useMemo(() => scoreDraft(draft), [draft]);
  return (
    <div className="panel alignment">
      <h2 id="alignment-heading" className="panel-heading">
        Alignment with the definition
      </h2>
      <div className="overall">
        <p className="overall-line" aria-live="polite" aria-atomic="true">
          <span className="overall-label">Overall</span>{' '}
          <span className="overall-number">{score.overall}</span>
          <span className="overall-max"> out of 100</span>
          <span className="visually-hidden">:</span>{' '}
          <span className="overall-band">{score.band.name}</span>
        </p>
        <Bar value={score.overall} />
        {score.heldBackByAuthority && (
          <p className="panel-note">
            Held back: the score reaches the top band, but the role lacks the authority of an
            empowered decision-maker.
          </p>
        )}
      </div>
      <ul className="clause-scores">
        {CLAUSES.map((clause) => {
          const value = score.clauses[clause.id].score;
          const level = clauseLevel(value);
          return (
            <li key={clause.id} className={`clause-score level-${level}`}>
              <span className="clause-score-name">{clause.name}</span>
              <span className="clause-score-value">
                <span className="clause-score-number">{value}</span>
                <span className="visually-hidden"> out of 100,</span>{' '}
                <span className="clause-score-level">{LEVEL_WORDS[level]}</span>
              </span>
              <Bar value={value} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
