import { render, screen } from '@testing-library/react';
import { AuthorityStep } from './authority-step';
import { RemitStep } from './remit-step';
import { renderWithDraft } from '../../testing/render-with-draft';

describe('number fields keep every answer', () => {
  it('reads “£2.5m”, “80%” and “six”, says how, and saves the numbers', async () => {
    const { user, saved } = renderWithDraft(<AuthorityStep />, {}, 'authority');
    await user.type(screen.getByLabelText(/Annual budget/), '£2.5m');
    await user.type(screen.getByLabelText(/Full-time equivalent/), '80%');
    await user.type(screen.getByLabelText(/Direct reports/), 'six');
    expect(screen.getByLabelText(/Annual budget/)).toHaveAccessibleDescription(
      /Read as £2,500,000\./,
    );
    expect(screen.getByLabelText(/Full-time equivalent/)).toHaveAccessibleDescription(
      /Read as 0\.8\./,
    );
    expect(saved().authority).toMatchObject({
      annualBudget: 2_500_000,
      fte: 0.8,
      directReports: 6,
    });
  });

  it('keeps a text it cannot read, says why, and shows it again after leaving the step', async () => {
    const { user, saved, unmount } = renderWithDraft(<RemitStep />, {}, 'remit');
    const box = screen.getByLabelText(/Technical staff in the remit/);
    await user.type(box, 'lots');
    expect(box).toHaveAccessibleDescription(/cannot read “lots” as a number/);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(saved().remit.techniciansInRemit).toBeNull();
    unmount();
    render(<RemitStep />);
    expect(screen.getByLabelText(/Technical staff in the remit/)).toHaveValue('lots');
  });

  it('shows the kept text again when the step opens a second time', async () => {
    const { user, saved, unmount } = renderWithDraft(<RemitStep />, {}, 'remit');
    await user.type(screen.getByLabelText(/Sites or campuses/), 'about 3-4');
    const before = saved();
    unmount();
    render(<RemitStep />);
    const box = screen.getByLabelText(/Sites or campuses/);
    expect(box).toHaveValue('about 3-4');
    expect(box).toHaveAccessibleDescription(/is a range/);
    expect(saved()).toEqual(before);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toContainEqual(expect.stringMatching(/is a range/));
    expect(screen.getByLabelText(/Sites or campuses/)).toHaveValue('about 3-4');
  });

  it('keeps a number the step cannot accept, with the step’s reason', async () => {
    const { user, saved } = renderWithDraft(<AuthorityStep />, {}, 'authority');
    await user.type(screen.getByLabelText(/Full-time equivalent/), '1.5');
    expect(screen.getByLabelText(/Full-time equivalent/)).toHaveAccessibleDescription(
      /Read as 1\.5\. Enter a full-time equivalent between 0\.1 and 1\. What you typed is kept/,
    );
    // "1" on the way to "1.5" was a valid answer and is saved; 1.5 is not.
    expect(saved().authority.fte).not.toBe(1.5);
  });
});
