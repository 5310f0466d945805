import { emptyDraft } from '../empty-draft';
import type { RoleDraft } from '../role-draft';
import { contextSentences } from './context-text';
import { dimensionSentences } from './dimensions';
import { countOf, joinList, pounds } from './format';
import { generateJobPurpose, jobPurposeOf } from './job-purpose';
import { keyRelationships } from './relationships';
import { summaryFields } from './role-summary';

const blank = () => emptyDraft('d1', 'Draft', '2026-01-01T00:00:00.000Z');

function draftWith(recipe: (d: RoleDraft) => void): RoleDraft {
  const draft = blank();
  recipe(draft);
  return draft;
}

const institutionWide = draftWith((d) => {
  d.context = {
    institutionName: 'Prifysgol Bangor',
    nation: 'wales',
    institutionType: 'broad-based',
    technicalCommunitySize: 1250,
    techCommitmentSignatory: true,
  };
  d.remit = {
    scope: 'institution',
    areas: ['teaching-labs', 'workshops'],
    techniciansInRemit: 1250,
    sites: 1,
    external: ['uk-itss'],
    targetLevel: null,
  };
  d.authority = {
    title: 'Director of Technical Services',
    fte: 0.8,
    gradeBand: 'grade-10',
    reportsTo: 'coo-registrar',
    seats: ['executive-board', 'senate'],
    budgetAuthority: 'delegated',
    annualBudget: 850_000,
    decisionRights: ['training-budget'],
    directReports: 1,
  };
});

describe('wording helpers', () => {
  it('joins lists as UK HR writes them', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
  });
  it('counts and prices in en-GB', () => {
    expect(countOf(1, 'site')).toBe('1 site');
    expect(countOf(1250, 'technician')).toBe('1,250 technicians');
    expect(pounds(850_000)).toBe('£850,000');
    expect(pounds(2_400_000)).toBe('£2.4 million');
    expect(pounds(3_000_000)).toBe('£3 million');
  });
});

describe('job purpose', () => {
  it('names the institution, its technicians and areas, in the definition’s words', () => {
    expect(generateJobPurpose(institutionWide)).toBe(
      'To lead Prifysgol Bangor’s technical workforce (about 1,250 technicians across teaching laboratories and workshops and engineering), aligning it with the institution’s long-term goals by anticipating future needs, advocating for technicians and shaping the policies that affect technical staff and the wider organisation. The postholder plays a leading part in strategic planning for workforce sustainability, skills development and investment in technical resources, and ensures that technicians have access to meaningful development opportunities.',
    );
  });
  it('reads sensibly for a blank draft and a faculty remit', () => {
    expect(generateJobPurpose(blank())).toMatch(
      /^To lead the institution’s technical workforce, aligning/,
    );
    const faculty = draftWith((d) => {
      d.remit.scope = 'one-faculty';
      d.context.institutionName = 'Ollscoil';
    });
    expect(generateJobPurpose(faculty)).toMatch(
      /^To lead the technical workforce of a faculty at Ollscoil, /,
    );
  });
  it('uses the user’s edited wording when there is one, and the generated text when it is blank', () => {
    const edited = draftWith((d) => (d.wording.jobPurpose = 'Siân’s own purpose.'));
    expect(jobPurposeOf(edited)).toBe('Siân’s own purpose.');
    const cleared = draftWith((d) => (d.wording.jobPurpose = '   '));
    expect(jobPurposeOf(cleared)).toBe(generateJobPurpose(cleared));
  });
});

describe('dimensions', () => {
  it('states budget, staff, seats, rights, sites and hours that were answered', () => {
    expect(dimensionSentences(institutionWide)).toEqual([
      'Budget: holds a delegated budget of £850,000 a year.',
      'Staff: 1 direct report; 1,250 technicians in remit.',
      'Seats: member of the university executive board and Senate or academic board.',
      'Decision rights: hold the technical training budget.',
      'Sites and services: 1 site, covering teaching laboratories and workshops and engineering.',
      'Hours: 0.8 full-time equivalent.',
    ]);
  });
  it('states nothing for a blank draft', () => {
    expect(dimensionSentences(blank())).toEqual([]);
  });
});

describe('relationships, context and summary', () => {
  it('derives relationships inside and outside from the line, seats and remit', () => {
    const { internal, external } = keyRelationships(institutionWide);
    expect(internal[0]).toBe('Chief Operating Officer or Registrar (line manager)');
    expect(internal).toContain('Members of the university executive board');
    expect(external).toEqual([
      'UK Institute for Technical Skills and Strategy (UK ITSS)',
      'Technician Commitment (as the institution’s lead or its sponsor)',
    ]);
  });
  it('describes the institution and its Technician Commitment status', () => {
    expect(contextSentences(institutionWide)).toEqual([
      'Prifysgol Bangor is a broad-based teaching and research university in Wales.',
      'Its technical community numbers about 1,250 technicians, supporting research, teaching and innovation.',
      'It is a signatory of the Technician Commitment, with its four pillars of visibility, recognition, career development and sustainability.',
    ]);
    expect(contextSentences(blank())).toEqual(['The institution is a university.']);
  });
  it('does not say a teaching-focused college supports research', () => {
    const college = {
      ...institutionWide,
      context: { ...institutionWide.context, institutionType: 'teaching-focused' as const },
    };
    expect(contextSentences(college)[1]).toMatch(
      /supporting teaching, learning and the student experience\.$/,
    );
  });
  it('heads the document with title, grade as drafted, line and remit', () => {
    expect(summaryFields(institutionWide)).toEqual([
      { label: 'Job title', value: 'Director of Technical Services' },
      { label: 'Grade', value: 'Grade 10 (top of the pay spine), as drafted' },
      { label: 'Reports to', value: 'Chief Operating Officer or Registrar' },
      {
        label: 'Responsible for',
        value: 'Institution-wide; 1 direct report; 1,250 technicians in remit',
      },
    ]);
    expect(summaryFields(blank()).map((f) => f.value)).toEqual([
      'Untitled role',
      'Not yet stated',
      'Not yet stated',
      'Not yet stated',
    ]);
  });
});
