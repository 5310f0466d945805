import { screen, within } from '@testing-library/react';
import { calibrationDraft } from '../../domain/calibration/calibration-draft';
import { CALIBRATION_PROFILES } from '../../domain/calibration/calibration-profiles';
import { fromCatalogueIds } from '../../testing/make-draft';
import { renderWithDraft } from '../../testing/render-with-draft';
import { ReviewScreen } from './review-screen';

const review = (overrides = {}) => renderWithDraft(<ReviewScreen />, overrides, 'review');

describe('the level the role is meant to be', () => {
  const faculty = {
    remit: { scope: 'one-faculty', areas: ['teaching-labs'], techniciansInRemit: 30 },
    authority: { gradeBand: 'grade-8', budgetAuthority: 'delegated', annualBudget: 300_000 },
    responsibilities: fromCatalogueIds(['facility-operations', 'team-management']),
  };
  const suggestions = () =>
    [
      screen.getByRole('region', { name: /^The path to/ }),
      screen.getByRole('region', { name: 'The changes that would move the role most' }),
    ]
      .map((region) => region.textContent)
      .join(' ');

  it('says "Not said yet" when unset, and suggests any change', () => {
    review(faculty);
    const verdict = screen.getByRole('region', { name: /out of 100/ });
    expect(
      within(verdict)
        .getByText(/Meant to be:/)
        .closest('p'),
    ).toHaveTextContent('Meant to be: Not said yet.');
    expect(suggestions()).toMatch(/institution-wide/i);
  });

  it('keeps a faculty lead’s suggestions to a faculty, and says so beside the verdict', async () => {
    const { user, view } = review({
      ...faculty,
      remit: { ...faculty.remit, targetLevel: 'faculty' },
    });
    const verdict = screen.getByRole('region', { name: /out of 100/ });
    expect(
      within(verdict)
        .getByText(/Meant to be:/)
        .closest('p'),
    ).toHaveTextContent('Meant to be: A faculty or school technical lead.');
    expect(
      within(verdict).getByText(/is not meant to hold leadership of the whole institution/),
    ).toBeVisible();
    expect(suggestions()).not.toMatch(/institution-wide|executive board/i);
    expect(within(verdict).queryByText(/The level itself is the gap/)).toBeNull();
    await user.click(within(verdict).getByRole('button', { name: 'Change the level' }));
    expect(view()).toBe('remit');
  });

  it('says when the level itself is the gap, and what the role holds beyond its level', () => {
    // A head of technical services, strategic in part, held to a faculty: the changes that
    // would take it to the top band are the institution's.
    const role = calibrationDraft(
      CALIBRATION_PROFILES.find((p) => p.id === 'head-technical-services-strategy')!,
    );
    review({
      remit: { ...role.remit, targetLevel: 'faculty' },
      authority: role.authority,
      responsibilities: role.responsibilities,
    });
    const verdict = screen.getByRole('region', { name: /out of 100/ });
    expect(
      within(verdict)
        .getByText(/The level itself is the gap/)
        .closest('p'),
    ).toHaveTextContent(
      /No change that fits a faculty or school technical lead takes the role to “/,
    );
    const held = within(verdict)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(held).toContain('an institution-wide remit');
    expect(
      within(verdict).getByText('Either the level or these answers should change.'),
    ).toBeVisible();
  });
});
