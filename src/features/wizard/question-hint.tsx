/** Why a question is asked and which clauses of the definition it evidences. */
import type { AnswerField } from '../../domain/condition';
import { clauseById } from '../../domain/definition';
import { clausesEvidencedBy } from '../../domain/evidenced-by';

interface QuestionHintProps {
  why: string;
  /** The answer the question gives; the clauses it evidences are read from the scoring rules. */
  answers?: AnswerField;
  /** For context questions: what the answer is used for, when it does not change the score. */
  usedFor?: string;
}

export function QuestionHint({ why, answers, usedFor }: QuestionHintProps) {
  const clauses = answers ? clausesEvidencedBy(answers) : [];
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
