import { act, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { STORAGE_KEY, useKeystoneStore } from '../../store/keystone-store';
import { writeBackup } from '../../store/storage/backup-file';
import { deleteEverything } from '../../store/storage/delete-everything';
import { startStorageServices } from '../../store/storage/storage-services';
import { writeEnvelope } from '../../store/storage/saved-envelope';
import { makeDraft } from '../../testing/make-draft';
import { SaveStatus } from './save-status';
import { StorageNotices } from './storage-notices';

const store = () => useKeystoneStore.getState();
let clock = 1_000_000;
let stop: () => void = () => undefined;

beforeEach(() => {
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
  URL.createObjectURL = vi.fn(() => 'blob:keystone');
  URL.revokeObjectURL = vi.fn();
  deleteEverything();
  // The app starts these beside React (src/app/start-services.ts); the notices rely on them.
  stop = startStorageServices();
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

async function openPanel() {
  const user = userEvent.setup();
  await user.click(screen.getByText('Backups, restore points and this device'));
  // The panel's contents load when it is first opened.
  await screen.findByRole('heading', { name: 'Restore points' });
  return user;
}

describe('StorageNotices', () => {
  it('says when storage is full, keeps the edit, offers a download, and warns before leaving', async () => {
    render(
      <>
        <SaveStatus updatedAt="2026-01-01T09:00:00.000Z" />
        <StorageNotices />
      </>,
    );
    expect(screen.getByText(/^Saved/)).toBeVisible();
    const id = store().createDraft('Head of Technical Operations');
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() => store().renameDraft(id, 'Renamed while full'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your latest changes are not saved on this device');
    expect(alert).toHaveTextContent(/storage for Keystone is full.*kept in this tab/);
    expect(store().drafts[id]?.name).toBe('Renamed while full');
    expect(screen.getByText('Not saved on this device')).toBeVisible();
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    await userEvent.click(within(alert).getByRole('button', { name: 'Download all drafts' }));
    // The backup writer loads when the button is pressed.
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toContain('Renamed while full');
    setItem.mockRestore();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try saving again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toContain('Renamed while full');
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });

  it('gives a clear choice when another tab saved over unsaved changes', async () => {
    render(<StorageNotices />);
    const id = store().createDraft('Mine');
    const theirs = makeDraft({ id: 'o1', name: 'Theirs' });
    const raw = writeEnvelope({
      revision: 50,
      writer: 'other',
      savedAt: '',
      version: 1,
      state: { drafts: { o1: theirs }, order: ['o1'], currentId: 'o1', steps: {} },
    });
    localStorage.setItem(STORAGE_KEY, raw);
    act(() => store().renameDraft(id, 'Mine, edited'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your drafts were changed in another tab');
    await userEvent.click(within(alert).getByRole('button', { name: 'Keep this tab’s changes' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toContain('Mine, edited');
  });

  it('undoes and redoes edits with buttons', async () => {
    render(<StorageNotices />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAttribute('aria-disabled', 'true');
    act(() => void store().createDraft('A role'));
    expect(undo).not.toHaveAttribute('aria-disabled');
    await userEvent.click(undo);
    expect(store().order).toEqual([]);
    // Nothing left to undo: focus moves to Redo rather than falling to the page body.
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(redo).toHaveFocus();
    await userEvent.click(undo);
    expect(store().order).toEqual([]);
    await userEvent.click(redo);
    expect(store().order).toHaveLength(1);
    expect(undo).toHaveFocus();
  });

  it('saves a named restore point, compares it with now, and restores it', async () => {
    const id = store().createDraft('Director of Technical Strategy');
    render(<StorageNotices />);
    const user = await openPanel();
    await user.type(screen.getByLabelText(/Name for a restore point/), 'Agreed with HR');
    await user.click(screen.getByRole('button', { name: 'Save restore point' }));
    expect(screen.getByText('Saved restore point “Agreed with HR”.')).toBeVisible();
    clock += 10_000;
    act(() =>
      store().updateDraft(id, (d) => ({
        ...d,
        authority: { ...d.authority, gradeBand: 'executive' },
      })),
    );
    const table = screen.getByRole('table', { name: '1 difference' });
    expect(within(table).getByRole('rowheader', { name: 'Authority: Grade' })).toBeVisible();
    expect(table).toHaveTextContent('Not answered');
    expect(table).toHaveTextContent('Executive');
    await user.click(screen.getByRole('button', { name: /Restore “Agreed with HR”/ }));
    expect(store().drafts[id]?.authority.gradeBand).toBeNull();
    expect(screen.getByText(/Your previous version is kept as a restore point/)).toBeVisible();
  });

  it('restores drafts from a backup, and refuses a bad file saying nothing changed', async () => {
    render(<StorageNotices />);
    const user = await openPanel();
    const input = screen.getByLabelText('Restore from a backup file');
    await user.upload(input, new File(['{"type":"keystone-backup","version":'], 'cut.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /The backup was not restored\. The file is not valid JSON.*Nothing on this device was changed\./,
    );
    const backup = writeBackup(
      {
        drafts: { b1: makeDraft({ id: 'b1', name: 'From the backup' }) },
        order: ['b1'],
        currentId: 'b1',
        steps: {},
      },
      [],
      new Date(),
    );
    await user.upload(input, new File([backup], 'keystone-backup.json'));
    expect(await screen.findByText('Restored 1 draft: 1 added, 0 replaced.')).toBeVisible();
    expect(store().drafts.b1?.name).toBe('From the backup');
  });

  it('deletes everything on this device only after confirmation', async () => {
    store().createDraft('Confidential');
    render(<StorageNotices />);
    const user = await openPanel();
    await user.click(screen.getByRole('button', { name: 'Delete everything on this device' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete everything on this device?' });
    expect(dialog).toHaveTextContent('This deletes 1 draft');
    // The safe choice has focus, not "Download all drafts".
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store().order).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete everything on this device' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete everything' }),
    );
    expect(store().order).toEqual([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('keystone'))).toEqual([]);
    expect(
      screen.getByText('Everything Keystone kept on this device has been deleted.'),
    ).toBeVisible();
  });

  it('shows whether persistent storage was granted', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => false, persist: async () => true },
    });
    // The request is made when the services start: start them again with this browser's answer.
    stop();
    stop = startStorageServices();
    render(<StorageNotices />);
    await openPanel();
    expect(await screen.findByText(/has agreed to keep Keystone’s storage/)).toBeVisible();
  });

  it('shows script in a draft’s text as text, never as markup', async () => {
    const script = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    store().createDraft(script);
    const { container } = render(<StorageNotices />);
    await openPanel();
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByLabelText(`Name for a restore point of “${script}”`)).toBeVisible();
  });
});
