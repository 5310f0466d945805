/** What the institution context step requires, on top of the domain's own rules. */
import * as z from 'zod/mini';
import { madeOnce } from '../made-once';
import { draftSchemas } from '../role-draft';
import { INSTITUTION_TYPES, NATIONS } from '../options';
import { optionalCount, requiredChoice, requiredText } from './step-fields';

export const contextStepSchema = madeOnce(() =>
  z.extend(draftSchemas().context, {
    institutionName: requiredText(200, 'Enter the name of the institution.'),
    nation: requiredChoice(NATIONS.ids, 'Choose the nation the institution is in.'),
    institutionType: requiredChoice(INSTITUTION_TYPES.ids, 'Choose the type of institution.'),
    technicalCommunitySize: optionalCount(100_000),
  }),
);
