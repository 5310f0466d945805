import { buildRoleDocument } from '../build-role-document';
import { fullDraft, hostileDraft, HOSTILE_TEXTS, SAMPLE_NOW } from '../sample-drafts';
import { advertOf, generateAdvert, MAX_ADVERT } from './build-advert';
import { buildJobPosting } from './build-job-posting';
import { checkJobPosting } from './job-posting-types';
import { renderHtml } from './render-html';

const candidate = (draft = fullDraft()) =>
  buildRoleDocument(draft, { now: SAMPLE_NOW, appVersion: '1.2.3', pack: 'candidate' });

describe('the advert', () => {
  it('has the shape of a UK job board advert, Welsh names and category included', () => {
    const text = generateAdvert(fullDraft());
    expect(text.length).toBeLessThanOrEqual(MAX_ADVERT);
    expect(text.split('\n')[0]).toBe('Director of Technical Strategy');
    expect(text).toContain(
      'Grade and salary: Grade 10, professorial scale: £78,000 to £92,000 a year',
    );
    expect(text).toContain('Location: Campws y Bae, Abertawe');
    expect(text).toContain('Closing date: 15 January 2027');
    for (const part of ['What the role will do', 'Who we are looking for', 'How to apply'])
      expect(text).toContain(`\n\n${part}\n`);
    expect(text).toContain('Welsh language: Welsh desirable.');
    expect(text).toMatch(/Applications may be made in Welsh/);
    expect(text).toContain('Dr Siân Ŵyn');
  });

  it('stays within 3,500 characters however long the draft', () => {
    const draft = hostileDraft();
    const long = { ...draft, wording: { ...draft.wording, jobPurpose: HOSTILE_TEXTS.long } };
    expect(generateAdvert(long).length).toBeLessThanOrEqual(MAX_ADVERT);
  });

  it('uses the user’s own advert when they have written one', () => {
    const draft = fullDraft();
    expect(advertOf({ ...draft, wording: { ...draft.wording, advert: 'Our own words.' } })).toBe(
      'Our own words.',
    );
  });
});

describe('the web page', () => {
  it('is one page with the language set, headings, tables with headers and no script', () => {
    const html = renderHtml(candidate(hostileDraft()));
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<h1>Head of &lt;script&gt;alert(1)&lt;/script&gt; Services</h1>');
    expect(html).toContain('<th scope="col">Criterion</th>');
    expect(html).toContain('<th scope="row">Salary</th>');
    expect(html).not.toMatch(/<script|<a\s|<iframe|\son[a-z]+=|src=|href=/i);
  });
});

describe('the job posting (JSON-LD)', () => {
  it('has Google’s required and recommended properties, of schema.org’s types', () => {
    const posting = buildJobPosting(fullDraft(), candidate(), SAMPLE_NOW);
    expect(checkJobPosting(posting)).toEqual([]);
    expect(posting).toMatchObject({
      title: 'Director of Technical Strategy',
      datePosted: '2026-12-01',
      validThrough: '2027-01-15T23:59:59Z',
      hiringOrganization: { '@type': 'Organization', name: 'Prifysgol Aberdaugleddau' },
      employmentType: ['FULL_TIME'],
      baseSalary: {
        currency: 'GBP',
        value: {
          '@type': 'QuantitativeValue',
          minValue: 78_000,
          maxValue: 92_000,
          unitText: 'YEAR',
        },
      },
    });
    expect(String(posting.description)).toContain('<li>');
  });

  it('is still sound for a draft with no salary, place or closing date', () => {
    const full = fullDraft();
    const bare = {
      ...full,
      posting: { ...full.posting, salaryFrom: null, salaryTo: null, location: '', closingDate: '' },
    };
    const posting = buildJobPosting(bare, candidate(bare), SAMPLE_NOW);
    expect(checkJobPosting(posting)).toEqual([]);
    expect(posting.validThrough).toBeUndefined();
  });

  it('names what is wrong with a posting that is not sound', () => {
    expect(
      checkJobPosting({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'X',
        datePosted: '1 Dec',
        employmentType: 'SOMETIMES',
        hiringOrganization: { '@type': 'Person', name: 'Y' },
      }),
    ).toEqual([
      'JobPosting.description: required by JobPosting',
      'JobPosting.jobLocation: required by JobPosting',
      'JobPosting.datePosted: expected Date or DateTime',
      'JobPosting.hiringOrganization: expected @Organization',
      "JobPosting.employmentType: SOMETIMES is not one of Google's values",
    ]);
  });
});
