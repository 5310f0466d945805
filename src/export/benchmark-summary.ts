/**
 * What the annex shows of a benchmark, when the user has one: the peer set, the role's position
 * on each dimension and the clause scores against the peer median. Built by the export screen
 * from the benchmark result; optional, since a role can be exported before it is compared.
 */
import type { ClauseId } from '../domain/definition';

export interface BenchmarkPosition {
  dimension: string;
  /** This role's value, as people read it. */
  value: string;
  median: string;
  /** Share of peers this role is at or above, 0–100; null when it cannot be placed. */
  percentile: number | null;
}

export interface BenchmarkSummary {
  /** The peer set in words, e.g. "Research-intensive institutions in England". */
  peerSet: string;
  peerCount: number;
  /** True when the peers include the illustrative profiles shipped with Keystone. */
  includesIllustrative: boolean;
  positions: BenchmarkPosition[];
  /** Median clause scores of the peers, for the chart. */
  clauseMedians: Partial<Record<ClauseId, number>>;
  insights: string[];
}
