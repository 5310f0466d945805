import fc from 'fast-check';
import { arbitraryDraft } from '../../testing/arbitrary-draft';
import { fromCatalogueIds, makeDraft, ownResponsibility } from '../../testing/make-draft';
import { canonicalDraft } from './canonical-draft';
import { parseHandoff, toHandoffJson } from './handoff-file';
import { mergeHandoff, sectionChanges } from './merge-handoff';

const NOW = '2026-12-07T10:00:00.000Z';
const comment = (id: string, status: 'open' | 'resolved' = 'open') => ({
  id,
  about: 'gradeBand',
  author: 'Siân',
  authorRole: 'HR business partner',
  text: `Comment ${id}`,
  status,
  createdAt: NOW,
});

const mine = makeDraft({
  id: 'd1',
  authority: { gradeBand: 'grade-9', title: 'Head of Technical Services' },
  responsibilities: fromCatalogueIds(['technical-strategy']),
  comments: [comment('c1')],
});
const incoming = makeDraft({
  ...mine,
  authority: { gradeBand: 'grade-10', title: 'Head of Technical Services' },
  responsibilities: [...mine.responsibilities, ownResponsibility('Chair the technicians’ forum.')],
  reasons: { gradeBand: 'Matched to heads of service.' },
  comments: [comment('c1', 'resolved'), comment('c2')],
});

describe('sectionChanges', () => {
  it('lists only the sections that differ, with what changed in each', () => {
    const sections = sectionChanges(mine, incoming);
    expect(sections.map((s) => s.label)).toEqual(['Authority', 'Responsibilities', 'Reasons']);
    expect(sections[0]?.changes[0]).toMatchObject({ field: 'Grade', kind: 'changed' });
  });
});

describe('mergeHandoff', () => {
  it('keeps this device’s sections unless told otherwise, and both sides’ comments', () => {
    const { draft } = mergeHandoff(mine, incoming, {}, NOW);
    expect(draft.authority.gradeBand).toBe('grade-9');
    expect(draft.comments.map((c) => [c.id, c.status])).toEqual([
      ['c1', 'resolved'],
      ['c2', 'open'],
    ]);
  });

  it('takes the incoming section when chosen, and keeps both lists’ items for “both”', () => {
    const { draft, keepIncomingCopy } = mergeHandoff(
      mine,
      incoming,
      { authority: 'incoming', responsibilities: 'both' },
      NOW,
    );
    expect(draft.authority.gradeBand).toBe('grade-10');
    expect(draft.responsibilities).toHaveLength(2);
    expect(keepIncomingCopy).toBe(false);
  });

  describe('“Keep both” on lists of 200 items', () => {
    const list = (side: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        ...ownResponsibility(`Duty ${i} as ${side} worded it.`),
        id: `r${i}`,
      }));
    const big = (side: string, n: number) =>
      makeDraft({ ...mine, responsibilities: list(side, n) });

    it('keeps every item of each side once when together they fit', () => {
      const a = big('mine', 100);
      const b = makeDraft({
        ...a,
        responsibilities: [...a.responsibilities.slice(0, 50), ...list('theirs', 100).slice(50)],
      });
      const { draft, keepIncomingCopy, tooLong } = mergeHandoff(
        a,
        b,
        { responsibilities: 'both' },
        NOW,
      );
      expect(draft.responsibilities).toHaveLength(150);
      expect(new Set(draft.responsibilities.map((r) => r.id)).size).toBe(150);
      expect(keepIncomingCopy).toBe(false);
      expect(tooLong).toEqual([]);
    });

    it('never passes 200 items nor cuts a list short: the incoming draft is kept whole instead', () => {
      const a = big('mine', 200);
      const b = big('theirs', 200);
      const { draft, keepIncomingCopy, tooLong } = mergeHandoff(
        a,
        b,
        { responsibilities: 'both' },
        NOW,
      );
      expect(draft.responsibilities).toEqual(a.responsibilities);
      expect(keepIncomingCopy).toBe(true);
      expect(tooLong).toEqual(['responsibilities']);
    });

    it('gives a reworded item an id no other item has, round after round', () => {
      let draft = big('mine', 3);
      for (let round = 1; round <= 3; round += 1) {
        draft = mergeHandoff(
          draft,
          big(`round ${round}`, 3),
          { responsibilities: 'both' },
          NOW,
        ).draft;
      }
      expect(draft.responsibilities).toHaveLength(12);
      expect(new Set(draft.responsibilities.map((r) => r.id)).size).toBe(12);
    });

    it('for any two lists, keeps both sides’ texts or keeps the incoming draft whole', () => {
      fc.assert(
        fc.property(
          fc.nat({ max: 200 }),
          fc.nat({ max: 200 }),
          fc.nat({ max: 200 }),
          (m, t, shared) => {
            const a = big('mine', m);
            const b = makeDraft({
              ...a,
              responsibilities: [
                ...a.responsibilities.slice(0, shared),
                ...list('theirs', t).slice(shared),
              ],
            });
            const { draft, keepIncomingCopy } = mergeHandoff(
              a,
              b,
              { responsibilities: 'both' },
              NOW,
            );
            expect(draft.responsibilities.length).toBeLessThanOrEqual(200);
            const texts = new Set(draft.responsibilities.map((r) => r.text));
            const kept = [...a.responsibilities, ...b.responsibilities].every((r) =>
              texts.has(r.text),
            );
            expect(kept || keepIncomingCopy).toBe(true);
            expect(a.responsibilities.every((r) => texts.has(r.text))).toBe(true);
          },
        ),
        { numRuns: 100 },
      );
    });
  });

  it('asks for a copy of the incoming draft when “both” is chosen for single answers', () => {
    expect(mergeHandoff(mine, incoming, { authority: 'both' }, NOW).keepIncomingCopy).toBe(true);
  });

  it('loses nothing: each choice gives one side’s section, and no comment or sign-off is dropped', () => {
    fc.assert(
      fc.property(
        arbitraryDraft(),
        arbitraryDraft(),
        fc.constantFrom('mine', 'incoming' as const),
        (a, b, choice) => {
          const theirs = { ...b, id: a.id };
          const { draft } = mergeHandoff(a, theirs, { authority: choice }, NOW);
          expect(draft.authority).toEqual(choice === 'mine' ? a.authority : theirs.authority);
          const ids = new Set(draft.comments.map((c) => c.id));
          for (const c of [...a.comments, ...theirs.comments]) expect(ids.has(c.id)).toBe(true);
          expect(draft.signOffs.length).toBeGreaterThanOrEqual(a.signOffs.length);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('the hand-off file', () => {
  it('reads back the draft it wrote, id, reasons and comments included', () => {
    const text = toHandoffJson(incoming, { name: 'Siân', role: 'HR' }, NOW);
    const read = parseHandoff(text);
    if (!read.ok) throw new Error(read.error);
    expect(read.file.draft).toEqual(incoming);
    expect(read.file.sentBy).toEqual({ name: 'Siân', role: 'HR' });
  });

  it('refuses hostile or foreign files with a clear message', () => {
    const text = toHandoffJson(incoming, { name: 'Siân', role: 'HR' }, NOW);
    const cases: [string, RegExp][] = [
      ['not json', /./],
      ['[]', /expected an object/],
      [text.replace('keystone/hand-off', 'keystone/role-draft'), /not a Keystone hand-off file/],
      [text.replace(/"version": \d+,/, '"version": 99,'), /newer version of Keystone/],
      [text.replace('"grade-10"', '"grade-99"'), /could not be opened/],
      [text.replace('"draft": {', '"draft": {"__proto__": {"x": 1},'), /./],
    ];
    for (const [input, message] of cases) {
      const read = parseHandoff(input);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatch(message);
    }
  });
});

describe('canonicalDraft', () => {
  it('does not change with comments, sign-offs, times or key order', () => {
    const shuffled = JSON.parse(JSON.stringify(mine, Object.keys(mine).reverse())) as typeof mine;
    expect(canonicalDraft({ ...mine, comments: [], updatedAt: NOW })).toBe(canonicalDraft(mine));
    expect(canonicalDraft({ ...shuffled, ...mine })).toBe(canonicalDraft(mine));
    expect(canonicalDraft(incoming)).not.toBe(canonicalDraft(mine));
  });
});
