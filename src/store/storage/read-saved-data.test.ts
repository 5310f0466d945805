import v1 from '../../../tests/fixtures/store-v1-first-release.json?raw';
import { readSavedData } from './read-saved-data';

const saved = JSON.parse(v1) as {
  state: { drafts: Record<string, Record<string, unknown>> };
  version: number;
};
const withDraft = (id: string, patch: Record<string, unknown>) =>
  JSON.stringify({
    ...saved,
    state: {
      ...saved.state,
      drafts: { ...saved.state.drafts, [id]: { ...saved.state.drafts[id], ...patch } },
    },
  });

describe('readSavedData', () => {
  it('reads nothing saved as empty', () => {
    expect(readSavedData(null)).toEqual({ kind: 'empty' });
  });

  it.each([
    [
      'truncated JSON',
      v1.slice(0, v1.length / 2),
      /could not be read: the saved text is cut short or damaged\. It seems to hold: “Director of Technical Strategy”/,
    ],
    ['an empty string', '', /could not be read/],
    ['JSON that is not an envelope', '[1,2,3]', /not in the shape/],
    [
      'a draft list that is not a map',
      JSON.stringify({ state: { drafts: 5 }, version: 1 }),
      /list of drafts/,
    ],
    [
      'a future version',
      JSON.stringify({ ...saved, version: 9 }),
      /newer version of Keystone \(data version 9/,
    ],
    [
      'an unknown version',
      JSON.stringify({ ...saved, version: -3 }),
      /no version Keystone recognises/,
    ],
    [
      'a state holding only a "__proto__" key',
      '{"state":{"__proto__":{"x":1}},"version":1}',
      /list of drafts is missing/,
    ],
  ])('calls %s unreadable, saying why', (_name, raw, why) => {
    const result = readSavedData(raw);
    expect(result.kind).toBe('unreadable');
    if (result.kind === 'unreadable') expect(result.problems.join(' ')).toMatch(why);
  });

  it('keeps the readable drafts when one has the wrong types, and names the other', () => {
    const result = readSavedData(withDraft('draft-release-2', { authority: { fte: 'full time' } }));
    expect(result.kind).toBe('damaged');
    if (result.kind !== 'damaged') return;
    expect(result.data.order).toEqual(['draft-release-1']);
    expect(result.problems).toEqual([
      expect.stringMatching(/“Faculty Technical Resources Manager” could not be read \(authority/),
    ]);
    expect(result.data.currentId).toBe('draft-release-1');
  });

  it('refuses a draft saved under another draft’s id', () => {
    const result = readSavedData(withDraft('draft-release-2', { id: 'draft-release-1' }));
    expect(result.kind).toBe('damaged');
    if (result.kind === 'damaged') expect(result.problems[0]).toMatch(/id does not match/);
  });

  it('keeps drafts missing from the order, and falls back to the first step for unknown steps', () => {
    const state = { ...saved.state, order: ['draft-release-2'], steps: { 'draft-release-2': 42 } };
    const result = readSavedData(JSON.stringify({ ...saved, state }));
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.data.order).toEqual(['draft-release-2', 'draft-release-1']);
    expect(result.data.steps['draft-release-2']).toBe('context');
  });

  it('reads a control character pasted into a saved draft rather than lose the draft', () => {
    const result = readSavedData(
      withDraft('draft-release-1', { name: 'Line\u000bbreak from Word' }),
    );
    expect(result.kind).toBe('ok');
  });
});
