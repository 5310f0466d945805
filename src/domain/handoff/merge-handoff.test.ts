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
      [text.replace('"version": 2', '"version": 9'), /newer version of Keystone/],
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
