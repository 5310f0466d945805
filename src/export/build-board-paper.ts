/**
 * The board paper: one or two A4 pages for the executive board or people committee that
 * decides whether to create the post. Built on the same document model as the role
 * specification, so the PDF and Word renderers draw it unchanged. Pure: the date, benchmark and
 * fingerprint come from the caller.
 */
import { CLAUSES } from '../domain/definition';
import { diffDrafts } from '../domain/draft-diff';
import { findContradictions } from '../domain/contradictions';
import { emptyDraft } from '../domain/empty-draft';
import { institutionName, roleTitle } from '../domain/job-description/format';
import { DECISIONS } from '../domain/review/decisions';
import { missingReasons } from '../domain/review/missing-reasons';
import type { RoleDraft } from '../domain/role-draft';
import { scoreDraft } from '../domain/score-draft';
import type { BuildOptions } from './build-role-document';
import { reviewRecordBlocks } from './build-review-record';
import { documentDate } from './document-date';
import type { Block, RoleDocument } from './document-model';

/** Each answer as people read it, by its label in the comparison of versions. */
function answers(draft: RoleDraft): Map<string, string> {
  const blank = emptyDraft(draft.id, draft.name, draft.createdAt);
  return new Map(diffDrafts(blank, draft).map((c) => [c.field, c.after]));
}

/** The answer behind each decision, by the field labels in draft-fields.ts. */
const ANSWER_LABELS: Record<(typeof DECISIONS)[number]['key'], string[]> = {
  scope: ['Scope'],
  reportsTo: ['Reports to'],
  gradeBand: ['Grade'],
  seats: ['Seats'],
  annualBudget: ['Budget authority', 'Annual budget (£)'],
  decisionRights: ['Decision rights'],
  fte: ['FTE'],
};

export function buildBoardPaper(draft: RoleDraft, options: BuildOptions): RoleDocument {
  const title = roleTitle(draft.authority.title);
  const institution = institutionName(draft.context.institutionName);
  const said = answers(draft);
  const answer = (label: string) => said.get(label) ?? 'Not answered';
  const score = scoreDraft(draft);
  const weakest = [...CLAUSES]
    .sort((a, b) => score.clauses[a.id].score - score.clauses[b.id].score)
    .slice(0, 3);
  const contradictions = findContradictions(draft);
  const unexplained = missingReasons(draft);
  const openComments = draft.comments.filter((c) => c.status === 'open').length;
  const benchmark = options.benchmark ?? null;
  const budget =
    draft.authority.annualBudget === null
      ? 'no annual budget stated'
      : `an annual budget of £${draft.authority.annualBudget.toLocaleString('en-GB')}`;

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `Board paper: ${title}` },
    {
      kind: 'paragraph',
      text: `For decision. Prepared ${documentDate(options.now)} with Keystone${institution === 'the institution' ? '' : ` for ${institution}`}.`,
      tone: 'note',
    },
    { kind: 'heading', level: 2, text: 'Proposal' },
    {
      kind: 'paragraph',
      text: `To create the post of ${title}, at ${answer('Grade')}, reporting to ${answer('Reports to')}, with a remit of ${answer('Scope').toLowerCase()}, holding ${budget} (budget authority: ${answer('Budget authority').toLowerCase()}).`,
    },
    { kind: 'heading', level: 2, text: 'How the role meets the definition' },
    {
      kind: 'paragraph',
      text: `Alignment with the definition of a strategic technical leader: ${score.overall} out of 100, “${score.band.name}”. The clauses that most need attention: ${weakest.map((c) => `${c.name} (${score.clauses[c.id].score})`).join('; ')}.`,
    },
    { kind: 'heading', level: 2, text: 'Key decisions and their reasons' },
    {
      kind: 'table',
      caption: 'The decisions that shape the role',
      columns: [
        { header: 'Decision', weight: 1 },
        { header: 'Answer', weight: 2 },
        { header: 'Reason', weight: 3 },
      ],
      rows: DECISIONS.map((d) => [
        d.label,
        ANSWER_LABELS[d.key].map(answer).join('; '),
        draft.reasons[d.key].trim() || 'No reason given yet.',
      ]),
    },
    { kind: 'heading', level: 2, text: 'Cost' },
    {
      kind: 'paragraph',
      text: `Grade: ${answer('Grade')}; FTE: ${answer('FTE')}. The post holds ${budget}. The salary follows the institution’s pay spine for the grade once job evaluation confirms it.`,
    },
    { kind: 'heading', level: 2, text: 'Open contradictions and risks' },
    contradictions.length + unexplained.length + openComments === 0
      ? { kind: 'paragraph', text: 'None open: the answers agree and every decision has a reason.' }
      : {
          kind: 'list',
          ordered: false,
          items: [
            ...contradictions.map((c) => `${c.title}: ${c.explanation}`),
            ...(unexplained.length > 0
              ? [
                  `${unexplained.length} decisions have no reason yet, first: ${unexplained
                    .slice(0, 3)
                    .map((m) => m.label)
                    .join('; ')}.`,
                ]
              : []),
            ...(openComments > 0 ? [`${openComments} comments or questions are still open.`] : []),
          ],
        },
    { kind: 'heading', level: 2, text: 'Comparison with peers' },
    ...(benchmark
      ? ([
          {
            kind: 'paragraph',
            text: `Against ${benchmark.peerCount} peer ${benchmark.peerCount === 1 ? 'role' : 'roles'} (${benchmark.peerSet})${benchmark.includesIllustrative ? ', including illustrative profiles' : ''}: ${benchmark.insights[0] ?? 'the role sits within the range of its peers.'}`,
          },
          {
            kind: 'chart',
            title: 'Score on each clause, with the peer median',
            max: 100,
            valueLabel: 'This role',
            markerLabel: 'Peer median',
            bars: CLAUSES.map((c) => ({
              label: c.name,
              value: score.clauses[c.id].score,
              ...(benchmark.clauseMedians[c.id] === undefined
                ? {}
                : { marker: benchmark.clauseMedians[c.id]! }),
            })),
            description: CLAUSES.map(
              (c) =>
                `${c.name}: ${score.clauses[c.id].score}${benchmark.clauseMedians[c.id] === undefined ? '' : ` (peer median ${benchmark.clauseMedians[c.id]})`}`,
            ).join('; '),
          },
        ] satisfies Block[])
      : [{ kind: 'paragraph', text: 'Not compared with peers yet.', tone: 'note' } as const]),
    { kind: 'heading', level: 2, text: 'Decision asked of the board' },
    {
      kind: 'paragraph',
      text: `The board is asked to approve the creation of the post of ${title} at ${answer('Grade')}, reporting to ${answer('Reports to')}, with the authority and budget set out above.`,
    },
    ...reviewRecordBlocks(
      { ...draft, reasons: { ...draft.reasons, ...BLANK_REASONS }, responsibilities: [] },
      options.fingerprint,
    ),
  ];
  return {
    title: `Board paper: ${title}`,
    subject: 'Board paper: proposal to create a strategic technical leader post',
    author: institution === 'the institution' ? 'Keystone' : institution,
    language: 'en-GB',
    keywords: ['board paper', 'strategic technical leader'],
    date: documentDate(options.now),
    appVersion: options.appVersion,
    runningHead: 'Board paper',
    blocks,
  };
}

/** The reasons are already in the decisions table: the sign-off record alone follows it. */
const BLANK_REASONS = Object.fromEntries(DECISIONS.map((d) => [d.key, ''])) as RoleDraft['reasons'];
