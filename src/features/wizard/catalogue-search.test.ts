import { CATALOGUE } from '../../domain/catalogue';
import { searchCatalogue } from './catalogue-search';

describe('catalogue search', () => {
  it('groups every responsibility under each clause it evidences directly, the rest last', () => {
    const groups = searchCatalogue(CATALOGUE, '');
    // Duties never evidence "empowered" (authority does), so eight clauses and the rest.
    expect(groups.map((g) => g.id)).not.toContain('empowered');
    expect(groups).toHaveLength(9);
    for (const group of groups.slice(0, -1)) {
      expect(group.entries.every((e) => e.primary.includes(group.id as never))).toBe(true);
    }
    expect(groups.at(-1)!.entries.every((e) => e.primary.length === 0)).toBe(true);
    const shown = new Set(groups.flatMap((g) => g.entries.map((e) => e.id)));
    expect(shown.size).toBe(CATALOGUE.length);
  });

  it('needs every word of the query, in any case, in the responsibility or its clause names', () => {
    const found = searchCatalogue(CATALOGUE, 'APPRENTICESHIPS trainee').flatMap((g) => g.entries);
    expect(found.map((e) => e.id)).toContain('apprenticeships');
    expect(searchCatalogue(CATALOGUE, 'apprenticeships zebra')).toEqual([]);
  });
});
