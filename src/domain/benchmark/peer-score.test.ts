import fc from 'fast-check';
import { arbitraryDraft } from '../../testing/arbitrary-draft';
import { ownResponsibility, makeDraft } from '../../testing/make-draft';
import { SHIPPED_PEERS } from '../peers/shipped-peers';
import { scoreDraft } from '../score-draft';
import { numbersOf, peerScore } from './peer-score';

describe('peerScore', () => {
  it('gives exactly the numbers scoreDraft gives, for any draft', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        expect(peerScore(draft)).toEqual(numbersOf(scoreDraft(draft)));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on every shipped peer and on responsibilities with unknown or repeated tags', () => {
    for (const peer of SHIPPED_PEERS)
      expect(peerScore(peer.profile)).toEqual(numbersOf(scoreDraft(peer.profile)));
    const odd = makeDraft({
      responsibilities: [
        ownResponsibility('Runs the skills academy', ['skills', 'skills']),
        { id: 'x', catalogueId: 'retired-entry', text: 'Old', clauses: ['workforce'], reason: '' },
        {
          id: 'y',
          catalogueId: 'retired-entry',
          text: 'Old again',
          clauses: ['workforce'],
          reason: '',
        },
        { id: 'a', catalogueId: 'exec-member', text: 'Board', clauses: [], reason: '' },
        { id: 'b', catalogueId: 'exec-member', text: 'Board, reworded', clauses: [], reason: '' },
      ],
    });
    expect(peerScore(odd)).toEqual(numbersOf(scoreDraft(odd)));
  });
});
