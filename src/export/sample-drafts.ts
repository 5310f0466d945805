/**
 * Realistic drafts for the export's tests and benchmark: a full institution-level role whose
 * text carries the names a UK document must print correctly (Welsh, Irish, Polish, German), and
 * a hostile one. Built from the blank draft and the catalogue, so they stay valid as both grow.
 */
import { catalogueEntry } from '../domain/catalogue';
import { emptyDraft } from '../domain/empty-draft';
import type { Criterion, Responsibility, RoleDraft } from '../domain/role-draft';

export const SAMPLE_NOW = new Date('2026-12-01T10:00:00.000Z');

const fromCatalogue = (id: string): Responsibility => {
  const entry = catalogueEntry(id);
  if (!entry) throw new Error(`No catalogue entry "${id}"`);
  return { id: `r-${id}`, catalogueId: id, text: entry.text, clauses: [], reason: '' };
};

const criterion = (
  id: string,
  text: string,
  category: Criterion['category'],
  assessedBy: Criterion['assessedBy'],
): Criterion => ({ id, text, category, assessedBy });

export const FULL_RESPONSIBILITY_IDS = [
  'exec-member',
  'technical-strategy',
  'budget-holder',
  'tc-lead',
  'job-family',
  'workforce-plan',
  'skills-framework',
  'equipment-investment',
  'career-pathways',
  'horizon-scanning',
] as const;

export function fullDraft(): RoleDraft {
  const draft = emptyDraft(
    'draft-full',
    'Director of Technical Strategy (Zoë’s draft)',
    '2026-11-30T09:00:00.000Z',
  );
  return {
    ...draft,
    context: {
      institutionName: 'Prifysgol Aberdaugleddau',
      nation: 'wales',
      institutionType: 'research-intensive',
      technicalCommunitySize: 640,
      techCommitmentSignatory: true,
    },
    remit: {
      scope: 'institution',
      areas: ['research-facilities', 'teaching-labs', 'workshops', 'digital-research'],
      techniciansInRemit: 640,
      sites: 3,
      external: ['sector-networks', 'uk-itss', 'technician-commitment', 'professional-bodies'],
      targetLevel: null,
    },
    authority: {
      title: 'Director of Technical Strategy',
      fte: 1,
      gradeBand: 'above-spine',
      reportsTo: 'deputy-vc',
      seats: ['executive-board', 'senate', 'research-committee', 'people-committee'],
      budgetAuthority: 'full',
      annualBudget: 2_400_000,
      decisionRights: [
        'technical-recruitment',
        'grading-promotion',
        'equipment-investment',
        'workforce-plan',
      ],
      directReports: 6,
    },
    responsibilities: [
      ...FULL_RESPONSIBILITY_IDS.map(fromCatalogue),
      {
        id: 'r-custom-herschel',
        catalogueId: null,
        text: 'Sponsor the Herschel Programme cohort with Siân Ó Súilleabháin, Łukasz Wróbel and Zoë Müller, widening women’s routes into technical leadership.',
        clauses: ['development', 'advocates'],
        reason: '',
      },
    ],
    personSpec: [
      criterion(
        'p1',
        'Significant experience leading technical services across a university or research organisation.',
        'essential',
        ['application', 'interview'],
      ),
      criterion(
        'p2',
        'A record of shaping workforce policy, such as job families or promotion routes, with Human Resources.',
        'essential',
        ['application', 'interview'],
      ),
      criterion(
        'p3',
        'Ability to present a technical strategy to an executive board and win support for it.',
        'essential',
        ['presentation'],
      ),
      criterion(
        'p4',
        'Commitment to the Technician Commitment and to equality, diversity and inclusion.',
        'essential',
        ['interview'],
      ),
      criterion(
        'p5',
        'Professional registration (RSci, CSci or CEng) or working towards it.',
        'desirable',
        ['application'],
      ),
      criterion(
        'p6',
        'Experience of UK ITSS programmes or regional technical networks; Welsh speaker (Cymraeg) welcome — ŵ ŷ.',
        'desirable',
        ['application', 'interview'],
      ),
    ],
    wording: { ...draft.wording },
    posting: {
      managerTitle: 'Dirprwy Is-Ganghellor (Deputy Vice-Chancellor)',
      gradeName: 'Grade 10, professorial scale',
      salaryFrom: 78_000,
      salaryTo: 92_000,
      department: 'Gwasanaethau Technegol (Technical Services)',
      location: 'Campws y Bae, Abertawe',
      hours: 'Full time, 36.5 hours a week',
      contract: 'Permanent',
      closingDate: '2027-01-15',
      howToApply:
        'Apply online at jobs.aberdaugleddau.ac.uk with a CV and a covering letter. For an informal conversation, contact Dr Siân Ŵyn on 01234 567890.',
      reference: 'TS-2026-041',
      welshLanguage: 'desirable',
    },
  };
}

/** Text that must stay inert and intact in every format. */
export const HOSTILE_TEXTS = {
  script: '<script>alert("x")</script> & <b>bold</b> **not bold** [link](javascript:alert(1))',
  controls: 'Bell\u0007 and escape\u001b and null\u0000 characters',
  rtl: 'Right\u200Fto\u200Eleft marks: \u202Eevil\u202C end',
  long: `${'Maintain and improve the shared equipment across every site. '.repeat(82)}END-OF-LONG`,
} as const;

export function hostileDraft(): RoleDraft {
  const draft = fullDraft();
  return {
    ...draft,
    authority: { ...draft.authority, title: 'Head of <script>alert(1)</script> Services' },
    responsibilities: [
      ...draft.responsibilities.slice(0, 2),
      ...Object.entries(HOSTILE_TEXTS).map(([key, text]): Responsibility => ({
        id: `r-hostile-${key}`,
        catalogueId: null,
        text,
        clauses: ['aligns'],
        reason: '',
      })),
    ],
    wording: { ...draft.wording, jobPurpose: `Purpose with ${HOSTILE_TEXTS.script}` },
  };
}
