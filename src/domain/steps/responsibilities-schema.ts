/** What the responsibilities step requires, on top of the domain's own rules. */
import * as z from 'zod/mini';
import { madeOnce } from '../made-once';
import { draftSchemas, MAX_LIST, MAX_TEXT } from '../role-draft';
import { MIN_RESPONSIBILITIES } from './step-completion';
import { requiredText } from './step-fields';

export const responsibilityItemSchema = madeOnce(() =>
  z
    .extend(draftSchemas().responsibility, {
      text: requiredText(MAX_TEXT, 'Write the responsibility, or remove it.'),
    })
    .check(
      z.refine((item) => item.catalogueId !== null || item.clauses.length > 0, {
        error: 'Tick at least one clause this responsibility evidences.',
        path: ['clauses'],
      }),
    ),
);

export const responsibilitiesStepSchema = madeOnce(() =>
  z.object({
    responsibilities: z
      .array(responsibilityItemSchema())
      .check(
        z.minLength(
          MIN_RESPONSIBILITIES,
          `Add at least ${MIN_RESPONSIBILITIES} responsibilities; most job descriptions list six to eight.`,
        ),
        z.maxLength(MAX_LIST),
      ),
  }),
);
