import fc from 'fast-check';
import * as z from 'zod/mini';
import { authorityStepSchema } from '../steps/authority-schema';
import { contextStepSchema } from '../steps/context-schema';
import { remitStepSchema } from '../steps/remit-schema';
import { draftSchemas } from '../role-draft';
import { numberEntry } from './number-entry';
import { readNumber, type NumberKind } from './read-number';

const FIELDS: [string, NumberKind, z.ZodMiniType, z.ZodMiniType][] = [
  [
    'technicalCommunitySize',
    'count',
    contextStepSchema().shape.technicalCommunitySize,
    draftSchemas().context.shape.technicalCommunitySize,
  ],
  [
    'techniciansInRemit',
    'count',
    remitStepSchema().shape.techniciansInRemit,
    draftSchemas().remit.shape.techniciansInRemit,
  ],
  ['sites', 'count', remitStepSchema().shape.sites, draftSchemas().remit.shape.sites],
  ['fte', 'fte', authorityStepSchema().shape.fte, draftSchemas().authority.shape.fte],
  [
    'annualBudget',
    'money',
    authorityStepSchema().shape.annualBudget,
    draftSchemas().authority.shape.annualBudget,
  ],
  [
    'directReports',
    'count',
    authorityStepSchema().shape.directReports,
    draftSchemas().authority.shape.directReports,
  ],
];

const typed = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.stringMatching(
    /^(about |c\. |~|£)?[0-9]{0,3}(,[0-9]{3}){0,3}(\.[0-9]{1,2})?(k|m|bn|%| million| per cent)?\+?$/,
  ),
  fc.integer({ min: 0, max: 20_000_000_000 }).map((n) => n.toLocaleString('en-GB')),
  fc.double({ min: 0, max: 2, noNaN: true }).map((n) => String(Math.round(n * 100) / 100)),
  fc.constantFrom('six', 'about 400', 'lots', '400-500', 'TBC', 'full time', 'twenty-five'),
);

describe.each(FIELDS)('the %s field drops nothing silently', (_name, kind, step, domain) => {
  it('saves the number read, which the draft accepts, or keeps the text with a reason (1,000 inputs)', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const entry = numberEntry(text, kind, step);
        const reading = readNumber(text, kind);
        if (entry.kind === 'keep') return entry.why.includes('kept here but not saved');
        const expected = reading.kind === 'number' ? reading.value : null;
        return entry.value === expected && z.safeParse(domain, entry.value).success;
      }),
      { numRuns: 1_000 },
    );
  });
});

it('says how it read a number it saves, and why it keeps one it cannot', () => {
  const fte = authorityStepSchema().shape.fte;
  expect(numberEntry('80%', 'fte', fte)).toEqual({ kind: 'save', value: 0.8, say: 'Read as 0.8.' });
  expect(numberEntry('1.5', 'fte', fte)).toEqual({
    kind: 'keep',
    why: 'Read as 1.5. Enter a full-time equivalent between 0.1 and 1. What you typed is kept here but not saved into the role until it is changed.',
  });
});
