/** What the remit step requires, on top of the domain's own rules. */
import * as z from 'zod/mini';
import { SCOPES } from '../options';
import { madeOnce } from '../made-once';
import { draftSchemas } from '../role-draft';
import { optionalCount, requiredChoice } from './step-fields';

export const remitStepSchema = madeOnce(() =>
  z.extend(draftSchemas().remit, {
    scope: requiredChoice(SCOPES.ids, 'Choose how far the role’s remit reaches.'),
    areas: z
      .array(draftSchemas().remit.shape.areas.def.element)
      .check(z.minLength(1, 'Choose at least one technical area the role covers.')),
    techniciansInRemit: optionalCount(100_000),
    sites: optionalCount(1_000),
  }),
);
