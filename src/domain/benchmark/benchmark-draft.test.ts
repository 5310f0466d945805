import fc from 'fast-check';
import { fromCatalogueIds, makeDraft } from '../../testing/make-draft';
import type { Peer } from '../peers/peer';
import { SHIPPED_PEERS } from '../peers/shipped-peers';
import type { RoleDraft } from '../role-draft';
import { benchmarkDraft, compareDrafts } from './benchmark-draft';

const asPeer = (profile: RoleDraft, i = 0): Peer => ({
  key: `test/${i}`,
  packId: 'test',
  illustrative: false,
  shape: null,
  profile: { ...profile, id: `peer-${i}` },
});

const position = (draft: RoleDraft, peers: readonly Peer[], id: string) =>
  benchmarkDraft(draft, peers).positions.find((p) => p.id === id)!;

describe('benchmarking a draft', () => {
  it('places technicians in remit by hand-computed percentile and quartiles', () => {
    const peers = [10, 20, 30, 40, 50].map((n, i) =>
      asPeer(makeDraft({ remit: { techniciansInRemit: n } }), i),
    );
    const p = position(makeDraft({ remit: { techniciansInRemit: 35 } }), peers, 'technicians');
    expect(p.percentile).toBe(60);
    expect(p.quartiles).toEqual({ q1: 20, median: 30, q3: 40 });
    expect(p.valueText).toBe('35 technicians');
  });

  it('counts fewer steps from the head of the institution as the stronger position', () => {
    const peers = (
      ['ps-director', 'faculty-head', 'department-head', 'coo-registrar', 'pro-vc'] as const
    ).map((line, i) => asPeer(makeDraft({ authority: { reportsTo: line } }), i));
    // Reports to the VC (1 step): every peer is further away.
    expect(
      position(makeDraft({ authority: { reportsTo: 'vice-chancellor' } }), peers, 'reporting')
        .percentile,
    ).toBe(100);
  });

  it('says "not answered" and gives no percentile for an unanswered question', () => {
    const p = position(makeDraft(), SHIPPED_PEERS, 'grade');
    expect(p).toMatchObject({ value: null, valueText: 'Not answered', percentile: null });
  });

  it('names outliers and common seats the role lacks', () => {
    const draft = makeDraft({
      remit: { scope: 'institution', techniciansInRemit: 5000 },
      authority: { budgetAuthority: 'none', seats: [] },
    });
    const peers = Array.from({ length: 10 }, (_, i) =>
      asPeer(
        makeDraft({
          remit: { scope: 'one-faculty', techniciansInRemit: 100 },
          authority: { budgetAuthority: 'delegated', seats: i < 7 ? ['executive-board'] : [] },
        }),
        i,
      ),
    );
    const text = benchmarkDraft(draft, peers).insights.map((i) => i.text);
    expect(text).toContain('Remit broader than every peer.');
    expect(text).toContain(
      '7 in 10 peers sit on the university executive board; this role does not.',
    );
    expect(text.join(' ')).toMatch(
      /Less budget authority than (every peer|\d+% of peers) \(bottom quartile\)/,
    );
  });

  it('finds the nearest peer and what differs', () => {
    const draft = makeDraft({
      authority: { gradeBand: 'grade-9' },
      responsibilities: fromCatalogueIds(['tc-lead', 'mentoring']),
    });
    const near = asPeer(
      makeDraft({
        authority: { gradeBand: 'grade-10', title: 'Near' },
        responsibilities: fromCatalogueIds(['tc-lead', 'mentoring']),
      }),
      1,
    );
    const far = asPeer(
      makeDraft({
        authority: { gradeBand: 'executive', title: 'Far' },
        responsibilities: fromCatalogueIds(['exec-member']),
      }),
      2,
    );
    const [first] = benchmarkDraft(draft, [far, near]).nearest;
    expect(first?.title).toBe('Near');
    expect(first?.sharedResponsibilities).toBe(2);
    expect(first?.differences).toContain('Graded Grade 10 (top of the pay spine)');
  });

  it('filters the peer set with the draft’s own filter, and says when none match', () => {
    const draft = makeDraft({ peerFilter: { minCommunity: 100_000 } });
    const result = benchmarkDraft(draft, SHIPPED_PEERS);
    expect(result.count).toBe(0);
    expect(result.insights[0]?.text).toMatch(/No peers match/);
  });

  it('compares drafts against the same peers', () => {
    const head = makeDraft({
      name: 'Head of',
      authority: { gradeBand: 'grade-9' },
      peerFilter: { nations: ['scotland'] },
    });
    const director = makeDraft({ name: 'Director', authority: { gradeBand: 'above-spine' } });
    const [a, b] = compareDrafts([head, director], SHIPPED_PEERS);
    expect(a?.count).toBe(b?.count);
    expect(b?.description).toBe('Peers in Scotland');
  });

  it('identical peers: a role like them sits at the 50th percentile on every answered dimension', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.constantFrom(...SHIPPED_PEERS), (n, peer) => {
        const peers = Array.from({ length: n }, (_, i) => asPeer(peer.profile, i));
        for (const p of benchmarkDraft(peer.profile, peers).positions) {
          if (p.percentile !== null) expect(p.percentile).toBe(50);
        }
      }),
      { numRuns: 30 },
    );
  });
});
