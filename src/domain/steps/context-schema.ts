/** What the institution context step requires, on top of the domain's own rules. */
import * as z from 'zod/mini';
import { ContextSchema } from '../role-draft';
import { INSTITUTION_TYPES, NATIONS } from '../options';
import { optionalCount, requiredChoice, requiredText } from './step-fields';

export const ContextStepSchema = z.extend(ContextSchema, {
  institutionName: requiredText(200, 'Enter the name of the institution.'),
  nation: requiredChoice(NATIONS.ids, 'Choose the nation the institution is in.'),
  institutionType: requiredChoice(INSTITUTION_TYPES.ids, 'Choose the type of institution.'),
  technicalCommunitySize: optionalCount(100_000),
});
