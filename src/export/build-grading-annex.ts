/**
 * The grading evidence annex (issue 15): for each of HERA's 14 elements and Hay's three
 * factors, the sentences of the draft that evidence it (each by its reference), how strongly
 * each is worded, and what a panel is likely to ask for; then the balance reading of the
 * wording and every sentence of the draft by reference. On the same document model as the role
 * specification, so the PDF and Word renderers draw it unchanged. Pure: the date comes in.
 * `gradingAnnexBlocks` is the part an internal pack can include as it is.
 */
import { GRADING_SOURCES, HAY_FACTORS, INDICATIVE } from '../domain/grading/grading-cues';
import {
  gradingEvidence,
  type ElementEvidence,
  type EvidenceLine,
  type Strength,
} from '../domain/grading/grading-evidence';
import { institutionName, roleTitle } from '../domain/job-description/format';
import type { RoleDraft } from '../domain/role-draft';
import { readBalance } from '../domain/wording-checks/balance';
import { GAUCHER_SOURCE } from '../domain/wording-checks/gender-coded-words';
import { documentDate } from './document-date';
import type { Block, RoleDocument } from './document-model';

const STRENGTH: Record<Strength, string> = {
  holds: 'Holds the outcome',
  shares: 'Shares it',
  task: 'Names the work (no cue either way)',
  fact: 'A fact of the role',
};

const strengthOf = (line: EvidenceLine) =>
  line.cue === null ? STRENGTH[line.strength] : `${STRENGTH[line.strength]} (“${line.cue}”)`;

function elementBlocks(element: ElementEvidence<string>, what: string, intro?: string): Block[] {
  return [
    { kind: 'heading', level: 3, text: element.name },
    ...(intro === undefined
      ? []
      : ([{ kind: 'paragraph', text: intro, tone: 'note' }] satisfies Block[])),
    element.lines.length === 0
      ? { kind: 'paragraph', text: 'No sentence of the draft evidences this yet.', tone: 'note' }
      : {
          kind: 'table',
          caption: `Evidence for ${what} “${element.name}”`,
          columns: [
            { header: 'Ref', weight: 1 },
            { header: 'Evidence in the draft', weight: 6 },
            { header: 'Wording', weight: 2 },
          ],
          rows: element.lines.map((l) => [l.sentence.ref, l.sentence.text, strengthOf(l)]),
        },
    ...(element.asks.length === 0
      ? []
      : ([
          {
            kind: 'paragraph',
            text: `A panel is likely to ask for ${element.asks.join('; and ')}.`,
          },
        ] satisfies Block[])),
  ];
}

/**
 * The annex as a part of the internal pack: under a heading of its own on a new page, its
 * sections named as the annex's so the pack's outline reads on its own.
 */
export function gradingAnnexInPack(draft: RoleDraft): Block[] {
  return [
    { kind: 'heading', level: 2, text: GRADING_ANNEX_TITLE, pageBreakBefore: true },
    ...gradingAnnexBlocks(draft).map((block) =>
      block.kind === 'heading' && block.level === 2
        ? { ...block, text: `Grading evidence – ${block.text}` }
        : block,
    ),
  ];
}

export const GRADING_ANNEX_TITLE = 'Annex: grading evidence for the panel';

/** The annex's content, for its own download or an internal pack. */
export function gradingAnnexBlocks(draft: RoleDraft): Block[] {
  const evidence = gradingEvidence(draft);
  const worded = evidence.lines.filter((l) => l.sentence.worded);
  const strengthCount = (k: Strength) => worded.filter((l) => l.strength === k).length;
  const balance = readBalance(worded.map((l) => l.sentence.text).join('\n'));
  const count = (words: readonly { count: number }[]) => words.reduce((a, w) => a + w.count, 0);
  const coded = (words: readonly { word: string; count: number }[]) =>
    `${count(words)}: ${words.map((w) => w.word).join(', ') || 'none'}`;
  return [
    { kind: 'paragraph', text: INDICATIVE },
    { kind: 'paragraph', text: GRADING_SOURCES, tone: 'note' },
    { kind: 'heading', level: 2, text: 'How strongly the responsibilities are worded' },
    {
      kind: 'paragraph',
      text: `Of the ${worded.length} sentences of the job purpose and responsibilities, ${strengthCount('holds')} hold the outcome (for example “leads”, “approves”, “decides”), ${strengthCount('shares')} share it (for example “supports”, “contributes to”, “responsible for”) and ${strengthCount('task')} name the work with no cue either way. A panel reads a shared responsibility as a contribution, not accountability.`,
    },
    { kind: 'heading', level: 2, text: 'HERA: the 14 elements' },
    ...evidence.hera.flatMap((e) => elementBlocks(e, 'HERA element')),
    { kind: 'heading', level: 2, text: 'Hay: the three factors' },
    ...evidence.hay.flatMap((f) => {
      const cue = HAY_FACTORS.find((h) => h.id === f.id);
      return elementBlocks(f, 'Hay factor', cue && `${f.name} weighs ${cue.weighs}.`);
    }),
    { kind: 'heading', level: 2, text: 'Balance of the wording' },
    {
      kind: 'table',
      caption: 'Balance reading of the job purpose and responsibilities',
      columns: [
        { header: 'Measure', weight: 3 },
        { header: 'Reading', weight: 4 },
      ],
      rows: [
        ['Masculine-coded words', coded(balance.masculine)],
        ['Feminine-coded words', coded(balance.feminine)],
        ['Words the definition needs (not counted)', `${count(balance.frames)}`],
        ['Reading age', `${balance.readingAge} years`],
        ['Average sentence', `${balance.averageSentenceWords} words`],
      ],
    },
    { kind: 'paragraph', text: `Gender-coded words: ${GAUCHER_SOURCE}.`, tone: 'note' },
    { kind: 'heading', level: 2, text: 'The sentences of the draft' },
    {
      kind: 'table',
      caption: 'Every sentence the evidence points to, by reference',
      columns: [
        { header: 'Ref', weight: 1 },
        { header: 'Where', weight: 2 },
        { header: 'Sentence', weight: 6 },
      ],
      rows: evidence.sentences.map((s) => [s.ref, s.where, s.text]),
    },
  ];
}

export function buildGradingAnnex(
  draft: RoleDraft,
  options: { now: Date; appVersion: string },
): RoleDocument {
  const title = roleTitle(draft.authority.title);
  const institution = institutionName(draft.context.institutionName);
  return {
    title: `Grading evidence annex: ${title}`,
    subject: 'Grading evidence annex: HERA elements and Hay factors (indicative)',
    author: institution === 'the institution' ? 'Keystone' : institution,
    language: 'en-GB',
    keywords: ['grading', 'HERA', 'Hay', 'job evaluation', 'strategic technical leader'],
    date: documentDate(options.now),
    appVersion: options.appVersion,
    runningHead: 'Indicative, for the grading panel',
    blocks: [
      { kind: 'heading', level: 1, text: `Grading evidence annex: ${title}` },
      {
        kind: 'paragraph',
        text: `For the job evaluation panel. Prepared ${documentDate(options.now)} with Keystone${institution === 'the institution' ? '' : ` for ${institution}`}.`,
        tone: 'note',
      },
      ...gradingAnnexBlocks(draft),
    ],
  };
}
