/** What the seniority and authority step requires, on top of the domain's own rules. */
import * as z from 'zod/mini';
import { BUDGET_AUTHORITY, GRADE_BANDS, REPORTING_LINES } from '../options';
import { madeOnce } from '../made-once';
import { draftSchemas } from '../role-draft';
import { optionalCount, requiredChoice, requiredText } from './step-fields';

export const authorityStepSchema = madeOnce(() =>
  z.extend(draftSchemas().authority, {
    title: requiredText(200, 'Enter the job title.'),
    fte: z.nullable(
      z
        .number({ error: 'Enter the full-time equivalent as a number, for example 1 or 0.8.' })
        .check(
          z.minimum(0.1, 'Enter a full-time equivalent between 0.1 and 1.'),
          z.maximum(1, 'Enter a full-time equivalent between 0.1 and 1.'),
        ),
    ),
    gradeBand: requiredChoice(GRADE_BANDS.ids, 'Choose the grade the role is expected to sit at.'),
    reportsTo: requiredChoice(REPORTING_LINES.ids, 'Choose who the role reports to.'),
    budgetAuthority: requiredChoice(BUDGET_AUTHORITY.ids, 'Choose the role’s budget authority.'),
    annualBudget: optionalCount(10_000_000_000),
    directReports: optionalCount(10_000),
  }),
);
