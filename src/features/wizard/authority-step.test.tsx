import { screen } from '@testing-library/react';
import { AuthorityStep } from './authority-step';
import { renderWithDraft } from '../../testing/render-with-draft';

describe('Seniority and authority step', () => {
  it('requires a title, a grade, a reporting line and a budget answer', async () => {
    const { user } = renderWithDraft(<AuthorityStep />, {}, 'authority');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    for (const message of [
      'Enter the job title.',
      'Choose the grade the role is expected to sit at.',
      'Choose who the role reports to.',
      'Choose the role’s budget authority.',
    ]) {
      expect(await screen.findByText(message)).toHaveAttribute('role', 'alert');
    }
    expect(screen.getByLabelText('Job title')).toHaveFocus();
  });

  it('saves seats, rights and a budget in pounds, and moves on', async () => {
    const { user, saved, view } = renderWithDraft(<AuthorityStep />, {}, 'authority');
    await user.type(screen.getByLabelText('Job title'), 'Director of Technical Strategy');
    await user.selectOptions(screen.getByLabelText('Grade'), 'Grade 10 (top of the pay spine)');
    await user.selectOptions(screen.getByLabelText('Reports to'), 'Pro-Vice-Chancellor');
    await user.click(screen.getByRole('checkbox', { name: 'University executive board' }));
    await user.click(screen.getByRole('radio', { name: 'Holds a delegated budget' }));
    await user.type(screen.getByLabelText(/Annual budget/), '£2,500,000');
    await user.click(screen.getByRole('checkbox', { name: 'Approve equipment investment' }));
    expect(saved().authority).toMatchObject({
      title: 'Director of Technical Strategy',
      gradeBand: 'grade-10',
      reportsTo: 'pro-vc',
      seats: ['executive-board'],
      budgetAuthority: 'delegated',
      annualBudget: 2_500_000,
      decisionRights: ['equipment-investment'],
    });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(view()).toBe('responsibilities');
  });

  it('explains a full-time equivalent out of range', async () => {
    const { user } = renderWithDraft(<AuthorityStep />, {}, 'authority');
    await user.type(screen.getByLabelText(/Full-time equivalent/), '1.5');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      await screen.findByText(/Enter a full-time equivalent between 0\.1 and 1\./),
    ).toBeVisible();
  });

  it('names every clause the scoring rules count for seats and sign-off rights', () => {
    renderWithDraft(<AuthorityStep />, {}, 'authority');
    const seats = screen.getByRole('group', { name: /Where does the role have a seat/ });
    expect(seats).toHaveAccessibleDescription(
      /Evidences: Empowered decision-maker; Anticipates future needs; Advocates for technicians; Shapes policies .*; Strategic planning: workforce sustainability; Strategic planning: skills development; Strategic planning: investment in technical resources; Ensures access to meaningful development\./,
    );
    const rights = screen.getByRole('group', { name: /Which decisions does the role sign off/ });
    expect(rights).toHaveAccessibleDescription(
      /Evidences: Empowered decision-maker; Aligns the technical workforce with long-term goals; Anticipates future needs; Shapes policies/,
    );
    expect(screen.getByLabelText('Grade')).toHaveAccessibleDescription(
      /Evidences: Empowered decision-maker\./,
    );
    expect(screen.getByLabelText('Job title')).not.toHaveAccessibleDescription(/Evidences/);
  });

  it('keeps a reason beside the grade, and says whether one is given', async () => {
    const { user, saved } = renderWithDraft(<AuthorityStep />, {}, 'authority');
    await user.click(screen.getByText('Why this grade?'));
    await user.type(screen.getByLabelText('Reason for the grade'), 'Matched to heads of service.');
    expect(saved().reasons.gradeBand).toBe('Matched to heads of service.');
    expect(saved().authority.gradeBand).toBeNull();
    expect(screen.getAllByText('(reason given)')).toHaveLength(1);
  });
});
