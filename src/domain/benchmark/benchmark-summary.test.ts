import { makeDraft, fromCatalogueIds } from '../../testing/make-draft';
import { SHIPPED_PEERS } from '../peers/shipped-peers';
import { benchmarkSummary } from './benchmark-summary';

describe('benchmarkSummary', () => {
  it('describes the peer set, places the role on every dimension and says the peers are illustrative', () => {
    const draft = makeDraft({
      remit: { scope: 'institution' },
      authority: { gradeBand: 'grade-8', budgetAuthority: 'none', reportsTo: 'ps-director' },
      responsibilities: fromCatalogueIds(['technical-strategy', 'tc-lead']),
    });
    const summary = benchmarkSummary(draft, SHIPPED_PEERS);
    // The role's own grade and the grades either side choose the peers.
    expect(summary.peerSet).toBe(
      'Peers at Grade 7, Grade 8 or Grade 9, chosen from this role’s answers',
    );
    expect(summary.count).toBe(
      SHIPPED_PEERS.filter((p) =>
        ['grade-7', 'grade-8', 'grade-9'].includes(p.profile.authority.gradeBand ?? ''),
      ).length,
    );
    expect(summary.illustrativeNote).toMatch(/Illustrative/);
    expect(summary.positions.map((p) => p.label)).toContain('Budget authority');
    const budget = summary.positions.find((p) => p.label === 'Budget authority')!;
    expect(budget).toMatchObject({
      value: 'No budget',
      quartile: expect.stringMatching(/^(Joint lowest, with \d+% of peers|Below every peer)$/),
    });
    expect(summary.insights.length).toBeGreaterThan(0);
    expect(summary.insights.length).toBeLessThanOrEqual(5);
    expect(summary.insights.join(' ')).toMatch(
      /Less budget authority than (every peer|\d+% of peers) \(bottom quartile\)/,
    );
  });

  it('uses the filter kept with the draft', () => {
    const draft = makeDraft({ peerFilter: { nations: ['wales'], institutionTypes: [] } });
    const summary = benchmarkSummary(draft, SHIPPED_PEERS);
    expect(summary.peerSet).toBe('Peers in Wales');
    expect(summary.count).toBe(
      SHIPPED_PEERS.filter((p) => p.profile.context.nation === 'wales').length,
    );
  });
});

describe('the peer set in words', () => {
  it('names every filter', async () => {
    const { describeFilter } = await import('./peer-set');
    expect(
      describeFilter({
        institutionTypes: ['research-intensive', 'specialist'],
        nations: ['england'],
        seniority: ['grade-9', 'grade-10'],
        minCommunity: 200,
        maxCommunity: 1000,
      }),
    ).toBe(
      'Peers at research-intensive or specialist (for example arts, medicine or agriculture) institutions, in England, at Grade 9 or Grade 10 (top of the pay spine), with 200 to 1,000 technical staff',
    );
  });
});
