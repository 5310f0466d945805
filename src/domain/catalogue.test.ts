import { CATALOGUE, catalogueEntry } from './catalogue';
import { CLAUSE_IDS } from './definition';
import { CONCERNS, HERA_ELEMENTS, TC_PILLARS } from './options';

describe('the responsibility catalogue', () => {
  it('holds at least 45 responsibilities', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(45);
  });

  it('gives every responsibility a unique, kebab-case id', () => {
    const ids = CATALOGUE.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('finds entries by id and returns undefined for unknown ids', () => {
    expect(catalogueEntry('tc-lead')?.id).toBe('tc-lead');
    expect(catalogueEntry('no-such-responsibility')).toBeUndefined();
    expect(catalogueEntry('')).toBeUndefined();
  });

  it.each(CATALOGUE.map((entry) => [entry.id, entry] as const))(
    '%s never lists a clause twice, and never "empowered" (authority evidences it, not duties)',
    (_id, entry) => {
      expect([...entry.primary, ...entry.secondary]).not.toContain('empowered');
      const tagged = [...entry.primary, ...entry.secondary];
      expect(new Set(tagged).size).toBe(tagged.length);
      for (const clause of tagged) expect(CLAUSE_IDS).toContain(clause);
    },
  );

  it('holds at least 90 statements, a third of them the operational work that evidences no clause directly', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(90);
    expect(CATALOGUE.filter((e) => e.primary.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(CLAUSE_IDS.filter((c) => c !== 'empowered').map((clause) => [clause] as const))(
    'has at least four responsibilities that evidence "%s" directly',
    (clause) => {
      expect(
        CATALOGUE.filter((entry) => entry.primary.includes(clause)).length,
      ).toBeGreaterThanOrEqual(4);
    },
  );

  it('covers the external role (sector, UK ITSS, policy)', () => {
    const external = CATALOGUE.filter((entry) => entry.external);
    expect(external.length).toBeGreaterThanOrEqual(2);
    const text = external.map((entry) => entry.text).join(' ');
    expect(text).toMatch(/UK ITSS/);
    expect(text).toMatch(/polic/i);
  });

  it.each(CONCERNS.ids.map((concern) => [concern] as const))(
    'answers the technicians’ concern "%s" with at least two responsibilities',
    (concern) => {
      expect(
        CATALOGUE.filter((entry) => entry.concerns.includes(concern)).length,
      ).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(TC_PILLARS.ids.map((pillar) => [pillar] as const))(
    'serves the Technician Commitment pillar "%s"',
    (pillar) => {
      expect(CATALOGUE.some((entry) => entry.pillars.includes(pillar))).toBe(true);
    },
  );

  it('uses only known pillar, concern and HERA tags', () => {
    for (const entry of CATALOGUE) {
      for (const pillar of entry.pillars) expect(TC_PILLARS.ids).toContain(pillar);
      for (const concern of entry.concerns) expect(CONCERNS.ids).toContain(concern);
      expect(entry.hera.length).toBeGreaterThan(0);
      for (const element of entry.hera) expect(HERA_ELEMENTS.ids).toContain(element);
    }
  });

  it('writes responsibilities as outcome-focused sentences that start with an active verb', () => {
    for (const entry of CATALOGUE) {
      expect(entry.text).toMatch(/^[A-Z][a-z]+[ ,]/);
      expect(entry.text).toMatch(/\.$/);
      expect(entry.text.length).toBeLessThan(300);
      expect(entry.text).not.toMatch(/^(Responsible|Responsibility|Duties)/);
    }
  });

  it('spells in British English', () => {
    const american =
      /\b(organiz\w*|prioritiz\w*|analyz\w*|recogniz\w*|optimiz\w*|standardiz\w*|utiliz\w*|centers?|colors?|labor|behaviors?|program|programs|modeling|enroll\w*|judgment|fulfill)\b/i;
    for (const entry of CATALOGUE) expect(entry.text).not.toMatch(american);
  });
});
