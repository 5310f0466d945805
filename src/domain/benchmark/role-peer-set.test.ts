import fc from 'fast-check';
import { arbitraryDraft } from '../../testing/arbitrary-draft';
import { makeDraft } from '../../testing/make-draft';
import { SHIPPED_PEERS } from '../peers/shipped-peers';
import { benchmarkDraft, compareDrafts } from './benchmark-draft';
import { MIN_PEERS } from './role-peer-set';

describe('the peer set starts from the role', () => {
  it('opens on peers like the role, from its answers, and says so', () => {
    const draft = makeDraft({
      context: { nation: 'england', institutionType: 'research-intensive' },
      authority: { gradeBand: 'grade-9' },
    });
    const result = benchmarkDraft(draft, SHIPPED_PEERS);
    expect(result.fromRole).toBe(true);
    expect(result.count).toBeGreaterThanOrEqual(MIN_PEERS);
    expect(result.count).toBeLessThan(SHIPPED_PEERS.length);
    expect(result.description).toMatch(/chosen from this role’s answers$/);
    for (const peer of SHIPPED_PEERS.filter((p) => p.profile.authority.gradeBand === 'grade-7')) {
      expect(result.nearest.map((n) => n.peer.key)).not.toContain(peer.key);
    }
  });

  it('widens one answer at a time while fewer than five peers match, and says what it left out', () => {
    const draft = makeDraft({
      context: {
        nation: 'northern-ireland',
        institutionType: 'specialist',
        technicalCommunitySize: 37,
      },
      authority: { gradeBand: 'executive' },
    });
    const result = benchmarkDraft(draft, SHIPPED_PEERS);
    expect(result.count).toBeGreaterThanOrEqual(MIN_PEERS);
    expect(result.widened).toMatch(
      /peers? match(es)? this role’s answers.*so Keystone left out size of technical community/,
    );
  });

  it('uses a peer set the person chose as it is', () => {
    const draft = makeDraft({ peerFilter: { nations: ['wales'] } });
    const result = benchmarkDraft(draft, SHIPPED_PEERS);
    expect(result.fromRole).toBe(false);
    expect(result.widened).toBeNull();
    expect(result.description).toBe('Peers in Wales');
  });

  it('compares several drafts with the first draft’s peers', () => {
    const head = makeDraft({ authority: { gradeBand: 'grade-8' } });
    const director = makeDraft({ id: 'd2', authority: { gradeBand: 'executive' } });
    const [a, b] = compareDrafts([head, director], SHIPPED_PEERS);
    expect(a?.description).toBe(b?.description);
    expect(a?.count).toBe(b?.count);
  });
});

describe('no percentile below five peers', () => {
  it('gives no percentile, quartile or share for fewer than five peers, for any draft and peer set', () => {
    fc.assert(
      fc.property(
        arbitraryDraft(),
        fc.subarray([...SHIPPED_PEERS], { maxLength: MIN_PEERS + 2 }),
        (draft, peers) => {
          const result = benchmarkDraft(draft, peers);
          if (result.count >= MIN_PEERS) return !result.tooFew;
          return (
            result.tooFew &&
            result.positions.every(
              (p) => p.percentile === null && p.quartiles === null && p.standing === null,
            ) &&
            result.insights.every((i) => !/\d%|\(\w+ quartile\)|median/i.test(i.text))
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
