import fc from 'fast-check';
import * as z from 'zod/mini';
import { arbitraryDraft } from '../../testing/arbitrary-draft';
import {
  ownResponsibility,
  fromCatalogue,
  makeCriterion,
  makeDraft,
} from '../../testing/make-draft';
import { DRAFT_FIELDS } from '../draft-fields/draft-fields';
import type { KindSpec } from '../draft-fields/field-kinds';
import type { DraftRow, FieldRow, Rows, Share } from '../draft-fields/field-row';
import { draftSchemas, type RoleDraft } from '../role-draft';
import { anonymisedPack, anonymiseDraft, WITHHELD, withholds } from './anonymise-draft';
import { isExactDraft } from './exact-draft';
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
    ownResponsibility('Lead the Anytown robotics hub', ['skills']),
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
    expect(z.safeParse(draftSchemas().draft, out).success).toBe(true);
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

/** A value no anonymised field would hold by chance: marked text, an off-grid number, full lists. */
function distinctive(spec: KindSpec, share: Share, path: string): unknown {
  switch (spec.type) {
    case 'text':
    case 'nullable-text':
      return share === 'month' ? `2026-03-14T10:11:12.000Z «${path}»` : `«${path}»`;
    case 'count':
      return Math.min(spec.max, 1_234_570) - 3;
    case 'decimal':
      return (spec.min + spec.max) / 2;
    case 'yes-no':
      return true;
    case 'option':
    case 'one-of':
      return spec.ids[spec.ids.length - 1];
    case 'id-set':
    case 'id-list':
      return [...spec.ids];
  }
}

interface Planted {
  path: string;
  row: FieldRow;
  holder: Record<string, unknown>;
  value: unknown;
  read: (out: RoleDraft) => unknown;
}

type Obj = Record<string, unknown>;

/** Puts a distinctive value in every field that is not simply kept; says where each went. */
function plant(draft: RoleDraft): Planted[] {
  const planted: Planted[] = [];
  const fill = (rows: Rows, holder: Obj, at: string, read: (out: RoleDraft) => Obj | undefined) => {
    for (const [key, row] of Object.entries(rows)) {
      if (row.share === 'keep') continue;
      const path = `${at}${key}`;
      const value = distinctive(row.kind.spec, row.share, path);
      holder[key] = value;
      planted.push({ path, row, holder, value, read: (out) => read(out)?.[key] });
    }
  };
  const source = draft as unknown as Obj;
  for (const [key, row] of Object.entries<DraftRow>(DRAFT_FIELDS)) {
    if (row.part === 'field') fill({ [key]: row }, source, '', (out) => out as unknown as Obj);
    if (row.part === 'section') {
      fill(row.fields, source[key] as Obj, `${key}.`, (out) => (out as unknown as Obj)[key] as Obj);
    }
    if (row.part === 'list') {
      (source[key] as Obj[]).forEach((item, i) =>
        fill(row.fields, item, `${key}.${i}.`, (out) => ((out as unknown as Obj)[key] as Obj[])[i]),
      );
    }
  }
  return planted;
}

describe('the anonymised peer profile (property)', () => {
  const everyChoice = fc.record({ includeTitle: fc.boolean(), includeFreeText: fc.boolean() });

  it('never carries the value of a field its row keeps on the device, whatever is chosen', () => {
    fc.assert(
      fc.property(arbitraryDraft(), everyChoice, (draft, choices) => {
        const planted = plant(draft);
        const out = anonymiseDraft(draft, choices);
        const text = JSON.stringify(out);
        for (const { path, row, holder, value, read } of planted) {
          if (!withholds(row.share, choices, holder)) continue;
          if (typeof value === 'string') expect(text, path).not.toContain(`«${path}»`);
          else expect(read(out), path).not.toEqual(value);
        }
        expect(isExactDraft(out)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what the user chose to share', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        plant(draft);
        const out = anonymiseDraft(draft, { includeTitle: true, includeFreeText: true });
        expect(out.authority.title).toBe(draft.authority.title);
        expect(out.wording.jobPurpose).toBe(draft.wording.jobPurpose);
        expect(out.personSpec.map((c) => c.text)).toEqual(draft.personSpec.map((c) => c.text));
      }),
      { numRuns: 100 },
    );
  });
});
