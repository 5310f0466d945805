/** What the person specification step requires, on top of the domain's own rules. */
import * as z from 'zod/mini';
import { madeOnce } from '../made-once';
import { draftSchemas, MAX_LIST, MAX_TEXT } from '../role-draft';
import { requiredText } from './step-fields';

export const criterionItemSchema = madeOnce(() =>
  z.extend(draftSchemas().criterion, {
    text: requiredText(MAX_TEXT, 'Write the criterion, or remove it.'),
  }),
);

export const personSpecStepSchema = madeOnce(() =>
  z.object({
    personSpec: z.array(criterionItemSchema()).check(
      z.maxLength(MAX_LIST),
      z.refine(
        (list) => list.some((c) => c.category === 'essential'),
        'Add at least one essential criterion.',
      ),
    ),
  }),
);
