/**
 * Unreadable saved data at start-up. Its own file: the store must be created afresh over the
 * damaged data (vi.resetModules), which would leave other tests holding a different store.
 */
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import v1 from '../../../tests/fixtures/store-v1-first-release.json?raw';

const STORAGE_KEY = 'keystone';

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:keystone');
  URL.revokeObjectURL = vi.fn();
});

describe('StorageNotices over unreadable saved data', () => {
  it('tells the person plainly when saved data could not be read, keeps it and offers it', async () => {
    const broken = v1.slice(0, 500);
    localStorage.setItem(STORAGE_KEY, broken);
    vi.resetModules();
    const fresh = await import('./storage-notices');
    render(<fresh.StorageNotices />);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Some saved data could not be read' }),
    ).toBeVisible();
    expect(alert).toHaveTextContent(
      /The saved drafts could not be read: the saved text is cut short or damaged\./,
    );
    expect(alert).toHaveTextContent(/kept aside on this device, untouched/);
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('keystone:unreadable:'));
    expect(keys.map((k) => localStorage.getItem(k))).toEqual([broken]);
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Download the unreadable data' }),
    );
    // The backup writer loads when the button is pressed.
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe(broken);
  });
});
