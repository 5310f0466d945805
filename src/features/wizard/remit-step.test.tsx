import { screen } from '@testing-library/react';
import { RemitStep } from './remit-step';
import { renderWithDraft } from '../../testing/render-with-draft';

describe('Remit step', () => {
  it('requires a scope and at least one area before moving on', async () => {
    const { user, view } = renderWithDraft(<RemitStep />, {}, 'remit');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Choose how far the role’s remit reaches.')).toBeVisible();
    expect(screen.getByText('Choose at least one technical area the role covers.')).toBeVisible();
    expect(view()).toBe('remit');
  });

  it('saves the remit as it is answered and tells which clauses each question evidences', async () => {
    const { user, saved, view } = renderWithDraft(<RemitStep />, {}, 'remit');
    expect(
      screen.getByRole('group', { name: /How far does the role’s remit reach/ }),
    ).toHaveAccessibleDescription(/Evidences: Aligns the technical workforce/);
    await user.click(screen.getByRole('radio', { name: 'Institution-wide' }));
    await user.click(screen.getByRole('checkbox', { name: 'Teaching laboratories' }));
    await user.click(screen.getByRole('checkbox', { name: 'Workshops and engineering' }));
    await user.click(screen.getByRole('checkbox', { name: /UK Institute for Technical Skills/ }));
    await user.type(screen.getByLabelText(/Sites or campuses/), '3');
    expect(saved().remit).toEqual({
      scope: 'institution',
      areas: ['teaching-labs', 'workshops'],
      techniciansInRemit: null,
      sites: 3,
      external: ['uk-itss'],
      targetLevel: null,
    });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(view()).toBe('authority');
  });

  it('asks what the role is meant to be, optional, and saves the level chosen', async () => {
    const { user, saved, view } = renderWithDraft(<RemitStep />, {}, 'remit');
    const question = screen.getByRole('group', { name: /What is the role meant to be\?/ });
    expect(question).toHaveAccessibleDescription(/suggests only changes that fit this level/);
    expect(
      screen.getByRole('radio', { name: 'An institution’s strategic technical leader' }),
    ).not.toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'A faculty or school technical lead' }));
    expect(saved().remit.targetLevel).toBe('faculty');
    await user.click(screen.getByRole('radio', { name: 'One faculty or college' }));
    await user.click(screen.getByRole('checkbox', { name: 'Teaching laboratories' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(view()).toBe('authority');
    expect(saved().remit.targetLevel).toBe('faculty');
  });

  it('goes back without checking, since every change is already saved', async () => {
    const { user, view } = renderWithDraft(<RemitStep />, {}, 'remit');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(view()).toBe('context');
  });
});
