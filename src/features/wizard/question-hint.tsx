/** Why a question is asked and which clauses of the definition it evidences. */
import { clauseById, type ClauseId } from '../../domain/definition';

interface QuestionHintProps {
  why: string;
  clauses?: readonly ClauseId[];
  /** For context questions: what the answer is used for, when it does not change the score. */
  usedFor?: string;
}

export function QuestionHint({ why, clauses = [], usedFor }: QuestionHintProps) {
  return (
    <>
      <span>{why}</span>{' '}
      {clauses.length > 0 ? (
        <span className="evidences">
          Evidences: {clauses.map((id) => clauseById(id).name).join('; ')}.
        </span>
      ) : (
        usedFor && <span className="evidences">{usedFor}</span>
      )}
    </>
  );
}
