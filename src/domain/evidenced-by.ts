/**
 * Which clauses answering a question can evidence, read from the scoring rules: the wizard's
 * "Evidences: …" hints, so a hint cannot promise what the score does not count, or miss what it does.
 */
import { answerRead, type AnswerField } from './condition';
import { CLAUSE_IDS, type ClauseId } from './definition';
import { SIGNALS, type Signal } from './scoring-rules';

const reads = (signal: Signal, answer: AnswerField): boolean => {
  const read = answerRead(signal.condition);
  return read.section === answer.section && read.field === answer.field;
};

/** In the definition's order; empty for a question no signal reads. */
export function clausesEvidencedBy(answer: AnswerField): ClauseId[] {
  return CLAUSE_IDS.filter((clause) =>
    SIGNALS.some((signal) => signal.clause === clause && reads(signal, answer)),
  );
}
