/**
 * Builds the role specification from a draft, in the shape UK universities use (DOMAIN.md §5):
 * the job description, the person specification and an annex tracing the role to the definition.
 * Pure: the date, version and benchmark come from the caller.
 */
import { CITATION, DEFINITION_QUOTE } from '../domain/definition';
import { dimensionSentences } from '../domain/job-description/dimensions';
import { institutionName, roleTitle } from '../domain/job-description/format';
import { jobPurposeOf } from '../domain/job-description/job-purpose';
import { contextParagraphs, relationshipsOf } from '../domain/job-pack/own-wording';
import { closingDateText, postingFacts, welshText } from '../domain/job-pack/posting-text';
import { GRADE_NOTE, summaryFields } from '../domain/job-description/role-summary';
import type { RoleDraft } from '../domain/role-draft';
import type { BenchmarkSummary } from './benchmark-summary';
import { alignmentBlocks } from './build-alignment';
import { benchmarkBlocks } from './build-benchmark';
import { changesAnnexBlocks } from './build-changes-annex';
import { gradingAnnexInPack } from './build-grading-annex';
import { personSpecBlocks } from './build-person-spec';
import { reviewRecordBlocks } from './build-review-record';
import { documentDate } from './document-date';
import type { Block, DocumentLogo, RoleDocument } from './document-model';

/**
 * The candidate pack is what applicants read: the job description and person specification in
 * the institution's voice, with no score, annex or word of the tool. The internal pack adds the
 * alignment, benchmark and review annexes for the panel and the board.
 */
export type Pack = 'candidate' | 'internal';

export interface BuildOptions {
  now: Date;
  /** 'internal' when not given, as every document was before the candidate pack. */
  pack?: Pack;
  appVersion: string;
  benchmark?: BenchmarkSummary | null;
  /** The SHA-256 fingerprint of the draft as exported, to say which approvals are of it. */
  fingerprint?: string;
  /** Adds the annex "Changes from the current job description" when the draft has one. */
  changesAnnex?: boolean;
  /** Adds the grading evidence annex (HERA and Hay) to the internal pack. */
  gradingAnnex?: boolean;
  /** The institution's standard statements (equality, right to work...), in both packs. */
  statements?: readonly Statement[];
  /** The institution's logo kept on this device, at the top of the first page of both packs. */
  logo?: DocumentLogo | null;
}

export interface Statement {
  heading: string;
  paragraphs: readonly string[];
}

export const ILLUSTRATIVE_STATEMENT =
  'The peer profiles shipped with Keystone are illustrative: no complete published job description of an institution-level role was found, so they are built from the patterns in published sources and describe no real post.';

const citationText = `${CITATION.publisher}, ${CITATION.title}, ${CITATION.month} ${CITATION.year} (${CITATION.method}). ${CITATION.via}.`;

function responsibilityBlock(draft: RoleDraft): Block {
  const items = draft.responsibilities.map((r) => r.text);
  return items.length > 0
    ? { kind: 'list', ordered: true, items }
    : { kind: 'paragraph', text: 'No responsibilities drafted yet.', tone: 'note' };
}

function listOrNote(items: string[], note: string): Block {
  return items.length > 0
    ? { kind: 'list', ordered: false, items }
    : { kind: 'paragraph', text: note, tone: 'note' };
}

function welshBlocks(draft: RoleDraft): Block[] {
  const category = welshText(draft);
  return category ? [{ kind: 'paragraph', text: `Welsh language: ${category}.` }] : [];
}

function howToApplyBlocks(draft: RoleDraft): Block[] {
  const { howToApply, reference } = draft.posting;
  const closing = closingDateText(draft);
  const lines = [
    howToApply.trim(),
    closing ? `The closing date is ${closing}.` : '',
    reference.trim() ? `Please quote reference ${reference.trim()}.` : '',
  ].filter((t) => t !== '');
  if (lines.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'How to apply' },
    ...lines.map((text): Block => ({ kind: 'paragraph', text })),
  ];
}

/** The facts at the head: the institution's own titles where given, then who the role leads. */
function glanceRows(draft: RoleDraft, pack: Pack) {
  const summary = summaryFields(draft);
  const responsibleFor = summary.find((f) => f.label === 'Responsible for');
  const facts = postingFacts(draft);
  if (pack === 'internal') {
    // The internal pack keeps the grade as drafted beside the local name, for the panel.
    const byLabel = new Map(summary.map((f) => [f.label, f.value]));
    return facts
      .map((f) =>
        f.label === 'Grade'
          ? {
              label: 'Grade',
              value: `${f.value}${draft.posting.gradeName.trim() ? ` (${byLabel.get('Grade') ?? ''})` : ', as drafted'}`,
            }
          : f,
      )
      .concat(responsibleFor ? [responsibleFor] : []);
  }
  return responsibleFor ? [...facts, responsibleFor] : facts;
}

export function buildRoleDocument(draft: RoleDraft, options: BuildOptions): RoleDocument {
  const pack = options.pack ?? 'internal';
  const title = roleTitle(draft.authority.title);
  const institution = institutionName(draft.context.institutionName);
  const named = institution !== 'the institution';
  const date = documentDate(options.now);
  const relationships = relationshipsOf(draft);
  const benchmark = options.benchmark ?? null;

  const body: Block[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      text: `Job description and person specification${named ? `, ${institution}` : ''}.`,
    },
    { kind: 'fields', caption: 'The role at a glance', rows: glanceRows(draft, pack) },
    ...(pack === 'internal'
      ? [{ kind: 'paragraph', text: GRADE_NOTE, tone: 'note' } as const]
      : []),
    { kind: 'heading', level: 2, text: 'Job purpose' },
    { kind: 'paragraph', text: jobPurposeOf(draft) },
    { kind: 'heading', level: 2, text: 'Context' },
    ...contextParagraphs(draft).map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'heading', level: 2, text: 'Key responsibilities' },
    { kind: 'paragraph', text: 'In order of importance.', tone: 'note' },
    responsibilityBlock(draft),
    { kind: 'heading', level: 2, text: 'Authority and dimensions' },
    listOrNote(dimensionSentences(draft), 'Not yet stated.'),
    { kind: 'heading', level: 2, text: 'Key relationships' },
    { kind: 'heading', level: 3, text: 'Inside the institution' },
    listOrNote(relationships.internal, 'Not yet stated.'),
    { kind: 'heading', level: 3, text: 'Outside the institution' },
    listOrNote(relationships.external, 'Not yet stated.'),
    ...personSpecBlocks(draft),
    ...welshBlocks(draft),
    ...(options.statements ?? []).flatMap((s): Block[] => [
      { kind: 'heading', level: 2, text: s.heading },
      ...s.paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
    ]),
    ...howToApplyBlocks(draft),
  ];

  if (pack === 'candidate') {
    const reference = draft.posting.reference.trim();
    return {
      title,
      subject: `Job description and person specification${named ? `, ${institution}` : ''}`,
      author: named ? institution : title,
      language: 'en-GB',
      keywords: ['job description', 'person specification'],
      date,
      appVersion: options.appVersion,
      blocks: body,
      footer: [named ? institution : '', reference ? `Reference ${reference}` : '']
        .filter((t) => t !== '')
        .join(' · '),
      runningHead: 'Job description',
      ...(options.logo ? { logo: options.logo } : {}),
    };
  }

  const blocks: Block[] = [
    ...body,
    ...alignmentBlocks(draft, benchmark),
    ...(benchmark ? benchmarkBlocks(benchmark) : []),
    ...reviewRecordBlocks(draft, options.fingerprint),
    ...(options.changesAnnex ? changesAnnexBlocks(draft) : []),
    ...(options.gradingAnnex ? gradingAnnexInPack(draft) : []),
    { kind: 'heading', level: 3, text: 'The definition' },
    { kind: 'quote', text: DEFINITION_QUOTE, citation: citationText },
    { kind: 'heading', level: 3, text: 'About this document' },
    { kind: 'paragraph', text: ILLUSTRATIVE_STATEMENT },
    {
      kind: 'paragraph',
      text: `Prepared on ${date} with Keystone version ${options.appVersion}. Generated wording is a starting point for the institution’s own; the grade is for Human Resources to set.`,
    },
  ];

  return {
    title,
    subject: `Role specification${named ? ` for ${institution}` : ''}`,
    author: 'Keystone',
    language: 'en-GB',
    keywords: ['job description', 'person specification', 'strategic technical leader'],
    date,
    appVersion: options.appVersion,
    blocks,
    ...(options.logo ? { logo: options.logo } : {}),
  };
}
