/**
 * One rule for text, in and out (text-rule.ts): whatever a person types or pastes into a field,
 * every file Keystone writes and reads again gives back the same text: the exchange file, the
 * backup (drafts and restore points) and the anonymised profile (a peer pack), and this
 * device's own saved data.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { toExchangeJson } from '../domain/exchange/draft-exchange';
import { anonymisedPack, anonymiseDraft } from '../domain/peers/anonymise-draft';
import { importJsonPack } from '../domain/peers/import-json-pack';
import type { RoleDraft } from '../domain/role-draft';
import { keepText } from '../domain/text-rule';
import { arbitraryDraft, arbitraryPastedText } from '../testing/arbitrary-draft';
import { ownResponsibility, makeCriterion } from '../testing/make-draft';
import { readDraftFile } from './files/open-draft';
import { useKeystoneStore } from './keystone-store';
import type { RestorePoint } from './history/restore-points';
import { readBackup, writeBackup } from './storage/backup-file';
import { readSavedData } from './storage/read-saved-data';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The draft after the person typed or pasted `pasted` into its free-text fields. */
function typedInto(base: RoleDraft, pasted: string): RoleDraft {
  const store = useKeystoneStore.getState();
  const id = store.createDraft('Typed', base);
  store.updateDraft(id, (d) => ({
    ...d,
    name: pasted.slice(0, 200),
    authority: { ...d.authority, title: pasted.slice(0, 200) },
    responsibilities: [...d.responsibilities, ownResponsibility(pasted, ['advocates'])],
    personSpec: [...d.personSpec, makeCriterion({ text: pasted })],
    wording: { ...d.wording, jobPurpose: pasted },
  }));
  const draft = useKeystoneStore.getState().drafts[id];
  if (!draft) throw new Error('The draft was not created.');
  return draft;
}

afterEach(() => {
  useKeystoneStore.setState({ drafts: {}, order: [], currentId: null, steps: {} });
});

describe('what a field keeps, every file gives back', () => {
  it('through the exchange file, the backup, the anonymised profile and saved data (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDraft(), arbitraryPastedText(300), async (base, pasted) => {
        const draft = typedInto(base, pasted);

        const exchanged = readDraftFile(bytes(toExchangeJson(draft)));
        expect(exchanged).toEqual({ ok: true, draft });

        const data = {
          drafts: { [draft.id]: draft },
          order: [draft.id],
          currentId: draft.id,
          steps: {},
        };
        const point: RestorePoint = {
          id: 'p1',
          kind: 'named',
          label: keepText(pasted.slice(0, 200)),
          createdAt: draft.updatedAt,
          draft,
        };
        const backup = readBackup(bytes(writeBackup(data, [point], new Date(0))));
        expect(backup).toEqual({ ok: true, drafts: [draft], restorePoints: [point] });

        const saved = readSavedData(JSON.stringify({ state: data, version: 1 }));
        expect(saved.kind).toBe('ok');
        if (saved.kind === 'ok') expect(saved.data.drafts[draft.id]).toEqual(draft);

        const choices = { includeTitle: true, includeFreeText: true };
        const pack = await importJsonPack(
          JSON.stringify(anonymisedPack(draft, choices, draft.updatedAt)),
        );
        expect(pack.ok ? pack.pack.profiles : pack.errors).toEqual([
          anonymiseDraft(draft, choices),
        ]);
      }),
      { numRuns: 150 },
    );
  });

  it('opens Keystone’s own files that hold a line break pasted from Word before this rule', () => {
    const fixture = readFileSync('tests/fixtures/backup-v1-first-release.json', 'utf8');
    const pasted = fixture.replace(
      '"name": "Director of Technical Strategy"',
      '"name": "Director of\\u000bTechnical Strategy"',
    );
    expect(pasted).not.toBe(fixture);
    const backup = readBackup(bytes(pasted));
    expect(backup.ok && backup.drafts[0]?.name).toBe('Director of\nTechnical Strategy');
    const saved = readSavedData(
      JSON.stringify({ state: JSON.parse(pasted).state as unknown, version: 1 }),
    );
    expect(saved.kind === 'ok' && saved.data.drafts['draft-release-1']?.name).toBe(
      'Director of\nTechnical Strategy',
    );
  });

  it('removes, rather than refuses, what no field keeps from this device’s own saved data', () => {
    const fixture = JSON.parse(
      readFileSync('tests/fixtures/backup-v1-first-release.json', 'utf8'),
    ) as {
      state: { drafts: Record<string, { name: string }> };
    };
    const stored = fixture.state.drafts['draft-release-1'];
    if (!stored) throw new Error('fixture changed');
    stored.name = 'Bell\u0007 here';
    const saved = readSavedData(JSON.stringify({ state: fixture.state, version: 1 }));
    expect(saved.kind === 'ok' && saved.data.drafts['draft-release-1']?.name).toBe('Bell here');
  });
});
