/**
 * Every number field, over generated input: whatever is typed is either saved as the number it
 * reads as, or kept in the box and in the store's typed numbers with its reason on screen.
 * This checks the wiring; number-entry.test.ts checks the decision over 1,000 inputs a field.
 * Nothing is dropped without a word.
 */
import { fireEvent, screen } from '@testing-library/react';
import fc from 'fast-check';
import { readNumber, type NumberKind } from '../../domain/numbers/read-number';
import { useKeystoneStore } from '../../store/keystone-store';
import { renderWithDraft } from '../../testing/render-with-draft';
import { AuthorityStep } from './authority-step';
import { ContextStep } from './context-step';
import { RemitStep } from './remit-step';

const FIELDS = [
  {
    label: /Technical staff across the institution/,
    section: 'context',
    name: 'technicalCommunitySize',
    kind: 'count',
  },
  {
    label: /Technical staff in the remit/,
    section: 'remit',
    name: 'techniciansInRemit',
    kind: 'count',
  },
  { label: /Sites or campuses/, section: 'remit', name: 'sites', kind: 'count' },
  { label: /Full-time equivalent/, section: 'authority', name: 'fte', kind: 'fte' },
  { label: /Annual budget/, section: 'authority', name: 'annualBudget', kind: 'money' },
  { label: /Direct reports/, section: 'authority', name: 'directReports', kind: 'count' },
] as const satisfies readonly { kind: NumberKind; [k: string]: unknown }[];

const typed = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('£2.5m', '2.5 million', '£250k', '80%', '0.8', 'six', 'about 400', '1,200'),
  fc.constantFrom('lots', '400-500', 'TBC', '1.5', '-2', '30 hours', 'two thousand', '0'),
  fc.integer({ min: 0, max: 20_000_000 }).map((n) => n.toLocaleString('en-GB')),
  fc.double({ min: 0, max: 2, noNaN: true }).map((n) => String(Math.round(n * 100) / 100)),
);

it('drops no typed number silently, in any field, on screen', () => {
  const { saved } = renderWithDraft(
    <>
      <ContextStep />
      <RemitStep />
      <AuthorityStep />
    </>,
  );
  const boxes = FIELDS.map((field) => screen.getByLabelText(field.label));
  fc.assert(
    fc.property(fc.integer({ min: 0, max: FIELDS.length - 1 }), typed, (index, text) => {
      const field = FIELDS[index]!;
      const box = boxes[index]!;
      fireEvent.change(box, { target: { value: text } });
      const stored = (saved()[field.section] as Record<string, unknown>)[field.name];
      const reading = readNumber(text, field.kind);
      if (reading.kind === 'blank') return stored === null;
      if (reading.kind === 'number' && stored === reading.value) return true;
      // Not saved: the text must still be in the box, kept in the store and explained.
      const kept = Object.entries(useKeystoneStore.getState().typedNumbers).find(([key]) =>
        key.endsWith(`/${field.section}.${field.name}`),
      )?.[1];
      return (
        (box as HTMLInputElement).value === text &&
        kept?.text === text &&
        box.getAttribute('aria-invalid') === 'true' &&
        /kept here but not saved/.test(box.getAttribute('aria-describedby') ? describe(box) : '')
      );
    }),
    // Note: about 20 ms a run on screen; the 1,000-input properties per field are in
    // domain/numbers/number-entry.test.ts, over the same decision.
    { numRuns: 150 },
  );
}, 20_000);

function describe(box: HTMLElement): string {
  return (box.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
