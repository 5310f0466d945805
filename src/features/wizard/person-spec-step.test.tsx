import { screen, within } from '@testing-library/react';
import { makeCriterion } from '../../testing/make-draft';
import { PersonSpecStep } from './person-spec-step';
import { renderWithDraft } from '../../testing/render-with-draft';

describe('Person specification step', () => {
  it('adds a suggested criterion with one click', async () => {
    const { user, saved } = renderWithDraft(<PersonSpecStep />, {}, 'person-spec');
    const [add] = screen.getAllByRole('button', { name: /^Add ?:/ });
    await user.click(add!);
    expect(saved().personSpec).toHaveLength(1);
    expect(screen.getByLabelText('Criterion 1')).toHaveValue(saved().personSpec[0]!.text);
  });

  it('writes a desirable criterion and changes how it is assessed', async () => {
    const { user, saved } = renderWithDraft(<PersonSpecStep />, {}, 'person-spec');
    await user.click(screen.getByRole('button', { name: 'Write a desirable criterion' }));
    expect(screen.getByLabelText('Criterion 1')).toHaveFocus();
    await user.keyboard('Experience of the Technician Commitment');
    await user.click(screen.getByRole('checkbox', { name: 'Interview' }));
    expect(saved().personSpec[0]).toMatchObject({
      text: 'Experience of the Technician Commitment',
      category: 'desirable',
      assessedBy: ['application', 'interview'],
    });
  });

  it('needs an essential criterion before the review', async () => {
    const { user, view } = renderWithDraft(
      <PersonSpecStep />,
      { personSpec: [makeCriterion({ category: 'desirable' })] },
      'person-spec',
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Add at least one essential criterion.')).toBeVisible();
    expect(view()).toBe('person-spec');

    await user.click(screen.getByRole('radio', { name: 'Essential' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(view()).toBe('review');
  });

  it('removes a criterion', async () => {
    const { user, saved } = renderWithDraft(
      <PersonSpecStep />,
      { personSpec: [makeCriterion()] },
      'person-spec',
    );
    await user.click(screen.getByRole('button', { name: /^Remove ?: criterion 1$/ }));
    expect(saved().personSpec).toEqual([]);
  });

  it('reorders criteria with Move up and Move down', async () => {
    const { user, saved } = renderWithDraft(
      <PersonSpecStep />,
      {
        personSpec: [
          makeCriterion({ id: 'a', text: 'Leads technical teams' }),
          makeCriterion({ id: 'b', text: 'Holds a degree', category: 'desirable' }),
          makeCriterion({ id: 'c', text: 'Manages budgets' }),
        ],
      },
      'person-spec',
    );
    await user.click(screen.getByRole('button', { name: /^Move up ?: criterion 2$/ }));
    expect(saved().personSpec.map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(screen.getByLabelText('Criterion 1')).toHaveValue('Holds a degree');
    expect(screen.getByLabelText('Criterion 2')).toHaveValue('Leads technical teams');
    expect(screen.getByRole('button', { name: /^Move down ?: criterion 1$/ })).toHaveFocus();
    expect(screen.getByRole('button', { name: /^Move up ?: criterion 1$/ })).toBeDisabled();
    expect(screen.getByText('Moved to position 1 of 3.')).toHaveAttribute('role', 'status');

    // Enter on the focused Move down puts it back, as a keyboard user would.
    await user.keyboard('{Enter}');
    expect(saved().personSpec.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    await user.click(screen.getByRole('button', { name: /^Move down ?: criterion 2$/ }));
    expect(saved().personSpec.map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(screen.getByLabelText('Criterion 3')).toHaveValue('Holds a degree');
    const third = screen.getByRole('group', { name: 'Criterion 3 is' });
    expect(within(third).getByRole('radio', { name: 'Desirable' })).toBeChecked();
    expect(screen.getByRole('button', { name: /^Move up ?: criterion 3$/ })).toHaveFocus();
  });
});
