import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../catalogue';
import { nearestStatement } from './nearest-statement';

describe('nearestStatement', () => {
  it('finds each catalogue statement as its own nearest, at full similarity', () => {
    for (const entry of CATALOGUE) {
      expect(nearestStatement(entry.text)).toEqual({ catalogueId: entry.id, similarity: 1 });
    }
  });

  it('finds a statement from other words for the same duty, in either spelling', () => {
    const gb = nearestStatement('Chair the technical strategy board for the whole organisation.');
    expect(gb.catalogueId).toBe('technical-board');
    expect(
      nearestStatement('Chair the technical strategy board for the whole organization.'),
    ).toEqual(gb);
  });

  it('offers nothing for a sentence the catalogue has nothing near', () => {
    expect(nearestStatement('The car park is free after six.').catalogueId).toBeNull();
    expect(nearestStatement('')).toEqual({ catalogueId: null, similarity: 0 });
  });
});
