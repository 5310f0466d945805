import { draftSchemas } from './role-draft';
import { PERSON_SPEC_SUGGESTIONS, personSpecSuggestion } from './person-spec-catalogue';

describe('person specification suggestions', () => {
  it('offers around fifteen, with unique ids', () => {
    expect(PERSON_SPEC_SUGGESTIONS.length).toBeGreaterThanOrEqual(15);
    const ids = PERSON_SPEC_SUGGESTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes valid criteria, each assessed at least one way', () => {
    for (const s of PERSON_SPEC_SUGGESTIONS) {
      expect(s.assessedBy.length).toBeGreaterThan(0);
      expect(
        draftSchemas().criterion.safeParse({ ...s, assessedBy: [...s.assessedBy] }).success,
      ).toBe(true);
    }
  });

  it('splits into essential and desirable criteria', () => {
    const essential = PERSON_SPEC_SUGGESTIONS.filter((s) => s.category === 'essential').length;
    const desirable = PERSON_SPEC_SUGGESTIONS.filter((s) => s.category === 'desirable').length;
    expect(essential).toBeGreaterThanOrEqual(6);
    expect(desirable).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ['professional registration', /RSciTech.*CEng/],
    ['Advance HE fellowship', /Advance HE fellowship/],
    ['leading technical teams', /leading and managing technical teams/],
    ['the Technician Commitment', /Technician Commitment/],
    ['equality, diversity and inclusion', /equality, diversity and inclusion/],
    ['budgets', /budgets/],
  ])('covers %s', (_name, pattern) => {
    expect(PERSON_SPEC_SUGGESTIONS.some((s) => pattern.test(s.text))).toBe(true);
  });

  it('finds a suggestion by id', () => {
    expect(personSpecSuggestion('edi-commitment')?.category).toBe('essential');
    expect(personSpecSuggestion('nope')).toBeUndefined();
  });

  it('spells in British English and ends each criterion with a full stop', () => {
    for (const s of PERSON_SPEC_SUGGESTIONS) {
      expect(s.text).not.toMatch(/\b(organization|prioritize|program|analyze)\b/i);
      expect(s.text).toMatch(/\.$/);
    }
  });
});
