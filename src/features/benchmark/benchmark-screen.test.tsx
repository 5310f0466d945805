import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { matchesFilter } from '../../domain/benchmark/peer-set';
import { PEER_PACK_TYPE } from '../../domain/peers/peer-pack';
import { SHIPPED_PEERS } from '../../domain/peers/shipped-peers';
import { useKeystoneStore } from '../../store/keystone-store';
import { fromCatalogueIds, makeDraft } from '../../testing/make-draft';
import { savedPacks } from '../../testing/memory-peer-pack-db';
import { BenchmarkScreen } from './benchmark-screen';

vi.mock('../../store/peers/peer-pack-db', () => import('../../testing/memory-peer-pack-db'));

const draft = makeDraft({
  name: 'Head of Technical Strategy',
  remit: { scope: 'institution', techniciansInRemit: 400 },
  authority: { gradeBand: 'grade-9', budgetAuthority: 'none', reportsTo: 'ps-director' },
  responsibilities: fromCatalogueIds(['technical-strategy', 'tc-lead']),
});

beforeEach(() => {
  savedPacks.clear();
  useKeystoneStore.setState({
    drafts: { [draft.id]: draft },
    order: [draft.id],
    currentId: draft.id,
    peerPacks: [],
    peerPacksLoaded: false,
  });
});

/** The draft is at grade 9 and answers nothing else that chooses peers: grades 8 to 10. */
const LIKE_ROLE = SHIPPED_PEERS.filter((p) =>
  ['grade-8', 'grade-9', 'grade-10'].includes(p.profile.authority.gradeBand ?? ''),
).length;
const PEER_SET = /chosen from this role’s answers/;

const fileOf = (text: string, name: string) =>
  new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' });

describe('BenchmarkScreen', () => {
  it('compares the draft with the illustrative peers, as charts with tables, and labels them illustrative', async () => {
    render(<BenchmarkScreen />);
    expect(screen.getByRole('heading', { name: 'Benchmark against peers' })).toBeVisible();
    expect(screen.getByText(PEER_SET)).toHaveTextContent(
      `Peers at Grade 8, Grade 9 or Grade 10 (top of the pay spine), chosen from this role’s answers: ${LIKE_ROLE} peers`,
    );
    expect(screen.getAllByText('Illustrative').length).toBeGreaterThan(0);
    const clauses = screen.getByRole('table', {
      name: /Clause scores: this role and the peer median/,
    });
    expect(within(clauses).getAllByRole('row')).toHaveLength(10);
    const positions = screen.getByRole('table', { name: 'Position among peers on each dimension' });
    const budget = within(positions).getByRole('row', { name: /Budget authority/ });
    expect(budget).toHaveTextContent(
      /No budget.*(Joint lowest, with \d+% of peers|Below every peer)/,
    );
    expect(screen.getAllByRole('img').length).toBe(2);
    expect(
      screen.getByText(/Less budget authority than (every peer|\d+% of peers) \(bottom quartile\)/),
    ).toBeVisible();
    expect(screen.getByRole('table', { name: 'Seats among peers' })).toHaveTextContent(
      /University executive board/,
    );
  });

  it('shows no percentile, quartile or share when fewer than five peers are in the set', () => {
    const few = {
      ...draft,
      peerFilter: {
        ...draft.peerFilter,
        nations: ['wales' as const],
        seniority: ['grade-10' as const],
      },
    };
    expect(SHIPPED_PEERS.filter((p) => matchesFilter(p, few.peerFilter)).length).toBeLessThan(5);
    act(() => useKeystoneStore.setState({ drafts: { [draft.id]: few } }));
    render(<BenchmarkScreen />);
    expect(
      screen.getByText(/With fewer than five peers Keystone shows no percentiles/),
    ).toBeVisible();
    expect(screen.queryByRole('table', { name: /Position among peers/ })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Seats among peers' })).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByText(/\d+% of peers/)).toBeNull();
  });

  it('keeps the chosen peer set with the draft', async () => {
    const user = userEvent.setup();
    render(<BenchmarkScreen />);
    await user.click(screen.getByText('Choose the peer set'));
    await user.click(screen.getByRole('checkbox', { name: 'Wales' }));
    expect(useKeystoneStore.getState().drafts[draft.id]?.peerFilter.nations).toEqual(['wales']);
    expect(screen.getByText(/Peers in Wales/)).toBeVisible();
  });

  it('imports a pack, lists it with its source, and removes it again', async () => {
    const user = userEvent.setup();
    render(<BenchmarkScreen />);
    const pack = {
      type: PEER_PACK_TYPE,
      version: 1,
      name: 'Northern network',
      source: 'Northern technical managers',
      createdAt: '2026-10-01',
      illustrative: false,
      profiles: [
        makeDraft({
          id: 'n1',
          authority: { title: 'Head of Technical Services', gradeBand: 'grade-10' },
        }),
      ],
    };
    await user.upload(
      screen.getByLabelText('Peer pack file (JSON or CSV)'),
      fileOf(JSON.stringify(pack), 'north.json'),
    );
    await user.click(screen.getByRole('button', { name: 'Import peer pack' }));
    expect(await screen.findByText(/Imported “Northern network”: 1 profiles/)).toBeVisible();
    expect(screen.getByRole('row', { name: /Northern network/ })).toHaveTextContent(
      'Northern technical managers (north.json)',
    );
    expect(screen.getByText(PEER_SET)).toHaveTextContent(`${LIKE_ROLE + 1} peers`);
    // Packs cleared elsewhere ("delete everything") leave the comparison at once.
    const packs = useKeystoneStore.getState().peerPacks;
    act(() => useKeystoneStore.setState({ peerPacks: [] }));
    expect(screen.getByText(PEER_SET)).toHaveTextContent(`${LIKE_ROLE} peers`);
    act(() => useKeystoneStore.setState({ peerPacks: packs }));
    await user.click(screen.getByRole('button', { name: 'Remove pack Northern network' }));
    expect(await screen.findByText(/Removed “Northern network”/)).toBeVisible();
    expect(screen.queryByRole('row', { name: /Northern network/ })).toBeNull();
  });

  it('refuses a broken file whole, says which row and column, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<BenchmarkScreen />);
    const csv =
      'institution_type,nation,grade_band\nspecialist,wales,grade-9\nbroad-based,atlantis,grade-8\n';
    await user.upload(
      screen.getByLabelText('Peer pack file (JSON or CSV)'),
      fileOf(csv, 'bad.csv'),
    );
    await user.click(screen.getByRole('button', { name: 'Import peer pack' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“bad.csv” was not imported. Nothing has changed.');
    expect(alert).toHaveTextContent(/Row 3: column nation should be one of/);
    expect(useKeystoneStore.getState().peerPacks).toEqual([]);
    expect(savedPacks.size).toBe(0);
  });

  it('compares two drafts against the same peers', async () => {
    const director = makeDraft({
      id: 'draft-2',
      name: 'Director of Technical Strategy',
      authority: { gradeBand: 'above-spine' },
    });
    act(() =>
      useKeystoneStore.setState((s) => ({
        drafts: { ...s.drafts, [director.id]: director },
        order: [...s.order, director.id],
      })),
    );
    const user = userEvent.setup();
    render(<BenchmarkScreen />);
    await user.click(screen.getByRole('checkbox', { name: 'Director of Technical Strategy' }));
    const table = screen.getByRole('table', {
      name: new RegExp(`Drafts compared against the same ${LIKE_ROLE} peers`),
    });
    expect(within(table).getByRole('row', { name: /^Grade/ })).toHaveTextContent(
      /Grade 9.*Above the spine/,
    );
  });

  it('says when a size is not a whole number, and keeps the last good one', async () => {
    const user = userEvent.setup();
    render(<BenchmarkScreen />);
    await user.click(screen.getByText('Choose the peer set'));
    const min = screen.getByLabelText('At least (technical staff)');
    await user.type(min, '200');
    expect(useKeystoneStore.getState().drafts[draft.id]?.peerFilter.minCommunity).toBe(200);
    await user.type(min, 'x');
    expect(min).toHaveAccessibleDescription(/cannot read “200x” as a number.*range is open/);
    expect(min).toBeInvalid();
    expect(min).toHaveValue('200x');
    expect(useKeystoneStore.getState().drafts[draft.id]?.peerFilter.minCommunity).toBe(200);
  });

  it('reads sizes as the number fields do, and says how it read them', async () => {
    const user = userEvent.setup();
    render(<BenchmarkScreen />);
    await user.click(screen.getByText('Choose the peer set'));
    const max = screen.getByLabelText('At most (technical staff)');
    await user.type(max, 'about 1,200');
    expect(useKeystoneStore.getState().drafts[draft.id]?.peerFilter.maxCommunity).toBe(1200);
    expect(max).toHaveAccessibleDescription('Read as 1,200 (approximate).');
    await user.clear(max);
    await user.type(max, 'two hundred');
    expect(useKeystoneStore.getState().drafts[draft.id]?.peerFilter.maxCommunity).toBe(200);
    await user.clear(max);
    await user.type(max, '400-500');
    expect(max).toHaveAccessibleDescription(/is a range/);
    // The last size it could read while typing ("400") stays until the range is made one number.
    expect(useKeystoneStore.getState().drafts[draft.id]?.peerFilter.maxCommunity).toBe(400);
  });

  it('lists a saved pack whose profiles are missing as unreadable, so it can be removed', async () => {
    savedPacks.set('packs', [
      {
        id: 'lost',
        name: 'Lost pack',
        source: 'Somewhere',
        createdAt: '2026-01-01',
        importedAt: '2026-02-01T00:00:00.000Z',
        fileName: 'lost.json',
        format: 'json',
        count: 3,
        illustrative: false,
      },
    ]);
    render(<BenchmarkScreen />);
    const row = await screen.findByRole('row', { name: /Lost pack/ });
    await within(row).findByText(/Could not be read: Its profiles are missing from this device/);
    expect(screen.getByText(PEER_SET)).toHaveTextContent(`${LIKE_ROLE} peers`);
  });

  it('gives each chart’s summary to a screen reader once: its name, not also as text', () => {
    render(<BenchmarkScreen />);
    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      const summary = chart.getAttribute('aria-label')!;
      expect(summary).toMatch(/The table after the chart gives every figure\.$/);
      // Not repeated as text (visible or hidden), in another label, or as a description.
      expect(document.body.textContent).not.toContain(summary.slice(0, 40));
      expect(document.querySelectorAll(`[aria-label="${summary}"]`)).toHaveLength(1);
      expect(chart).not.toHaveAttribute('aria-describedby');
      // The drawing inside names nothing of its own.
      for (const svg of chart.querySelectorAll('svg')) {
        expect(svg.querySelector('title, desc')).toBeNull();
        expect(svg).not.toHaveAttribute('aria-label');
        expect(svg).not.toHaveAttribute('role');
      }
    }
  });
});
