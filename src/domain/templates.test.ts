import { catalogueEntry } from './catalogue';
import { findContradictions } from './contradictions';
import { emptyDraft } from './empty-draft';
import { pillarLens } from './lenses';
import { draftSchemas } from './role-draft';
import { scoreDraft } from './score-draft';
import { TEMPLATES, templateById } from './templates';

const NOW = '2026-03-04T10:00:00.000Z';
const built = TEMPLATES.map((t) => [t.id, t.build(`draft-${t.id}`, NOW)] as const);
const draftOf = (id: string) => built.find(([tid]) => tid === id)![1];

describe('templates', () => {
  it('offers Blank first and three realistic roles, with unique ids and names', () => {
    expect(TEMPLATES.map((t) => t.name)[0]).toBe('Blank');
    expect(TEMPLATES).toHaveLength(4);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(4);
    expect(new Set(TEMPLATES.map((t) => t.name)).size).toBe(4);
    for (const t of TEMPLATES) expect(t.description).toMatch(/\.$/);
  });

  it('builds Blank as the empty draft', () => {
    expect(templateById('blank')?.build('x', NOW)).toEqual(emptyDraft('x', 'New role', NOW));
    expect(templateById('nope')).toBeUndefined();
  });

  it.each(built)('builds “%s” as a valid draft with the given id and time', (id, draft) => {
    expect(draftSchemas().draft.safeParse(draft).success).toBe(true);
    expect(draft.id).toBe(`draft-${id}`);
    expect(draft.createdAt).toBe(NOW);
    expect(draft.updatedAt).toBe(NOW);
  });

  it.each(built.slice(1))('fills in every section of “%s”', (_id, draft) => {
    expect(draft.context.techCommitmentSignatory).not.toBeNull();
    expect(draft.remit.scope).not.toBeNull();
    expect(draft.authority.gradeBand).not.toBeNull();
    expect(draft.authority.title).not.toBe('');
    expect(draft.responsibilities.length).toBeGreaterThanOrEqual(6);
    expect(draft.personSpec.length).toBeGreaterThanOrEqual(6);
    expect(draft.personSpec.some((c) => c.category === 'essential')).toBe(true);
    expect(draft.personSpec.some((c) => c.category === 'desirable')).toBe(true);
  });

  it.each(built)(
    'uses real catalogue responsibilities, word for word, and unique ids in “%s”',
    (_id, draft) => {
      for (const r of draft.responsibilities) {
        if (r.catalogueId !== null) expect(catalogueEntry(r.catalogueId)?.text).toBe(r.text);
        else expect(r.clauses.length).toBeGreaterThan(0);
      }
      const ids = [
        ...draft.responsibilities.map((r) => r.id),
        ...draft.personSpec.map((c) => c.id),
      ];
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it.each(built)('has no contradictions in “%s”', (_id, draft) => {
    expect(findContradictions(draft)).toEqual([]);
  });

  it('ranks the roles from operational to strategic', () => {
    expect(scoreDraft(draftOf('blank')).band.id).toBe('operational');
    // A faculty's technical services: a senior technical manager on the calibrated bands (issue 12).
    expect(scoreDraft(draftOf('faculty-manager')).band.id).toBe('senior-manager');
    expect(scoreDraft(draftOf('head-of-technical-services')).band.id).toBe('partial');
    expect(scoreDraft(draftOf('director-technical-strategy')).band.id).toBe('strategic');
    const overall = built.map(([, d]) => scoreDraft(d).overall);
    expect(overall).toEqual([...overall].sort((a, b) => a - b));
  });

  it('makes the executive template address every Technician Commitment pillar', () => {
    for (const pillar of pillarLens(draftOf('director-technical-strategy')).items) {
      expect(pillar.coverage).not.toBe('not addressed');
    }
  });

  it('builds a fresh draft each time', () => {
    const template = templateById('director-technical-strategy')!;
    const a = template.build('a', NOW);
    a.authority.seats.pop();
    a.responsibilities.length = 0;
    const b = template.build('b', NOW);
    expect(b.authority.seats).toContain('edi-committee');
    expect(b.responsibilities.length).toBeGreaterThan(0);
  });
});
