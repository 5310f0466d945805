import { describe, expect, it } from 'vitest';
import { fromCatalogue, makeDraft, ownResponsibility } from '../../testing/make-draft';
import { catalogueEntry } from '../catalogue';
import { unsupportedClaims } from './wording-claims';

describe('unsupportedClaims', () => {
  it('lists each ticked clause the wording does not show directly, with a stronger sentence', () => {
    const draft = makeDraft({
      responsibilities: [
        ownResponsibility('Organise the technicians’ summer social.', ['advocates'], 'a'),
        ownResponsibility('Support the apprenticeship programme.', ['workforce'], 'b'),
        ownResponsibility('Lead the Technician Commitment.', ['advocates'], 'c'),
      ],
    });
    const claims = unsupportedClaims(draft);
    expect(claims.map((c) => [c.responsibilityId, c.clause, c.shown])).toEqual([
      ['a', 'advocates', 'none'],
      ['b', 'workforce', 'in-part'],
    ]);
    for (const claim of claims) {
      expect(catalogueEntry(claim.suggestion!.id)?.primary).toContain(claim.clause);
    }
  });

  it('leaves catalogue responsibilities alone, and never suggests one already chosen', () => {
    const draft = makeDraft({
      responsibilities: [
        { ...fromCatalogue('tc-lead'), clauses: ['skills'] },
        ownResponsibility('Organise the technicians’ summer social.', ['advocates'], 'a'),
      ],
    });
    const claims = unsupportedClaims(draft);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.suggestion?.id).not.toBe('tc-lead');
  });
});
