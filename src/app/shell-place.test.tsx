/**
 * Issue 13, part 6, "nobody loses their place": the page title names the view (so tabs and
 * history say where one is), and the outline keeps its levels with the backups panel open.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useKeystoneStore } from '../store/keystone-store';
import { initialData } from '../store/keystone-data';
import { App } from './app';

const viewHeading = (name: string | RegExp) =>
  screen.findByRole('heading', { level: 2, name }, { timeout: 5000 });

describe('The shell keeps one’s place', () => {
  beforeEach(() => useKeystoneStore.setState(initialData));

  it('names the view and the draft in the page title, and changes it with the view', async () => {
    const user = userEvent.setup();
    render(<App />);
    await viewHeading('Institution context');
    expect(document.title).toBe('Institution context: Untitled role – Keystone');

    const steps = screen.getByRole('navigation', { name: 'Steps' });
    for (const view of ['Review', 'Benchmark', 'Export']) {
      await user.click(within(steps).getByRole('button', { name: new RegExp(`^${view}\\b`) }));
      await viewHeading(new RegExp(`^${view}`));
      expect(document.title).toBe(`${view}: Untitled role – Keystone`);
    }
  });

  it('keeps heading levels in order with the backups panel open: no jump from h1 to h3', async () => {
    const user = userEvent.setup();
    render(<App />);
    await viewHeading('Institution context');
    await user.click(screen.getByText('Backups, restore points and this device'));
    await screen.findByRole('heading', { name: 'Backups' });

    // The headings a screen reader lists (a closed dialog's are not among them), in order.
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    const jumps = levels.flatMap((level, i) =>
      i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : [],
    );
    expect(jumps).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Backups' })).toHaveProperty('tagName', 'H2');
  });
});
