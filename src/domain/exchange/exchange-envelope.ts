/**
 * The versioned exchange format for one role draft: every file Keystone writes is stamped with
 * its type and version (as excalidraw stamps its exports), so an import can tell what it holds
 * and which Keystone made it. The JSON Schema in docs/schema is generated from this.
 */
import * as z from 'zod/mini';
import { madeOnce } from '../made-once';
import { draftSchemas } from '../role-draft';

export const EXCHANGE_TYPE = 'keystone/role-draft';
export const EXCHANGE_VERSION = 3;

export const exchangeEnvelopeSchema = madeOnce(() =>
  z.object({
    type: z.literal(EXCHANGE_TYPE),
    version: z.literal(EXCHANGE_VERSION),
    /** ISO 8601 time of export. */
    exportedAt: z.string().check(z.maxLength(40)),
    app: z.object({
      name: z.string().check(z.maxLength(100)),
      version: z.string().check(z.maxLength(40)),
    }),
    draft: draftSchemas().draft,
  }),
);

export type ExchangeEnvelope = z.infer<ReturnType<typeof exchangeEnvelopeSchema>>;
