import { screen, within } from '@testing-library/react';
import { ownResponsibility } from '../../testing/make-draft';
import { renderWithDraft } from '../../testing/render-with-draft';
import { ReviewScreen } from './review-screen';

const review = () =>
  renderWithDraft(
    <ReviewScreen />,
    {
      wording: { jobPurpose: 'To lead the technical workforce of the university.' },
      responsibilities: [
        ownResponsibility('Supports the Dean on technical priorities.', [], 'r-1'),
      ],
      personSpec: [
        {
          id: 'c-1',
          text: 'An aggressive, competitive self-starter.',
          category: 'essential',
          assessedBy: [],
        },
      ],
    },
    'review',
  );

describe('Wording in the review', () => {
  it('gathers every finding of the draft, with the balance reading', () => {
    review();
    const section = screen.getByRole('region', { name: /^Wording: what a panel/ });
    expect(
      within(section).getByText(
        /3 wording findings open: strength for grading 1, inclusive language 2/,
      ),
    ).toBeInTheDocument();
    const balance = within(section).getByRole('table', {
      name: 'Balance reading of the job description',
    });
    expect(
      within(balance).getByRole('row', {
        name: /^Masculine-coded words 2: aggressive, competitive/,
      }),
    ).toBeInTheDocument();
    expect(
      within(balance).getByRole('row', { name: /^Words the definition and the sector need/ }),
    ).toHaveTextContent(/lead/);
  });

  it('accepts a rewrite in one step, and the balance shows the trend', async () => {
    const { user, saved } = review();
    const section = screen.getByRole('region', { name: /^Wording: what a panel/ });
    const [aggressive] = within(section).getAllByRole('button', {
      name: 'Use this wording for criterion 1',
    });
    await user.click(aggressive!);
    expect(saved().personSpec[0]!.text).toBe('An proactive, competitive self-starter.');
    const balance = within(section).getByRole('table', { name: /Balance reading/ });
    expect(
      within(balance).getByRole('row', {
        name: /^Masculine-coded words 1: competitive down from 2$/,
      }),
    ).toBeInTheDocument();
  });

  it('keeps a dismissed finding with its reason, and can show it again', async () => {
    const { user, saved } = review();
    const section = screen.getByRole('region', { name: /^Wording: what a panel/ });
    await user.click(within(section).getByText(/^Dismiss “Supports” with a reason/));
    await user.type(
      within(section).getAllByLabelText('Why it stands as written')[0]!,
      'The Dean decides.',
    );
    await user.click(within(section).getAllByRole('button', { name: 'Dismiss finding' })[0]!);
    expect(saved().wordingDismissals).toHaveLength(1);
    await user.click(within(section).getByText('Dismissed findings (1)'));
    expect(within(section).getByText('Dismissed because: The Dean decides.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Show “Supports” again' }));
    expect(saved().wordingDismissals).toEqual([]);
  });
});
