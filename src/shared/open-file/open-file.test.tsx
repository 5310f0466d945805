import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toExchangeJson } from '../../domain/exchange/draft-exchange';
import { useKeystoneStore } from '../../store/keystone-store';
import { writeBackup } from '../../store/storage/backup-file';
import { savedPacks } from '../../testing/memory-peer-pack-db';
import { makeDraft } from '../../testing/make-draft';
import { OpenFile } from './open-file';

vi.mock('../../store/peers/peer-pack-db', () => import('../../testing/memory-peer-pack-db'));

const mine = makeDraft({ id: 'mine', name: 'Head of Technical Services' });

beforeEach(() => {
  savedPacks.clear();
  useKeystoneStore.setState({
    drafts: { mine },
    order: ['mine'],
    currentId: 'mine',
    steps: { mine: 'context' },
    peerPacks: [],
    peerPacksLoaded: true,
  });
});

async function choose(text: string | Uint8Array<ArrayBuffer>, name: string) {
  const user = userEvent.setup();
  const onDraftOpened = vi.fn();
  render(<OpenFile onDraftOpened={onDraftOpened} />);
  expect(screen.getByRole('button', { name: 'Open a file' })).toHaveAccessibleDescription(
    /opens a role draft, a hand-off file or a backup/,
  );
  await user.upload(screen.getByLabelText('File to open'), new File([text], name));
  return { user, onDraftOpened };
}

describe('Open a file', () => {
  it('says a draft file is a draft, and adds it as a new draft only when asked', async () => {
    const incoming = makeDraft({ id: 'mine', name: 'Director of Technical Strategy' });
    const { user, onDraftOpened } = await choose(toExchangeJson(incoming), 'director.json');
    const add = await screen.findByRole('button', { name: 'Add as a new draft' });
    expect(add).toHaveFocus();
    expect(add).toHaveAccessibleDescription(
      /“director\.json” ?: A role draft exported from Keystone: “Director of Technical Strategy”, with 0 responsibilities/,
    );
    expect(useKeystoneStore.getState().order).toEqual(['mine']);

    await user.click(add);
    const state = useKeystoneStore.getState();
    expect(state.order).toHaveLength(2);
    expect(state.drafts.mine).toBe(mine);
    expect(state.currentId).not.toBe('mine');
    expect(state.drafts[state.currentId!]?.name).toBe('Director of Technical Strategy');
    expect(state.storageStatus.announcement).toMatch(
      /Imported “Director of Technical Strategy” from director\.json as a new draft, now open/,
    );
    expect(onDraftOpened).toHaveBeenCalledOnce();
  });

  it('says what a backup holds and what restoring it replaces, then restores it', async () => {
    const backup = writeBackup(
      {
        drafts: {
          mine: makeDraft({ id: 'mine', name: 'Older version' }),
          other: makeDraft({ id: 'other', name: 'Faculty technical manager' }),
        },
        order: ['mine', 'other'],
        currentId: 'mine',
        steps: { mine: 'context', other: 'remit' },
      },
      [],
      new Date('2026-01-01T09:00:00.000Z'),
    );
    const { user } = await choose(backup, 'keystone-backup.json');
    const restore = await screen.findByRole('button', { name: 'Restore these drafts' });
    expect(restore).toHaveAccessibleDescription(
      /A Keystone backup with 2 drafts\. 1 of them is already on this device: restoring replaces it, and keeps the version replaced as a restore point\./,
    );
    await user.click(restore);
    expect(await screen.findByText(/Restored 2 drafts: 1 added, 1 replaced/)).toBeVisible();
    expect(useKeystoneStore.getState().drafts.other?.name).toBe('Faculty technical manager');
  });

  it('adds a peer pack to the library on this device', async () => {
    const csv =
      'id,title,institution_type,nation\nr1,Head of Technical Services,research-intensive,england\n';
    const { user } = await choose(csv, 'network.csv');
    const add = await screen.findByRole('button', { name: 'Add to the peer library' });
    expect(add).toHaveAccessibleDescription(
      /A peer pack, “network” \(CSV file network\.csv\), with 1 role profile\./,
    );
    await user.click(add);
    expect(await screen.findByText(/Imported the peer pack “network”: 1 profile\./)).toBeVisible();
    expect(useKeystoneStore.getState().peerPacks.map((p) => p.name)).toEqual(['network']);
  });

  it('reads a CSV pack Excel saved as Windows-1252, says so, and keeps “Siân” as typed', async () => {
    const csv =
      'id,title,institution_type,nation\nr1,Siân’s Head of Technical Services,research-intensive,wales\n';
    // Windows-1252: â is E2 and ’ is 92, one byte each.
    const bytes = new Uint8Array([...csv].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
    const { user } = await choose(bytes, 'network.csv');
    const add = await screen.findByRole('button', { name: 'Add to the peer library' });
    expect(add).toHaveAccessibleDescription(/saved as Windows-1252.*read it as Windows-1252/);
    await user.click(add);
    await screen.findByText(/Imported the peer pack “network”: 1 profile\./);
    const [profile] = savedPacks.get(useKeystoneStore.getState().peerPacks[0]!.id) as {
      authority: { title: string };
    }[];
    expect(profile!.authority.title).toBe('Siân’s Head of Technical Services');
  });

  it('cancels without changing anything, and gives focus back to the door', async () => {
    const { user } = await choose(toExchangeJson(makeDraft({ name: 'X' })), 'x.json');
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Add as a new draft' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Open a file' })).toHaveFocus();
    expect(useKeystoneStore.getState().order).toEqual(['mine']);
  });

  it.each([
    ['notes.txt', 'Head of technical services', /does not recognise this file/],
    ['jd.pdf', '%PDF-1.7', /PDF document/],
    [
      'broken.json',
      '{"type":"keystone/role-draft","version":1,"draft":{}}',
      /could not be imported/,
    ],
    [
      'future.json',
      '{"type":"keystone-backup","version":99,"state":{}}',
      /newer version of Keystone/,
    ],
  ])('refuses %s with a clear message and changes nothing', async (name, text, why) => {
    const before = useKeystoneStore.getState().drafts;
    await choose(text, name);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `“${name}” was not opened. Nothing on this device was changed.`,
    );
    expect(within(alert).getByRole('listitem')).toHaveTextContent(why);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open a file' })).toBeEnabled());
    expect(useKeystoneStore.getState().drafts).toBe(before);
  });
});
