import { CATALOGUE } from '../../domain/catalogue';
import { searchCatalogue } from './catalogue-search';

describe('catalogue search', () => {
  it('groups every responsibility under each clause it evidences directly', () => {
    const groups = searchCatalogue(CATALOGUE, '');
    expect(groups).toHaveLength(9);
    for (const group of groups) {
      expect(group.entries.every((e) => e.primary.includes(group.clause.id))).toBe(true);
    }
  });

  it('needs every word of the query, in any case, in the responsibility or its clause names', () => {
    const found = searchCatalogue(CATALOGUE, 'APPRENTICESHIPS trainee').flatMap((g) => g.entries);
    expect(found.map((e) => e.id)).toContain('apprenticeships');
    expect(searchCatalogue(CATALOGUE, 'apprenticeships zebra')).toEqual([]);
  });
});
