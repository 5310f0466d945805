/**
 * The annex's benchmark from the benchmark engineer's domain (src/domain/benchmark): the draft's
 * own peer set, its position on each dimension and the peer median on each clause for the chart.
 * Null when the peer set is empty, so the annex leaves the section out.
 */
import { benchmarkDraft } from '../domain/benchmark/benchmark-draft';
import { CLAUSE_IDS, type ClauseId } from '../domain/definition';
import type { Peer } from '../domain/peers/peer';
import type { RoleDraft } from '../domain/role-draft';
import type { BenchmarkSummary } from './benchmark-summary';

export function benchmarkForExport(
  draft: RoleDraft,
  peers: readonly Peer[],
  maxInsights = 5,
): BenchmarkSummary | null {
  const result = benchmarkDraft(draft, peers);
  if (result.count === 0) return null;
  const clauseMedians: Partial<Record<ClauseId, number>> = {};
  for (const position of result.positions) {
    const clause = CLAUSE_IDS.find((id) => position.id === `clause-${id}`);
    if (clause && position.quartiles) clauseMedians[clause] = Math.round(position.quartiles.median);
  }
  return {
    peerSet: result.description,
    peerCount: result.count,
    includesIllustrative: result.illustrativeCount > 0,
    positions: result.positions.map((p) => ({
      dimension: p.label,
      value: p.valueText,
      median: p.quartiles
        ? p.dimension.format(p.quartiles.median)
        : result.tooFew
          ? 'Fewer than five peers'
          : 'No peers answered',
      percentile: p.percentile,
    })),
    clauseMedians,
    insights: result.insights.slice(0, maxInsights).map((i) => i.text),
  };
}
