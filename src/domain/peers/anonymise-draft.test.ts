import * as z from 'zod/mini';
import { customStatement, fromCatalogue, makeCriterion, makeDraft } from '../../testing/make-draft';
import { RoleDraftSchema } from '../role-draft';
import { anonymisedPack, anonymiseDraft, WITHHELD } from './anonymise-draft';
import { importJsonPack } from './import-json-pack';

const draft = makeDraft({
  name: 'Jane Smith’s role at Anytown',
  createdAt: '2026-03-14T10:11:12.000Z',
  context: {
    institutionName: 'University of Anytown',
    technicalCommunitySize: 437,
    nation: 'wales',
  },
  remit: { techniciansInRemit: 123 },
  authority: { title: 'Director of Technical Strategy', annualBudget: 1_234_567 },
  responsibilities: [
    fromCatalogue('tc-lead'),
    customStatement('Lead the Anytown robotics hub', ['skills']),
  ],
  personSpec: [makeCriterion({ text: 'Experience at Anytown' })],
  wording: { jobPurpose: 'To lead technical staff at Anytown.' },
});

describe('the anonymised peer profile', () => {
  it('holds no institution, name, title or free text by default', () => {
    const out = anonymiseDraft(draft, { includeTitle: false, includeFreeText: false });
    expect(JSON.stringify(out)).not.toMatch(/Anytown|Jane|Director of Technical Strategy/);
    expect(out.createdAt).toBe('2026-03-01T00:00:00.000Z');
    expect(out.context.technicalCommunitySize).toBe(440);
    expect(out.authority.annualBudget).toBe(1_230_000);
    expect(out.responsibilities[1]).toMatchObject({ text: WITHHELD, clauses: ['skills'] });
    expect(out.personSpec).toEqual([]);
    expect(z.safeParse(RoleDraftSchema, out).success).toBe(true);
  });

  it('includes the title and free text only when chosen', () => {
    const out = anonymiseDraft(draft, { includeTitle: true, includeFreeText: true });
    expect(out.authority.title).toBe('Director of Technical Strategy');
    expect(out.responsibilities[1]?.text).toBe('Lead the Anytown robotics hub');
    expect(out.context.institutionName).toBe('');
  });

  it('is a peer pack Keystone can import again', async () => {
    const file = anonymisedPack(
      draft,
      { includeTitle: false, includeFreeText: false },
      '2026-11-20T09:00:00.000Z',
    );
    const result = await importJsonPack(JSON.stringify(file));
    expect(result.ok).toBe(true);
  });
});
