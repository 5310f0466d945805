/**
 * A compact benchmark for the exported document's annex: the peer set in words, how many peers,
 * where the role stands on each dimension and the top insights. Every export says when the peers
 * include illustrative profiles.
 */
import type { Peer } from '../peers/peer';
import type { RoleDraft } from '../role-draft';
import { benchmarkDraft } from './benchmark-draft';
import { middleHalfText, whereItSits } from './position-words';

export interface BenchmarkSummaryRow {
  label: string;
  /** This role's answer in words ("Grade 9", "Not answered"). */
  value: string;
  /** Whole percentile, 0–100, in the direction of strength; null when not comparable. */
  percentile: number | null;
  /** "Top quartile", "Middle half", "Bottom quartile" or "No comparison". */
  quartile: string;
  median: string;
  /** Lower and upper quartile in words, "Grade 8 to Grade 10"; empty without peers. */
  middleHalf: string;
}

export interface BenchmarkSummary {
  peerSet: string;
  count: number;
  illustrativeCount: number;
  /** A sentence to print with the annex when any peer is illustrative; otherwise null. */
  illustrativeNote: string | null;
  positions: BenchmarkSummaryRow[];
  insights: string[];
}

export const ILLUSTRATIVE_NOTE =
  'Illustrative: the shipped peer profiles are built from patterns in published sources, not from real job descriptions.';

export function benchmarkSummary(
  draft: RoleDraft,
  peers: readonly Peer[],
  maxInsights = 5,
): BenchmarkSummary {
  const result = benchmarkDraft(draft, peers);
  return {
    peerSet: result.description,
    count: result.count,
    illustrativeCount: result.illustrativeCount,
    illustrativeNote: result.illustrativeCount > 0 ? ILLUSTRATIVE_NOTE : null,
    positions: result.positions.map((p) => ({
      label: p.label,
      value: p.valueText,
      percentile: p.percentile === null ? null : Math.round(p.percentile),
      quartile: whereItSits(p),
      median: p.quartiles ? p.dimension.format(p.quartiles.median) : '',
      middleHalf: middleHalfText(p),
    })),
    insights: result.insights.slice(0, maxInsights).map((i) => i.text),
  };
}
