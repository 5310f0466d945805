/** The annex's alignment with the definition: the overall score, a chart and each clause's evidence. */
import { CLAUSES } from '../domain/definition';
import type { RoleDraft } from '../domain/role-draft';
import { quoteWords } from '../domain/quote-words';
import type { Evidence } from '../domain/score-clause';
import { scoreDraft } from '../domain/score-draft';
import { RULES_VERSION } from '../domain/scoring-rules';
import type { BenchmarkSummary } from './benchmark-summary';
import type { Block, ChartBar } from './document-model';

const STRENGTH = { primary: 'direct', secondary: 'in part' };

function evidenceText(evidence: Evidence[], draft: RoleDraft): string {
  if (evidence.length === 0) return 'No evidence yet.';
  return evidence
    .map((e) => {
      if (e.kind === 'answer') return `${e.text} (+${e.points})`;
      const n = draft.responsibilities.findIndex((r) => r.id === e.responsibilityId) + 1;
      const words = e.cues.length > 0 ? `, earned by its words ${quoteWords(e.cues)}` : '';
      return `Key responsibility ${n}, ${STRENGTH[e.strength]}${words} (+${e.points})`;
    })
    .join('; ');
}

export function alignmentBlocks(draft: RoleDraft, benchmark: BenchmarkSummary | null): Block[] {
  const score = scoreDraft(draft);
  const bars: ChartBar[] = CLAUSES.map((clause) => {
    const median = benchmark?.clauseMedians[clause.id];
    return {
      label: clause.name,
      value: score.clauses[clause.id].score,
      ...(median === undefined ? {} : { marker: median }),
    };
  });
  const withMedian = bars.some((b) => b.marker !== undefined);
  const description = bars
    .map(
      (b) => `${b.label}: ${b.value}${b.marker === undefined ? '' : ` (peer median ${b.marker})`}`,
    )
    .join('; ');
  const held = score.heldBackByAuthority
    ? ' The score reached the top band, but the role’s authority holds it back.'
    : '';
  return [
    {
      kind: 'heading',
      level: 2,
      text: 'Annex: alignment with the definition',
      pageBreakBefore: true,
    },
    {
      kind: 'paragraph',
      text: `Overall alignment: ${score.overall} out of 100, in the band “${score.band.name}”.${held} Each clause is scored from 0 to 100 on the evidence below: the responsibilities in this document and the role’s authority, remit and seats. Scored with Keystone’s scoring rules, version ${RULES_VERSION}.`,
    },
    {
      kind: 'chart',
      title: withMedian
        ? 'Score on each clause of the definition, with the peer median'
        : 'Score on each clause of the definition',
      max: 100,
      bars,
      valueLabel: 'This role',
      ...(withMedian ? { markerLabel: 'Peer median' } : {}),
      description: `Scores out of 100. ${description}.`,
    },
    {
      kind: 'table',
      caption: 'Alignment clause by clause, with the evidence in this draft',
      columns: [
        { header: 'Clause', weight: 2 },
        { header: 'Score', weight: 1 },
        { header: 'Evidence', weight: 4 },
      ],
      rows: CLAUSES.map((clause) => [
        clause.name,
        `${score.clauses[clause.id].score} / 100`,
        evidenceText(score.clauses[clause.id].evidence, draft),
      ]),
    },
  ];
}
