/**
 * The zod schema of each kind of answer (field-kinds.ts), built only when something validates
 * with zod: opening a file, a step's form. Reading this device's own save uses the plain checks
 * (read-draft.ts), so zod stays off the start-up path (issue 17).
 */
import * as z from 'zod/mini';
import { isKeptText } from '../text-rule';

/** Text as a field keeps it (text-rule.ts): every reader applies the rule before validating. */
const keptText = (max: number) =>
  z
    .string()
    .check(z.maxLength(max), z.refine(isKeptText, 'Contains a character Keystone does not keep.'));

export const KIND_SCHEMAS = {
  text: (max: number) => keptText(max),
  nullableText: (max: number) => z.nullable(keptText(max)),
  count: (max: number) => z.nullable(z.int().check(z.minimum(0), z.maximum(max))),
  decimal: (min: number, max: number) =>
    z.nullable(z.number().check(z.minimum(min), z.maximum(max))),
  yesNo: () => z.nullable(z.boolean()),
  option: <T extends string>(ids: readonly [T, ...T[]]) => z.nullable(z.enum(ids)),
  oneOf: <T extends string>(ids: readonly [T, ...T[]]) => z.enum(ids),
  idSet: <T extends string>(ids: readonly [T, ...T[]]) =>
    z.array(z.enum(ids)).check(
      z.maxLength(ids.length),
      z.refine((list) => new Set(list).size === list.length, 'Each answer may appear once.'),
    ),
  idList: <T extends string>(ids: readonly [T, ...T[]]) =>
    z.array(z.enum(ids)).check(z.maxLength(ids.length)),
};
