/**
 * Builds the role specification from a draft, in the shape UK universities use (DOMAIN.md §5):
 * the job description, the person specification and an annex tracing the role to the definition.
 * Pure: the date, version and benchmark come from the caller.
 */
import { CITATION, DEFINITION_QUOTE } from '../domain/definition';
import { contextSentences } from '../domain/job-description/context-text';
import { dimensionSentences } from '../domain/job-description/dimensions';
import { institutionName, roleTitle } from '../domain/job-description/format';
import { jobPurposeOf } from '../domain/job-description/job-purpose';
import { keyRelationships } from '../domain/job-description/relationships';
import { GRADE_NOTE, summaryFields } from '../domain/job-description/role-summary';
import type { RoleDraft } from '../domain/role-draft';
import type { BenchmarkSummary } from './benchmark-summary';
import { alignmentBlocks } from './build-alignment';
import { benchmarkBlocks } from './build-benchmark';
import { changesAnnexBlocks } from './build-changes-annex';
import { personSpecBlocks } from './build-person-spec';
import { reviewRecordBlocks } from './build-review-record';
import { documentDate } from './document-date';
import type { Block, RoleDocument } from './document-model';

export interface BuildOptions {
  now: Date;
  appVersion: string;
  benchmark?: BenchmarkSummary | null;
  /** The SHA-256 fingerprint of the draft as exported, to say which approvals are of it. */
  fingerprint?: string;
  /** Adds the annex "Changes from the current job description" when the draft has one. */
  changesAnnex?: boolean;
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

export function buildRoleDocument(draft: RoleDraft, options: BuildOptions): RoleDocument {
  const title = roleTitle(draft.authority.title);
  const institution = institutionName(draft.context.institutionName);
  const date = documentDate(options.now);
  const relationships = keyRelationships(draft);
  const benchmark = options.benchmark ?? null;

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      text: `Role specification: job description and person specification${institution === 'the institution' ? '' : `, ${institution}`}.`,
    },
    { kind: 'fields', caption: 'The role at a glance', rows: summaryFields(draft) },
    { kind: 'paragraph', text: GRADE_NOTE, tone: 'note' },
    { kind: 'heading', level: 2, text: 'Job purpose' },
    { kind: 'paragraph', text: jobPurposeOf(draft) },
    { kind: 'heading', level: 2, text: 'Context' },
    ...contextSentences(draft).map((text): Block => ({ kind: 'paragraph', text })),
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
    ...alignmentBlocks(draft, benchmark),
    ...(benchmark ? benchmarkBlocks(benchmark) : []),
    ...reviewRecordBlocks(draft, options.fingerprint),
    ...(options.changesAnnex ? changesAnnexBlocks(draft) : []),
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
    subject: `Role specification${institution === 'the institution' ? '' : ` for ${institution}`}`,
    author: 'Keystone',
    language: 'en-GB',
    keywords: ['job description', 'person specification', 'strategic technical leader'],
    date,
    appVersion: options.appVersion,
    blocks,
  };
}
