/**
 * The JSON Schema of the exchange format, generated from the zod schema so the two cannot
 * drift. Used by scripts/make-draft-schema.mjs and by a test that fails when
 * docs/schema/role-draft-exchange.schema.json is out of date; the app never loads it.
 */
import { toJSONSchema } from 'zod/mini';
import { exchangeEnvelopeSchema } from './exchange-envelope';

export const SCHEMA_FILE = 'docs/schema/role-draft-exchange.schema.json';

export function exchangeJsonSchema(): Record<string, unknown> {
  const generated = toJSONSchema(exchangeEnvelopeSchema(), {
    target: 'draft-2020-12',
    io: 'input',
  });
  return {
    ...generated,
    title: 'Keystone role draft (exchange format, version 1)',
    description:
      'One role draft exported by Keystone. Unanswered questions are null or empty lists. Lists of ids hold each id at most once.',
  };
}

export const exchangeJsonSchemaText = (): string =>
  `${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`;
