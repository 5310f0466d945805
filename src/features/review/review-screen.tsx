/**
 * The review, what matters first: the overall verdict, the open contradictions, the path to
 * the next band, the three changes that would move the role most, then clause by clause (folded) the score, its
 * evidence and what would raise it; the two lenses; how the scores work; the definition.
 */
import { useMemo } from 'react';
import { Bar } from '../../components/bar';
import { findContradictions } from '../../domain/contradictions';
import { CLAUSES } from '../../domain/definition';
import { concernLens, pillarLens } from '../../domain/lenses';
import { missingReasons } from '../../domain/review/missing-reasons';
import { unsupportedClaims } from '../../domain/review/wording-claims';
import { scoreDraft } from '../../domain/score-draft';
import { topChanges } from '../../domain/top-changes';
import { pathToNextBand } from '../../domain/path-to-next-band';
import { beyondLevel, fitsLevelOf } from '../../domain/target-level';
import { countedResponsibilities } from '../../domain/responsibility-worth';
import { JOB_DESCRIPTION_RESPONSIBILITIES } from '../../domain/scoring-rules';
import { useCurrentDraft, useGoTo } from '../../shared/use-current-draft';
import { stepComplete } from '../../domain/steps/step-completion';
import { STEPS } from '../../shared/steps';
import { BandPathList } from './band-path-list';
import { ClauseReview } from './clause-review';
import { ContradictionsList } from './contradictions-list';
import { MissingReasonsList } from './missing-reasons-list';
import { DefinitionQuote } from './definition-quote';
import { HowScoresWorkView } from './how-scores-work-view';
import { LevelNote } from './level-note';
import { LensView } from './lens-view';
import { TopChangesList } from './top-changes-list';
import { useAddResponsibility } from './use-add-responsibility';
import { WordingClaimsList } from './wording-claims-list';
import { WordingNotice } from './wording-notice';
import { WordingReview } from './wording-review';
import './review.css';

export function ReviewScreen() {
  const draft = useCurrentDraft();
  const goTo = useGoTo();
  const add = useAddResponsibility();
  const score = useMemo(() => scoreDraft(draft), [draft]);
  const contradictions = useMemo(() => findContradictions(draft), [draft]);
  const level = draft.remit.targetLevel;
  // Only the changes that fit the level the role is meant to be (issue 12, item 6).
  const fits = useMemo(() => fitsLevelOf(level), [level]);
  const changes = useMemo(() => topChanges(draft, score, 3, fits), [draft, score, fits]);
  const path = useMemo(() => pathToNextBand(draft, score, fits), [draft, score, fits]);
  const beyond = useMemo(() => beyondLevel(draft, level), [draft, level]);
  const responsibilities = countedResponsibilities(draft.responsibilities).length;
  const pillars = useMemo(() => pillarLens(draft), [draft]);
  const concerns = useMemo(() => concernLens(draft), [draft]);
  const unexplained = useMemo(() => missingReasons(draft), [draft]);
  const claims = useMemo(() => unsupportedClaims(draft), [draft]);
  const missing = STEPS.filter((s) => s.id !== 'review' && !stepComplete(s.id, draft));

  return (
    <div className="view review">
      <p className="step-count">
        Step {STEPS.length} of {STEPS.length}
      </p>
      <h2 id="review-heading" tabIndex={-1}>
        Review
      </h2>
      <section className="verdict" aria-labelledby="verdict-heading">
        <h3 id="verdict-heading">
          {score.band.name}: {score.overall} out of 100
        </h3>
        <Bar value={score.overall} />
        <p>{score.band.verdict}</p>
        <LevelNote level={level} beyond={beyond} path={path} onOpen={() => goTo('remit')} />
        {score.heldBackByAuthority && (
          <p>
            The score reaches the top band, but the role lacks the authority of an empowered
            decision-maker, so it is held in “{score.band.name}”.
          </p>
        )}
        {responsibilities > JOB_DESCRIPTION_RESPONSIBILITIES.most && (
          <p>
            This draft has {responsibilities} responsibilities; a UK job description usually holds{' '}
            {JOB_DESCRIPTION_RESPONSIBILITIES.fewest} to {JOB_DESCRIPTION_RESPONSIBILITIES.most}.
            The score counts coverage, not length: two strong responsibilities cover a clause, and
            more on it add nothing.
          </p>
        )}
        {missing.length > 0 && (
          <div className="notice">
            <p>Some steps still need answers:</p>
            <ul className="inline-links">
              {missing.map((s) => (
                <li key={s.id}>
                  <button type="button" className="link-button" onClick={() => goTo(s.id)}>
                    {s.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <WordingNotice claimsBelow={claims.length > 0} />
      <ContradictionsList contradictions={contradictions} onOpen={goTo} />
      <BandPathList path={path} />
      <TopChangesList changes={changes} onAdd={add} onOpen={goTo} />
      <WordingClaimsList claims={claims} onAdd={add} onOpen={goTo} />
      <section className="review-section" aria-labelledby="clauses-heading">
        <h3 id="clauses-heading">Clause by clause</h3>
        <details className="review-clauses">
          <summary>
            Each of the nine clauses: its score, the evidence and what would raise it
          </summary>
          {CLAUSES.map((clause) => (
            <ClauseReview
              key={clause.id}
              clause={clause}
              score={{
                ...score.clauses[clause.id],
                raises: score.clauses[clause.id].raises.filter((r) => fits(r, draft)),
              }}
              onAdd={add}
              onOpen={goTo}
            />
          ))}
        </details>
      </section>
      <MissingReasonsList missing={unexplained} onOpen={goTo} />
      <WordingReview />
      <LensView id="pillars" lens={pillars} onAdd={add} />
      <LensView id="concerns" lens={concerns} onAdd={add} />
      <HowScoresWorkView />
      <section className="review-section" aria-labelledby="definition-heading">
        <h3 id="definition-heading">The definition</h3>
        <DefinitionQuote />
      </section>
      <div className="step-actions">
        <button type="button" className="button-secondary" onClick={() => goTo('person-spec')}>
          Back
        </button>
        <button type="button" className="button-primary" onClick={() => goTo('export')}>
          Export the role specification
        </button>
        <button type="button" className="button-secondary" onClick={() => goTo('benchmark')}>
          Compare with peers
        </button>
      </div>
    </div>
  );
}
