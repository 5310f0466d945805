/** The whole wizard, as a person would take it: from a first visit to a scored review. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useKeystoneStore } from '../store/keystone-store';
import { initialData } from '../store/keystone-data';
import { App } from './app';

const next = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Next' }));

// Note: steps load lazily; the review is the largest chunk, so allow it time to arrive.
const stepHeading = (name: string) =>
  screen.findByRole('heading', { level: 2, name }, { timeout: 5000 });

describe('The guided wizard', () => {
  beforeEach(() => useKeystoneStore.setState(initialData));

  it('takes a first-time visitor from a blank draft to a complete, scored draft', async () => {
    const user = userEvent.setup();
    render(<App />);

    await stepHeading('Institution context');
    expect(screen.getByText('Untitled role')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Institution name'), 'University of Northbridge');
    await user.selectOptions(screen.getByLabelText('Nation'), 'Scotland');
    await user.click(screen.getByRole('radio', { name: 'Research-intensive' }));
    await next(user);

    expect(await stepHeading('Remit')).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Institution-wide' }));
    await user.click(
      screen.getByRole('checkbox', { name: 'Research facilities and core equipment' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Teaching laboratories' }));
    await next(user);

    expect(await stepHeading('Seniority and authority')).toHaveFocus();
    await user.type(screen.getByLabelText('Job title'), 'Director of Technical Strategy');
    await user.selectOptions(screen.getByLabelText('Grade'), 'Executive');
    await user.selectOptions(screen.getByLabelText('Reports to'), 'Vice-Chancellor or Principal');
    await user.click(screen.getByRole('checkbox', { name: 'University executive board' }));
    await user.click(
      screen.getByRole('radio', { name: 'Owns the technical budget and sets its priorities' }),
    );
    await next(user);

    await stepHeading('Responsibilities');
    await user.type(screen.getByRole('searchbox', { name: 'Search the catalogue' }), 'strategy');
    for (let i = 0; i < 3; i += 1) {
      const add = screen.getAllByRole('button', { name: /^Add ?:/ })[0]!;
      await user.click(add);
    }
    await next(user);

    await stepHeading('Person specification');
    await user.click(screen.getAllByRole('button', { name: /^Add ?:/ })[0]!);
    await next(user);

    await stepHeading('Review');
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    for (const name of [
      'Institution context',
      'Remit',
      'Seniority and authority',
      'Responsibilities',
      'Person specification',
      'Review',
    ]) {
      expect(
        within(steps).getByRole('button', { name: new RegExp(`^${name} ?, complete`) }),
      ).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 3, name: /out of 100/ })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Alignment with the definition' }),
    ).toBeInTheDocument();

    // Jump back from the step list: the answers are still there.
    await user.click(within(steps).getByRole('button', { name: /^Remit/ }));
    expect(await stepHeading('Remit')).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Institution-wide' })).toBeChecked();
    // Note: a long journey typed key by key; the default 5 s is for unit tests.
  }, 60_000);
});
