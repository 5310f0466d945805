import { screen, within } from '@testing-library/react';
import { fromCatalogueIds } from '../../testing/make-draft';
import { renderWithDraft } from '../../testing/render-with-draft';
import { ResponsibilitiesStep } from './responsibilities-step';

const step = (ids: string[] = []) =>
  renderWithDraft(
    <ResponsibilitiesStep />,
    { responsibilities: fromCatalogueIds(ids) },
    'responsibilities',
  );

describe('Responsibilities step', () => {
  it('browses the catalogue by clause and adds a responsibility', async () => {
    const { user, saved } = step();
    const group = screen.getByText(/^Advocates for technicians/, { selector: 'summary' });
    await user.click(group);
    const list = group.closest('details')!;
    const [add] = within(list).getAllByRole('button', { name: /^Add ?:/ });
    await user.click(add!);
    expect(saved().responsibilities).toHaveLength(1);
    expect(saved().responsibilities[0]!.catalogueId).not.toBeNull();
    expect(add).toHaveTextContent(/^Added/);
    expect(screen.getByLabelText('Responsibility 1')).toHaveValue(
      saved().responsibilities[0]!.text,
    );
  });

  it('searches the catalogue', async () => {
    const { user } = step();
    await user.type(screen.getByRole('searchbox', { name: 'Search the catalogue' }), 'apprentice');
    expect(screen.getByText(/1 responsibility matches/)).toBeInTheDocument();
    expect(
      screen.getAllByRole('button', {
        name: /^Add ?: Establish and grow technical apprenticeships/,
      }).length,
    ).toBeGreaterThan(0);
  });

  it('rewords, reorders with Move up and Move down, and removes', async () => {
    const { user, saved } = step(['exec-member', 'budget-holder', 'apprenticeships']);
    const second = saved().responsibilities[1]!;
    await user.click(screen.getByRole('button', { name: /^Move up ?: responsibility 2$/ }));
    expect(saved().responsibilities[0]!.id).toBe(second.id);
    expect(screen.getByRole('button', { name: /^Move down ?: responsibility 1$/ })).toHaveFocus();
    expect(screen.getByText('Moved to position 1 of 3.')).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: /^Move down ?: responsibility 1$/ }));
    expect(saved().responsibilities[1]!.id).toBe(second.id);

    const text = screen.getByLabelText('Responsibility 3');
    await user.clear(text);
    await user.type(text, 'Lead apprenticeships.');
    expect(saved().responsibilities[2]!.text).toBe('Lead apprenticeships.');

    await user.click(screen.getByRole('button', { name: /^Remove ?: responsibility 1$/ }));
    expect(saved().responsibilities).toHaveLength(2);
  });

  it('keeps the whitespace a person types: double and trailing spaces, line breaks', async () => {
    const { user, saved } = step(['exec-member', 'budget-holder']);
    const text = screen.getByLabelText('Responsibility 2');
    await user.clear(text);
    await user.type(text, '  Leads  the budget,{Enter}{Enter}with care.  ');
    const typed = '  Leads  the budget,\n\nwith care.  ';
    expect(saved().responsibilities[1]!.text).toBe(typed);
    expect(text).toHaveValue(typed);
  });

  it('writes a responsibility of your own and asks which clauses it evidences', async () => {
    const { user, saved } = step(['exec-member', 'budget-holder', 'apprenticeships']);
    await user.click(screen.getByRole('button', { name: 'Write your own responsibility' }));
    const text = screen.getByLabelText('Responsibility 4');
    expect(text).toHaveFocus();
    await user.type(text, 'Chair the technicians’ forum.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      await screen.findByText('Tick at least one clause this responsibility evidences.'),
    ).toBeVisible();

    const tags = screen.getByRole('group', { name: 'Clauses responsibility 4 evidences' });
    await user.click(within(tags).getByRole('checkbox', { name: 'Advocates for technicians' }));
    expect(saved().responsibilities[3]).toMatchObject({
      catalogueId: null,
      text: 'Chair the technicians’ forum.',
      clauses: ['advocates'],
    });
  });

  it('asks for at least three before moving on', async () => {
    const { user, view } = step(['exec-member']);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText(/Add at least 3 responsibilities/)).toHaveAttribute(
      'role',
      'alert',
    );
    expect(view()).toBe('responsibilities');
  });
});
