/**
 * A view (or the alignment beside it) that fails to render: the rest of the app stays, with a
 * way to keep the drafts safe.
 */
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useKeystoneStore } from '../store/keystone-store';
import { makeDraft } from '../testing/make-draft';
import { App } from './app';

vi.mock('../features/review/review-screen', () => ({
  ReviewScreen: () => {
    throw new Error('A value the review cannot show');
  },
}));

vi.mock('../features/alignment/alignment-panel', () => ({
  AlignmentPanel: () => {
    throw new Error('A value the alignment cannot score');
  },
}));

const draft = makeDraft({ id: 'd1', name: 'Director of Technical Strategy' });

beforeEach(() => {
  // React reports every caught error on the console; the test expects this one.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  URL.createObjectURL = vi.fn(() => 'blob:keystone');
  URL.revokeObjectURL = vi.fn();
  useKeystoneStore.setState({
    drafts: { d1: draft },
    order: ['d1'],
    currentId: 'd1',
    steps: { d1: 'review' },
  });
});
afterEach(() => vi.restoreAllMocks());

describe('A view that fails', () => {
  it('says what happened inside the main area, keeping the header and the steps', async () => {
    render(<App />);
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: '“Review” could not be shown',
    });
    // Focus moves once the notice has mounted (an effect), which a busy machine may not have run yet.
    await waitFor(() => expect(heading).toHaveFocus());
    const problem = screen.getByRole('region', { name: '“Review” could not be shown' });
    expect(problem).toHaveTextContent('Your drafts are kept');
    expect(screen.getByRole('heading', { level: 1, name: 'Keystone' })).toBeVisible();
    expect(screen.getByText('Director of Technical Strategy')).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Steps' })).toBeVisible();

    await userEvent.click(within(problem).getByRole('button', { name: 'Download all drafts' }));
    // The backup writer loads when the button is pressed.
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toContain('Director of Technical Strategy');
  });

  it('goes back to the first step, and the other steps still work', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: '“Review” could not be shown' });
    await userEvent.click(screen.getByRole('button', { name: 'Go to the first step' }));
    const first = await screen.findByRole('heading', { level: 2, name: 'Institution context' });
    await waitFor(() => expect(first).toHaveFocus());
    expect(useKeystoneStore.getState().drafts.d1).toEqual(draft);
  });

  it('tries again on request, and says so again if it still fails', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: '“Review” could not be shown' });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { name: '“Review” could not be shown' }),
    ).toBeVisible();
  });

  it('keeps the alignment heading and says plainly when the alignment fails', async () => {
    useKeystoneStore.setState({ steps: { d1: 'context' } });
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Institution context' });
    const aside = screen.getByRole('complementary', { name: 'Alignment with the definition' });
    expect(
      await within(aside).findByText(
        /could not be worked out for this draft\. Your answers are kept/,
      ),
    ).toBeVisible();
  });
});
