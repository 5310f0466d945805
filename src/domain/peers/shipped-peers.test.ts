import { CATALOGUE } from '../catalogue';
import { draftSchemas } from '../role-draft';
import * as z from 'zod/mini';
import { scoreDraft } from '../score-draft';
import { ILLUSTRATIVE_ROWS, SHIPPED_PEERS, expandRow } from './shipped-peers';

describe('the shipped illustrative peers', () => {
  it('are at least 30 valid role drafts, all labelled illustrative', () => {
    expect(SHIPPED_PEERS.length).toBeGreaterThanOrEqual(30);
    for (const peer of SHIPPED_PEERS) {
      expect(z.safeParse(draftSchemas().draft, peer.profile).success).toBe(true);
      expect(peer.illustrative).toBe(true);
      expect(peer.profile.context.institutionName).toBe('');
    }
    expect(new Set(SHIPPED_PEERS.map((p) => p.key)).size).toBe(SHIPPED_PEERS.length);
  });

  it('use only catalogue responsibilities', () => {
    const ids = new Set(CATALOGUE.map((e) => e.id));
    for (const peer of SHIPPED_PEERS) {
      for (const r of peer.profile.responsibilities)
        expect(ids.has(r.catalogueId ?? '')).toBe(true);
    }
  });

  it('span every institution type, nation and shape, 30 to 1,000+ technical staff, grade 7 to executive', () => {
    const ctx = SHIPPED_PEERS.map((p) => p.profile.context);
    expect(new Set(ctx.map((c) => c.institutionType)).size).toBe(4);
    expect(new Set(ctx.map((c) => c.nation)).size).toBe(4);
    expect(new Set(SHIPPED_PEERS.map((p) => p.shape)).size).toBe(4);
    const sizes = ctx.map((c) => c.technicalCommunitySize ?? 0);
    expect(Math.min(...sizes)).toBe(30);
    expect(Math.max(...sizes)).toBeGreaterThan(1000);
    const grades = new Set(SHIPPED_PEERS.map((p) => p.profile.authority.gradeBand));
    expect(grades.has('grade-7') && grades.has('executive')).toBe(true);
    const scopes = new Set(SHIPPED_PEERS.map((p) => p.profile.remit.scope));
    expect(scopes.has('facilities') && scopes.has('institution')).toBe(true);
  });

  it('stay plausible under the calibrated rules (docs/peer-profiles.md): executives at least strategic in part, no other shape as defined', () => {
    for (const row of ILLUSTRATIVE_ROWS) {
      const band = scoreDraft(expandRow(row)).band.id;
      if (row.shape === 'executive') expect(['partial', 'strategic']).toContain(band);
      else expect(band).not.toBe('strategic');
    }
  });
});
