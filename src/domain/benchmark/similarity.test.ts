import fc from 'fast-check';
import { fromCatalogueIds, makeDraft } from '../../testing/make-draft';
import { profile } from './prepared-peer';
import { gradeCloseness, overlap, popcount, similarity } from './similarity';

describe('similarity', () => {
  it('counts bits', () => {
    expect(popcount(0)).toBe(0);
    expect(popcount(0b1011)).toBe(3);
    expect(popcount(0xffffffff)).toBe(32);
  });

  it('matches a hand-computed case', () => {
    // Responsibilities: 2 shared of 4 held by either → 0.5. Seats: 1 shared of 2 → 0.5.
    // Grades 8 and 10: two bands apart of six → 1 − 2/6 = 0.667.
    // 0.5 × 0.5 + 0.25 × 0.5 + 0.25 × 0.667 = 0.5417.
    const a = profile(
      makeDraft({
        authority: { gradeBand: 'grade-8', seats: ['executive-board'] },
        responsibilities: fromCatalogueIds(['tc-lead', 'mentoring', 'skills-gap']),
      }),
    );
    const b = profile(
      makeDraft({
        authority: { gradeBand: 'grade-10', seats: ['executive-board', 'senate'] },
        responsibilities: fromCatalogueIds(['tc-lead', 'mentoring', 'succession']),
      }),
    );
    expect(similarity(a, b)).toBeCloseTo(0.5 * 0.5 + 0.25 * 0.5 + 0.25 * (4 / 6), 6);
  });

  it('treats two empty sets as alike and an unanswered grade as unlike', () => {
    expect(overlap([0], [0])).toBe(1);
    expect(gradeCloseness(null, 3)).toBe(0);
    expect(gradeCloseness(0, 6)).toBe(0);
  });

  it('is 1 for identical roles, symmetric, and between 0 and 1', () => {
    const draftArb = fc.record({
      grade: fc.constantFrom('grade-7', 'grade-9', 'executive' as const),
      responsibilities: fc.subarray([
        'tc-lead',
        'mentoring',
        'succession',
        'exec-member',
        'budget-holder',
      ]),
    });
    fc.assert(
      fc.property(draftArb, draftArb, (x, y) => {
        const a = profile(
          makeDraft({
            authority: { gradeBand: x.grade },
            responsibilities: fromCatalogueIds(x.responsibilities),
          }),
        );
        const b = profile(
          makeDraft({
            authority: { gradeBand: y.grade },
            responsibilities: fromCatalogueIds(y.responsibilities),
          }),
        );
        expect(similarity(a, a)).toBe(1);
        expect(similarity(a, b)).toBeCloseTo(similarity(b, a), 12);
        expect(similarity(a, b)).toBeGreaterThanOrEqual(0);
        expect(similarity(a, b)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('nearest peers', () => {
  it('rank by the same similarity as similarity()', async () => {
    const { SHIPPED_PEERS } = await import('../peers/shipped-peers');
    const { selectPeers } = await import('./peer-set');
    const { nearestPeers } = await import('./nearest-peers');
    const { preparePeer } = await import('./prepared-peer');
    const role = profile(SHIPPED_PEERS[4]!.profile);
    const set = selectPeers(SHIPPED_PEERS, SHIPPED_PEERS[0]!.profile.peerFilter);
    const nearest = nearestPeers(role, set, SHIPPED_PEERS.length);
    for (const n of nearest)
      expect(n.similarity).toBeCloseTo(similarity(role, preparePeer(n.peer)), 12);
    expect(nearest[0]?.peer).toBe(SHIPPED_PEERS[4]);
  });
});
