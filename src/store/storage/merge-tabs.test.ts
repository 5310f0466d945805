import fc from 'fast-check';
import { makeDraft } from '../../testing/make-draft';
import type { KeystoneData } from '../keystone-data';
import { mergeTabs } from './merge-tabs';

const one = makeDraft({ id: 'one', name: 'Director of Technical Strategy' });
const two = makeDraft({ id: 'two', name: 'Head of Technical Services' });
const base: KeystoneData = {
  drafts: { one, two },
  order: ['one', 'two'],
  currentId: 'one',
  steps: { one: 'context', two: 'remit' },
};
const withDraft = (data: KeystoneData, draft: typeof one): KeystoneData => ({
  ...data,
  drafts: { ...data.drafts, [draft.id]: draft },
});
const merged = (ours: KeystoneData, theirs: KeystoneData) => {
  const result = mergeTabs(base, ours, theirs);
  if (!result.ok) throw new Error(`clash in ${result.clashes.join(', ')}`);
  return result.data;
};

describe('merging another tab’s save into this tab', () => {
  it('keeps edits to different drafts from both tabs', () => {
    const ours = withDraft(base, { ...one, name: 'Mine' });
    const theirs = withDraft(base, { ...two, name: 'Theirs' });
    const data = merged(ours, theirs);
    expect(data.drafts.one?.name).toBe('Mine');
    expect(data.drafts.two?.name).toBe('Theirs');
  });

  it('keeps edits to different fields of one draft, the latest edit time with them', () => {
    const ours = withDraft(base, {
      ...one,
      context: { ...one.context, institutionName: 'University of Bath' },
      updatedAt: '2026-01-01T10:00:00.000Z',
    });
    const theirs = withDraft(base, {
      ...one,
      context: { ...one.context, technicalCommunitySize: 120 },
      name: 'Renamed there',
      updatedAt: '2026-01-01T11:00:00.000Z',
    });
    const draft = merged(ours, theirs).drafts.one!;
    expect(draft.context.institutionName).toBe('University of Bath');
    expect(draft.context.technicalCommunitySize).toBe(120);
    expect(draft.name).toBe('Renamed there');
    expect(draft.updatedAt).toBe('2026-01-01T11:00:00.000Z');
  });

  it('names the draft when both tabs changed the same field differently, merging nothing', () => {
    const ours = withDraft(base, { ...one, name: 'Mine' });
    const theirs = withDraft(base, { ...one, name: 'Theirs' });
    expect(mergeTabs(base, ours, theirs)).toEqual({ ok: false, clashes: ['one'] });
  });

  it('never lets a delete in one tab silently drop edits made in the other', () => {
    const ours = withDraft(base, { ...two, name: 'Edited here' });
    const theirs: KeystoneData = { ...base, drafts: { one }, order: ['one'] };
    expect(mergeTabs(base, ours, theirs)).toEqual({ ok: false, clashes: ['two'] });
    // A draft nobody here edited goes, as the other tab asked.
    expect(merged(base, theirs).order).toEqual(['one']);
  });

  it('keeps a draft each tab added, and the draft and step this tab shows', () => {
    const mine = makeDraft({ id: 'mine', name: 'Added here' });
    const theirsNew = makeDraft({ id: 'theirs', name: 'Added there' });
    const ours: KeystoneData = {
      ...withDraft(base, mine),
      order: [...base.order, 'mine'],
      currentId: 'one',
      steps: { ...base.steps, mine: 'context' },
    };
    const theirs: KeystoneData = {
      ...withDraft(base, theirsNew),
      order: [...base.order, 'theirs'],
      // The other tab switched draft and moved the first one on a step.
      currentId: 'theirs',
      steps: { ...base.steps, one: 'review', two: 'authority', theirs: 'context' },
    };
    const data = merged(ours, theirs);
    expect(data.order).toEqual(['one', 'two', 'theirs', 'mine']);
    expect(data.currentId).toBe('one');
    expect(data.steps).toEqual({
      one: 'context',
      two: 'authority',
      theirs: 'context',
      mine: 'context',
    });
  });

  it('shows the other tab’s current draft when this tab’s was deleted there', () => {
    const theirs: KeystoneData = { drafts: { two }, order: ['two'], currentId: 'two', steps: {} };
    expect(merged(base, theirs).currentId).toBe('two');
  });

  it('loses no typed text: any edits to different fields both survive (property)', () => {
    const fields = ['institutionName', 'institutionType', 'nation'] as const;
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom(...fields),
        fc.constantFrom(...fields),
        (mine, theirsText, ourField, theirField) => {
          fc.pre(ourField !== theirField);
          const edit = (field: string, text: string) =>
            withDraft(base, { ...one, context: { ...one.context, [field]: text } });
          const data = merged(edit(ourField, mine), edit(theirField, theirsText));
          const context = data.drafts.one!.context as unknown as Record<string, unknown>;
          expect(context[ourField]).toBe(mine);
          expect(context[theirField]).toBe(theirsText);
        },
      ),
    );
  });
});
