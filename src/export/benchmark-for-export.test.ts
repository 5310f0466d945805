import { SHIPPED_PEERS } from '../domain/peers/shipped-peers';
import { CLAUSE_IDS } from '../domain/definition';
import { benchmarkForExport } from './benchmark-for-export';
import { buildRoleDocument } from './build-role-document';
import { fullDraft, SAMPLE_NOW } from './sample-drafts';

describe('the benchmark in the annex', () => {
  it('summarises the draft against the shipped peers, saying they are illustrative', () => {
    const summary = benchmarkForExport(fullDraft(), SHIPPED_PEERS);
    expect(summary).not.toBeNull();
    // Peers like the role, from its answers: at least five, never the whole library unasked.
    expect(summary?.peerCount).toBeGreaterThanOrEqual(5);
    expect(summary?.peerSet).toMatch(/chosen from this role’s answers/);
    expect(summary?.includesIllustrative).toBe(true);
    expect(Object.keys(summary?.clauseMedians ?? {}).sort()).toEqual([...CLAUSE_IDS].sort());
    expect(summary?.positions.map((p) => p.dimension)).toContain('Empowered decision-maker');
  });

  it('is left out when there are no peers', () => {
    expect(benchmarkForExport(fullDraft(), [])).toBeNull();
  });

  it('puts the peer median on the annex chart and the positions in a table', () => {
    const benchmark = benchmarkForExport(fullDraft(), SHIPPED_PEERS);
    const doc = buildRoleDocument(fullDraft(), { now: SAMPLE_NOW, appVersion: '1', benchmark });
    const chart = doc.blocks.find((b) => b.kind === 'chart');
    expect(chart).toMatchObject({ markerLabel: 'Peer median' });
    expect(
      doc.blocks.some(
        (b) => b.kind === 'paragraph' && /illustrative profiles shipped/.test(b.text),
      ),
    ).toBe(true);
  });
});
