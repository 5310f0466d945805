import fc from 'fast-check';
import { arbitraryDraft } from '../testing/arbitrary-draft';
import { ownResponsibility, fromCatalogueIds, makeDraft } from '../testing/make-draft';
import { CATALOGUE } from './catalogue';
import { concernLens, coverageFor, MAX_SUGGESTIONS, pillarLens, type Lens } from './lenses';
import { CONCERNS, TC_PILLARS } from './options';

const item = <T extends string>(lens: Lens<T>, id: T) => lens.items.find((i) => i.id === id)!;

describe('coverage words', () => {
  it.each([
    [0, 'not addressed'],
    [1, 'touched on'],
    [2, 'addressed'],
    [7, 'addressed'],
  ] as const)('%i responsibilities read as “%s”', (count, word) => {
    expect(coverageFor(count)).toBe(word);
  });
});

describe('pillarLens', () => {
  it('lists the four pillars in order, with the Technician Commitment as source', () => {
    const lens = pillarLens(makeDraft());
    expect(lens.items.map((i) => i.id)).toEqual([...TC_PILLARS.ids]);
    expect(lens.items.map((i) => i.label)).toEqual([
      'Visibility',
      'Recognition',
      'Career development',
      'Sustainability',
    ]);
    expect(lens.source).toMatch(/Technician Commitment/);
  });

  it('marks every pillar not addressed in a blank draft, with suggestions for each', () => {
    for (const pillar of pillarLens(makeDraft()).items) {
      expect(pillar.coverage).toBe('not addressed');
      expect(pillar.responsibilities).toEqual([]);
      expect(pillar.suggestions.length).toBeGreaterThan(0);
      expect(pillar.suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    }
  });

  it('counts one responsibility as touched on and two as addressed', () => {
    const one = pillarLens(
      makeDraft({ responsibilities: fromCatalogueIds(['awards-visibility']) }),
    );
    expect(item(one, 'visibility').coverage).toBe('touched on');
    expect(item(one, 'recognition').coverage).toBe('touched on');
    expect(item(one, 'sustainability').coverage).toBe('not addressed');
    const two = pillarLens(
      makeDraft({
        responsibilities: fromCatalogueIds(['awards-visibility', 'recognition-credit']),
      }),
    );
    expect(item(two, 'recognition')).toMatchObject({
      coverage: 'addressed',
      responsibilities: [
        {
          responsibilityId: 'r-awards-visibility',
          text: expect.stringMatching(/^Raise the visibility/),
        },
        { responsibilityId: 'r-recognition-credit', text: expect.stringMatching(/^Champion/) },
      ],
    });
  });

  it('lets the Technician Commitment lead responsibility touch on all four pillars', () => {
    const lens = pillarLens(makeDraft({ responsibilities: fromCatalogueIds(['tc-lead']) }));
    for (const pillar of lens.items) expect(pillar.coverage).toBe('touched on');
  });

  it('never suggests a responsibility the draft already holds', () => {
    const lens = pillarLens(makeDraft({ responsibilities: fromCatalogueIds(['career-pathways']) }));
    expect(item(lens, 'career-development').suggestions.map((s) => s.catalogueId)).not.toContain(
      'career-pathways',
    );
  });

  it('suggests only responsibilities tagged with the pillar', () => {
    for (const pillar of pillarLens(makeDraft()).items) {
      for (const s of pillar.suggestions) {
        expect(CATALOGUE.find((e) => e.id === s.catalogueId)?.pillars).toContain(pillar.id);
      }
    }
  });

  it('ignores the user’s own responsibilities, which carry no tags', () => {
    const lens = pillarLens(
      makeDraft({
        responsibilities: [ownResponsibility('Celebrate technicians’ visibility.', ['advocates'])],
      }),
    );
    for (const pillar of lens.items) expect(pillar.coverage).toBe('not addressed');
  });
});

describe('concernLens', () => {
  it('lists the six concerns from Unite’s survey, citing it', () => {
    const lens = concernLens(makeDraft());
    expect(lens.items.map((i) => i.id)).toEqual([...CONCERNS.ids]);
    expect(lens.items).toHaveLength(6);
    expect(lens.source).toMatch(/Unite/);
  });

  it('reads cost recovery from the costing and cost-recovery responsibilities', () => {
    const lens = concernLens(
      makeDraft({ responsibilities: fromCatalogueIds(['costing-policy', 'cost-recovery']) }),
    );
    expect(item(lens, 'cost-recovery').coverage).toBe('addressed');
    expect(item(lens, 'job-security').coverage).toBe('addressed');
    expect(item(lens, 'learning').coverage).toBe('not addressed');
  });

  it('has a suggestion for every concern, and none once the whole catalogue is chosen', () => {
    for (const concern of concernLens(makeDraft()).items)
      expect(concern.suggestions.length).toBeGreaterThan(0);
    const all = concernLens(
      makeDraft({ responsibilities: fromCatalogueIds(CATALOGUE.map((e) => e.id)) }),
    );
    for (const concern of all.items) {
      expect(concern.coverage).toBe('addressed');
      expect(concern.suggestions).toEqual([]);
    }
  });

  it('holds together over generated drafts: coverage agrees with the responsibilities listed', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        for (const lens of [pillarLens(draft), concernLens(draft)]) {
          for (const i of lens.items) {
            expect(i.coverage).toBe(coverageFor(i.responsibilities.length));
            const held = new Set(draft.responsibilities.map((r) => r.catalogueId));
            for (const s of i.suggestions) expect(held.has(s.catalogueId)).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
