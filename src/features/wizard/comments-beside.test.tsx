import { screen, within } from '@testing-library/react';
import { AuthorityStep } from './authority-step';
import { ResponsibilitiesStep } from './responsibilities-step';
import { ownResponsibility } from '../../testing/make-draft';
import { renderWithDraft } from '../../testing/render-with-draft';

const comment = (id: string, about: string, text: string, status: 'open' | 'resolved') => ({
  id,
  about,
  author: 'Siân Ó Súilleabháin',
  authorRole: 'HR business partner',
  text,
  status,
  createdAt: '2026-12-07T10:00:00.000Z',
});

const duty = ownResponsibility('Chair the technicians’ forum.', ['aligns']);

describe('comments beside the thing they are about', () => {
  it('shows a decision’s comments beside it in its step, and no box where there are none', () => {
    renderWithDraft(
      <AuthorityStep />,
      {
        comments: [
          comment('c1', 'gradeBand', 'Does the panel accept grade 10?', 'open'),
          comment('c2', 'gradeBand', 'Matched to heads of service.', 'resolved'),
        ],
      },
      'authority',
    );
    const here = screen.getByRole('region', { name: 'Comments on the grade' });
    expect(here).toHaveTextContent('2 comments on the grade, 1 open');
    expect(within(here).getAllByRole('listitem')[0]).toHaveTextContent(
      'Siân Ó Súilleabháin (HR business partner), 2026-12-07, open: Does the panel accept grade 10?',
    );
    expect(screen.queryByRole('region', { name: 'Comments on the budget' })).toBeNull();
  });

  it('shows a responsibility’s comments under that responsibility', () => {
    renderWithDraft(
      <ResponsibilitiesStep />,
      {
        responsibilities: [duty],
        comments: [comment('c1', `responsibility:${duty.id}`, 'Who chairs it today?', 'open')],
      },
      'responsibilities',
    );
    expect(screen.getByRole('region', { name: 'Comments on responsibility 1' })).toHaveTextContent(
      'One comment on responsibility 1, 1 open',
    );
  });
});
