/**
 * A view renamed or removed by an update, still saved as where a draft was open. Its own file:
 * the store must be created afresh over the saved data (vi.resetModules).
 */
import { act, render, screen } from '@testing-library/react';
import { STORE_VERSION } from '../store/migrations';
import { writeEnvelope } from '../store/storage/saved-envelope';
import type { ViewId } from '../store/views';
import { makeDraft } from '../testing/make-draft';

const draft = makeDraft({ id: 'd1', name: 'Director of Technical Strategy' });

function save(steps: Record<string, string>) {
  const raw = writeEnvelope({
    revision: 1,
    writer: 'earlier-version',
    savedAt: '',
    version: STORE_VERSION,
    state: { drafts: { d1: draft }, order: ['d1'], currentId: 'd1', steps },
  });
  localStorage.setItem('keystone', raw);
}

async function freshApp() {
  vi.resetModules();
  const { App } = await import('./app');
  const { useKeystoneStore } = await import('../store/keystone-store');
  render(<App />);
  return useKeystoneStore;
}

describe('A saved view that no longer exists', () => {
  it('opens the draft on the first step, with the header and the draft intact', async () => {
    save({ d1: 'no-such-view' });
    const store = await freshApp();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Institution context' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Keystone' })).toBeVisible();
    expect(screen.getByText('Director of Technical Strategy')).toBeVisible();
    expect(store.getState().drafts).toEqual({ d1: draft });
    expect(store.getState().steps).toEqual({ d1: 'context' });
  });

  it('falls back to the first step even when an unknown view arrives while the app runs', async () => {
    save({ d1: 'review' });
    const store = await freshApp();
    await screen.findByRole('heading', { level: 2, name: 'Review' });
    act(() => store.setState({ steps: { d1: 'retired-view' as ViewId } }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Institution context' }),
    ).toBeVisible();
    expect(store.getState().drafts).toEqual({ d1: draft });
  });
});
