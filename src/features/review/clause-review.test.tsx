import { render, screen } from '@testing-library/react';
import { CLAUSES } from '../../domain/definition';
import { scoreClause } from '../../domain/score-clause';
import { makeDraft, ownResponsibility } from '../../testing/make-draft';
import { ClauseReview } from './clause-review';

const advocates = CLAUSES.find((c) => c.id === 'advocates')!;

describe('a clause in the review', () => {
  it('says which of the institution’s own sentences earned the score, and by which words', () => {
    const own = ownResponsibility('Lead the Technician Commitment and recognise technicians.', []);
    const draft = makeDraft({
      responsibilities: [own],
      fromOriginal: [{ id: own.id, sentence: own.text }],
    });
    render(
      <ClauseReview
        clause={advocates}
        score={scoreClause('advocates', draft)}
        onAdd={() => {}}
        onOpen={() => {}}
      />,
    );
    const item = screen.getByText(/^Responsibility: Lead the Technician Commitment/).closest('li');
    expect(item).toHaveTextContent(
      /Earned by its words “[^”]+”.*, in the current job description\./,
    );
  });
});
