import { screen, within } from '@testing-library/react';
import { CITATION } from '../../domain/definition';
import { fromCatalogueIds, ownResponsibility } from '../../testing/make-draft';
import { renderWithDraft } from '../../testing/render-with-draft';
import { ReviewScreen } from './review-screen';

const review = (overrides = {}) => renderWithDraft(<ReviewScreen />, overrides, 'review');

describe('Review', () => {
  it('leads with the verdict, contradictions, the path to the next band, top changes, clauses', () => {
    review({ remit: { scope: 'institution' }, authority: { reportsTo: 'faculty-head' } });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    const at = (name: string | RegExp) => headings.findIndex((h) => new RegExp(name).test(h ?? ''));
    expect(at(/out of 100/)).toBe(0);
    expect(at('Contradictions')).toBe(1);
    expect(at('The path to')).toBe(2);
    expect(at('The changes that would move the role most')).toBe(3);
    expect(at('Clause by clause')).toBe(4);
    // Folded: the 33 "Add this responsibility" buttons no longer stand between the verdict and
    // the contradictions.
    expect(screen.getByText(/Each of the nine clauses/).closest('details')).not.toHaveAttribute(
      'open',
    );
  });

  it('offers the three changes that would move the role most, and makes one', async () => {
    const { user, saved } = review();
    const section = screen.getByRole('region', {
      name: 'The changes that would move the role most',
    });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    for (const item of items) expect(item).toHaveTextContent(/\+\d+ overall/);
    const add = within(section).queryAllByRole('button', { name: /^Add this responsibility/ })[0];
    if (add) {
      await user.click(add);
      expect(saved().responsibilities).toHaveLength(1);
      expect(
        screen.getByRole('heading', { name: 'The changes that would move the role most' }),
      ).toHaveFocus();
    }
  });

  it('shows the changes, in order, that would take the role into the band above', () => {
    review({
      remit: { scope: 'one-faculty', areas: ['teaching-labs'], techniciansInRemit: 30 },
      authority: { gradeBand: 'grade-8', budgetAuthority: 'delegated', annualBudget: 300_000 },
      responsibilities: fromCatalogueIds(['facility-operations', 'team-management']),
    });
    const section = screen.getByRole('region', { name: 'The path to “Senior technical manager”' });
    expect(within(section).getByText(/would take the role to \d+ out of 100/)).toBeVisible();
    const steps = within(section).getAllByRole('listitem');
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step).toHaveTextContent(/\+\d+, to \d+$/);
  });

  it('says when a draft is longer than a job description should be', () => {
    const ids = [
      'technical-strategy',
      'workforce-plan',
      'tc-lead',
      'skills-gap',
      'career-pathways',
    ];
    const more = ['mentoring', 'succession', 'registration', 'job-family'];
    review({ responsibilities: fromCatalogueIds([...ids, ...more]) });
    expect(
      screen.getByText(
        /This draft has 9 responsibilities; a UK job description usually holds 6 to 8/,
      ),
    ).toBeVisible();
  });

  it('shows each clause with its score, its evidence and what would raise it', async () => {
    const { user } = review({
      authority: { seats: ['executive-board'] },
      responsibilities: fromCatalogueIds(['exec-member']),
    });
    await user.click(screen.getByText(/Each of the nine clauses/));
    const clause = screen.getByRole('region', { name: 'Empowered decision-maker' });
    expect(within(clause).getByText(/out of 100/)).toBeInTheDocument();
    expect(
      within(clause).getByText(/A seat on the university executive board/),
    ).toBeInTheDocument();
    expect(within(clause).getByRole('heading', { name: 'What would raise it' })).toBeVisible();
  });

  it('applies a recommended responsibility with one click', async () => {
    const { user, saved } = review();
    const clause = screen.getByRole('region', { name: 'Anticipates future needs' });
    const before = within(clause).getByText(/out of 100/).textContent;
    const [add] = within(clause).getAllByRole('button', { name: /^Add this responsibility/ });
    await user.click(add!);
    expect(saved().responsibilities).toHaveLength(1);
    expect(within(clause).getByText(/out of 100/).textContent).not.toBe(before);
    expect(within(clause).getByRole('heading', { name: 'Anticipates future needs' })).toHaveFocus();
  });

  it('says where the wording of the user’s own responsibility does not show a ticked clause', async () => {
    const { user, saved, view } = review({
      responsibilities: [
        ownResponsibility('Organise the technicians’ summer social.', ['advocates']),
      ],
    });
    const section = screen.getByRole('region', {
      name: 'Ticked clauses the wording does not show',
    });
    expect(section).toHaveTextContent(
      '“Organise the technicians’ summer social.” is ticked for “Advocates for technicians”, but its wording does not show it.',
    );
    await user.click(within(section).getByRole('button', { name: /^Add it/ }));
    expect(saved().responsibilities).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /^Reword it in Responsibilities/ }));
    expect(view()).toBe('responsibilities');
  });

  it('says once that a score moved now that wording counts, and why', async () => {
    localStorage.clear();
    const { user, unmount } = review({
      authority: { title: 'Technical Manager' },
      responsibilities: [
        ownResponsibility('Organise the technicians’ summer social.', ['advocates']),
      ],
    });
    const notice = screen.getByRole('region', { name: 'Scores that moved: wording now counts' });
    expect(notice).toHaveTextContent(/Technical Manager: \d+ → \d+ out of 100/);
    await user.click(within(notice).getByRole('button', { name: 'Understood' }));
    expect(screen.queryByRole('region', { name: /Scores that moved/ })).toBeNull();
    unmount();
    review({
      responsibilities: [
        ownResponsibility('Organise the technicians’ summer social.', ['advocates']),
      ],
    });
    expect(screen.queryByRole('region', { name: /Scores that moved/ })).toBeNull();
  });

  it('opens the step where an answer would raise a score', async () => {
    const { user, view } = review();
    const clause = screen.getByRole('region', { name: 'Empowered decision-maker' });
    const [change] = within(clause).getAllByRole('button', { name: /^Change this in/ });
    await user.click(change!);
    expect(view()).toBe('authority');
  });

  it('lists contradictions with their fixes', async () => {
    const { user, view } = review({
      remit: { scope: 'institution' },
      authority: { reportsTo: 'faculty-head' },
    });
    const section = screen.getByRole('region', { name: 'Contradictions' });
    expect(within(section).getAllByText(/^Fix:/).length).toBeGreaterThan(0);
    await user.click(within(section).getAllByRole('button', { name: /^Fix this in/ })[0]!);
    expect(view()).not.toBe('review');
  });

  it('shows the two lenses, how the scores work, and the definition with its citation', () => {
    review();
    expect(screen.getByRole('table', { name: /Technician Commitment/ })).toBeInTheDocument();
    // The two lenses and the balance reading of the wording.
    expect(screen.getAllByRole('table')).toHaveLength(3);
    expect(screen.getByRole('heading', { name: 'How the scores work' })).toBeInTheDocument();
    expect(screen.getByText(/An empowered decision-maker who aligns/)).toBeInTheDocument();
    expect(screen.getByText(CITATION.title)).toBeInTheDocument();
  });

  it('lists the decisions without a reason, the one a contradiction rests on before the rest', async () => {
    const { user, view } = review({
      remit: { scope: 'institution' },
      authority: { budgetAuthority: 'none', fte: 1 },
      responsibilities: fromCatalogueIds(['technical-strategy', 'costing-policy']),
    });
    const section = screen.getByRole('region', { name: 'Decisions without a reason' });
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    const budget = items.findIndex((t) => t.startsWith('Budget'));
    expect(items[budget]).toMatch(/contradictions? depends? on it/);
    expect(budget).toBeLessThan(items.findIndex((t) => t.startsWith('FTE')));
    await user.click(within(section).getByRole('button', { name: /Give a reason in .*: Budget/ }));
    expect(view()).toBe('authority');
  });
});
