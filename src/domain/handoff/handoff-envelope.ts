/**
 * The hand-off file: one draft with its reasons, comments, sign-offs and hand-off history, sent
 * for review by a named person. Unlike the exchange file it keeps the draft's id, so that the
 * device that already has the draft recognises it and shows what changed instead of adding a
 * copy. Stamped with its type and version like every file Keystone writes.
 */
import * as z from 'zod/mini';
import { madeOnce } from '../made-once';
import { draftSchemas } from '../role-draft';

export const HANDOFF_TYPE = 'keystone/hand-off';
export const HANDOFF_VERSION = 2;

export const handoffEnvelopeSchema = madeOnce(() =>
  z.object({
    type: z.literal(HANDOFF_TYPE),
    version: z.literal(HANDOFF_VERSION),
    /** ISO 8601 time it was saved. */
    sentAt: z.string().check(z.maxLength(40)),
    app: z.object({
      name: z.string().check(z.maxLength(100)),
      version: z.string().check(z.maxLength(40)),
    }),
    sentBy: z.object({
      name: z.string().check(z.maxLength(200)),
      role: z.string().check(z.maxLength(200)),
    }),
    draft: draftSchemas().draft,
  }),
);

export type HandoffEnvelope = z.infer<ReturnType<typeof handoffEnvelopeSchema>>;
