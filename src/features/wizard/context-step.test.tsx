import { screen, within } from '@testing-library/react';
import { ContextStep } from './context-step';
import { renderWithDraft } from '../../testing/render-with-draft';

describe('Institution context step', () => {
  it('says what is missing, next to each field, and stays on the step', async () => {
    const { user, view } = renderWithDraft(<ContextStep />);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByText('Enter the name of the institution.')).toHaveAttribute(
      'role',
      'alert',
    );
    expect(screen.getByLabelText('Institution name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Nation')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Choose the type of institution.')).toBeInTheDocument();
    expect(screen.getByLabelText('Institution name')).toHaveFocus();
    expect(view()).toBe('context');
  });

  it('saves every answer as it is typed, and moves on when the step is complete', async () => {
    const { user, saved, view } = renderWithDraft(<ContextStep />);
    await user.type(screen.getByLabelText('Institution name'), 'University of Northbridge');
    expect(saved().context.institutionName).toBe('University of Northbridge');

    await user.selectOptions(screen.getByLabelText('Nation'), 'Wales');
    await user.click(screen.getByRole('radio', { name: 'Teaching-focused' }));
    await user.type(screen.getByLabelText(/Technical staff across the institution/), '1,200');
    const signatory = screen.getByRole('group', { name: /signed the Technician Commitment/ });
    await user.click(within(signatory).getByRole('radio', { name: 'Yes' }));
    expect(saved().context).toEqual({
      institutionName: 'University of Northbridge',
      nation: 'wales',
      institutionType: 'teaching-focused',
      technicalCommunitySize: 1200,
      techCommitmentSignatory: true,
    });

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(view()).toBe('remit');
  });

  it('keeps a number that is not valid on screen, explains it, and does not save it', async () => {
    const { user, saved } = renderWithDraft(<ContextStep />, {
      context: { technicalCommunitySize: 40 },
    });
    const size = screen.getByLabelText(/Technical staff across the institution/);
    await user.clear(size);
    await user.type(size, '12.5');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText(/Enter a whole number/)).toBeInTheDocument();
    expect(size).toHaveValue('12.5');
    expect(size).toHaveAttribute('aria-invalid', 'true');
    // Saved as typed: "12" was a valid answer on the way, "12.5" never is.
    expect(saved().context.technicalCommunitySize).toBe(12);
  });

  it('says why each question is asked', () => {
    renderWithDraft(<ContextStep />);
    expect(screen.getByLabelText('Nation')).toHaveAccessibleDescription(
      /Pay, policy and data returns differ/,
    );
  });
});
