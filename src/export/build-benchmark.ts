/** The annex's benchmark summary: the peer set, this role's positions and plain-English insights. */
import type { BenchmarkSummary } from './benchmark-summary';
import type { Block } from './document-model';

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const percentileText = (p: number | null) => (p === null ? 'Not placed' : ordinal(Math.round(p)));

export function benchmarkBlocks(summary: BenchmarkSummary): Block[] {
  const illustrative = summary.includesIllustrative
    ? ' The peer set includes the illustrative profiles shipped with Keystone.'
    : '';
  return [
    { kind: 'heading', level: 3, text: 'Benchmark against peer roles' },
    {
      kind: 'paragraph',
      text: `Peer set: ${summary.peerSet} (${summary.peerCount} ${summary.peerCount === 1 ? 'profile' : 'profiles'}).${illustrative}`,
    },
    {
      kind: 'table',
      caption: 'Where this role sits among its peers',
      columns: [
        { header: 'Dimension', weight: 3 },
        { header: 'This role', weight: 2 },
        { header: 'Peer median', weight: 2 },
        { header: 'Percentile', weight: 1 },
      ],
      rows: summary.positions.map((p) => [
        p.dimension,
        p.value,
        p.median,
        percentileText(p.percentile),
      ]),
    },
    ...(summary.insights.length > 0
      ? [{ kind: 'list' as const, ordered: false, items: summary.insights }]
      : []),
  ];
}
