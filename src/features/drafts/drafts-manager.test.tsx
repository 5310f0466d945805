import { screen, within } from '@testing-library/react';
import { useKeystoneStore } from '../../store/keystone-store';
import { renderWithDraft } from '../../testing/render-with-draft';
import { DraftsManager } from './drafts-manager';
import { freeName } from './new-draft';

const state = () => useKeystoneStore.getState();
const names = () => state().order.map((id) => state().drafts[id]?.name);

describe('Drafts', () => {
  it('creates a blank draft and one from a template, and opens each', async () => {
    const onDone = vi.fn();
    const { user } = renderWithDraft(<DraftsManager onDone={onDone} />);
    await user.click(screen.getByRole('button', { name: 'New blank draft' }));
    expect(names()).toEqual(['Test role', 'Untitled role']);
    expect(state().currentId).toBe(state().order[1]);

    await user.selectOptions(
      screen.getByLabelText('Or start from a template'),
      'Head of technical services',
    );
    await user.click(screen.getByRole('button', { name: 'Start from this template' }));
    const created = state().drafts[state().currentId!]!;
    expect(created.name).toBe('Head of technical services');
    expect(created.responsibilities.length).toBeGreaterThan(0);
    expect(onDone).toHaveBeenCalledTimes(2);
  });

  it('renames, duplicates and switches drafts', async () => {
    const { user } = renderWithDraft(<DraftsManager onDone={() => undefined} />);
    await user.click(screen.getByRole('button', { name: /^Rename/ }));
    const input = screen.getByLabelText(/New name for/);
    await user.clear(input);
    await user.type(input, 'Director of Technical Strategy{Enter}');
    expect(names()).toEqual(['Director of Technical Strategy']);

    await user.click(screen.getByRole('button', { name: /^Duplicate/ }));
    expect(names()).toEqual([
      'Director of Technical Strategy',
      'Director of Technical Strategy (copy)',
    ]);
    const first = state().order[0]!;
    const list = screen.getByRole('list', { name: 'Drafts' });
    await user.click(within(list).getByRole('button', { name: /^Open/ }));
    expect(state().currentId).toBe(first);
  });

  it('deletes a draft and brings it back with undo', async () => {
    const { user, saved } = renderWithDraft(<DraftsManager onDone={() => undefined} />);
    const original = saved();
    await user.click(screen.getByRole('button', { name: /^Delete/ }));
    expect(state().drafts[original.id]).toBeUndefined();
    expect(names()).toEqual(['Untitled role']);
    expect(screen.getByText(/Deleted “Test role”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(state().drafts[original.id]).toEqual(original);
    expect(state().currentId).toBe(original.id);
  });

  it('finds a free name for a new draft', () => {
    expect(freeName('Untitled role', [])).toBe('Untitled role');
    expect(freeName('Untitled role', ['Untitled role', 'Untitled role 2'])).toBe('Untitled role 3');
  });
});
