/**
 * The JSON Schema of the peer-pack format, generated from the zod schema so the documentation
 * cannot drift from what the import accepts. scripts/peer-pack-schema.mjs writes it to
 * docs/schema/peer-pack.schema.json; a test fails when that file is out of date.
 */
import * as z from 'zod/mini';
import { PEER_PACK_TYPE, PEER_PACK_VERSION, peerPackSchema } from './peer-pack';

export function peerPackJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(peerPackSchema(), { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://keystone.invalid/schema/peer-pack.schema.json',
    title: `Keystone peer pack (${PEER_PACK_TYPE}, version ${PEER_PACK_VERSION})`,
    description:
      'Role profiles to benchmark against, each in the shape of a Keystone role draft. Lists of answers hold each id at most once; profile ids are unique within a pack. See docs/peer-profiles.md.',
  };
}

export const schemaText = () => `${JSON.stringify(peerPackJsonSchema(), null, 2)}\n`;
