/**
 * Reading a draft without zod must accept exactly what the schema accepts and keep exactly what
 * the schema keeps: generated drafts, each changed in one place, and hostile values.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { arbitraryDraft } from '../../testing/arbitrary-draft';
import { hostileValue, mutate, mutation } from '../../testing/mutate-draft';
import { makeDraft } from '../../testing/make-draft';
import { draftSchemas } from '../role-draft';
import { readDraft } from './read-draft';

function expectSameAsSchema(value: unknown) {
  const schema = z.safeParse(draftSchemas().draft, value);
  const read = readDraft(value);
  expect(read.ok).toBe(schema.success);
  if (read.ok && schema.success) expect(read.draft).toEqual(schema.data);
}

describe('readDraft', () => {
  it('reads what the schema reads, and keeps what it keeps (3,000 changed drafts)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(arbitraryDraft(), fc.array(mutation, { maxLength: 2 }), (draft, changes) => {
        const value = changes.reduce<unknown>((v, m) => mutate(v, m), draft);
        expectSameAsSchema(value);
        if (readDraft(value).ok) accepted += 1;
      }),
      { numRuns: 3000 },
    );
    // Both outcomes were tried, many times each.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });

  it('agrees with the schema on hostile values', () => {
    fc.assert(fc.property(fc.oneof(hostileValue, fc.anything()), expectSameAsSchema), {
      numRuns: 500,
    });
  });

  it('leaves out a field it does not know, as the schema does', () => {
    const draft = makeDraft({ name: 'Kept' });
    const read = readDraft({ ...draft, salary: 90_000, context: { ...draft.context, extra: 1 } });
    expect(read).toEqual({ ok: true, draft });
  });

  it('names the first field at fault', () => {
    const draft = makeDraft();
    expect(readDraft({ ...draft, authority: { ...draft.authority, fte: 2 } })).toEqual({
      ok: false,
      why: 'authority.fte: not a value it can hold',
    });
    expect(readDraft([draft])).toEqual({ ok: false, why: 'it is not in the expected shape' });
  });
});
