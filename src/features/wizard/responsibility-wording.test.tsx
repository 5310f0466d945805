import { screen } from '@testing-library/react';
import { ownResponsibility } from '../../testing/make-draft';
import { renderWithDraft } from '../../testing/render-with-draft';
import { ResponsibilitiesStep } from './responsibilities-step';

describe('Wording checks beside a responsibility', () => {
  it('says what a panel makes of a shared duty and takes the stronger wording in one step', async () => {
    const { user, saved } = renderWithDraft(
      <ResponsibilitiesStep />,
      {
        responsibilities: [
          ownResponsibility('Supports the Dean in setting technical priorities.', [], 'r-own'),
        ],
      },
      'responsibilities',
    );
    await user.click(screen.getByText(/^Wording of responsibility 1: 1 finding/));
    expect(screen.getByText(/gives the role a share of this responsibility/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use this wording for responsibility 1' }));
    expect(screen.getByLabelText('Responsibility 1')).toHaveValue(
      'Leads the Dean in setting technical priorities.',
    );
    expect(saved().responsibilities[0]!.text).toBe(
      'Leads the Dean in setting technical priorities.',
    );
    expect(screen.queryByText(/^Wording of responsibility 1/)).not.toBeInTheDocument();
  });

  it('checks the words as they are typed', async () => {
    const { user } = renderWithDraft(
      <ResponsibilitiesStep />,
      { responsibilities: [ownResponsibility('Lead the technical strategy.', [], 'r-own')] },
      'responsibilities',
    );
    expect(screen.queryByText(/^Wording of responsibility 1/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Responsibility 1'), ' Organize training.');
    expect(
      screen.getByText(/^Wording of responsibility 1: 1 finding \(uk spelling\)/),
    ).toBeInTheDocument();
  });

  it('dismisses a finding only with a reason, and it stays dismissed', async () => {
    const { user, saved } = renderWithDraft(
      <ResponsibilitiesStep />,
      {
        responsibilities: [
          ownResponsibility('Supports the Dean in setting technical priorities.', [], 'r-own'),
        ],
      },
      'responsibilities',
    );
    await user.click(screen.getByText(/^Wording of responsibility 1/));
    await user.click(screen.getByText(/^Dismiss “Supports” with a reason/));
    await user.click(screen.getByRole('button', { name: 'Dismiss finding' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/Give a reason/);
    expect(saved().wordingDismissals).toEqual([]);

    await user.type(
      screen.getByLabelText('Why it stands as written'),
      'The Dean sets the priorities.',
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss finding' }));
    expect(saved().wordingDismissals).toMatchObject([
      {
        about: 'responsibility:r-own',
        finding: 'shared-responsibility:supports',
        reason: 'The Dean sets the priorities.',
      },
    ]);
    expect(screen.queryByText(/^Wording of responsibility 1/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Responsibility 1'), ' Each year.');
    expect(screen.queryByText(/^Wording of responsibility 1/)).not.toBeInTheDocument();
  });
});
