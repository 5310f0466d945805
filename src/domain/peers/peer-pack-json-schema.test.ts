import { readFileSync } from 'node:fs';
import { PEER_PACK_VERSION } from './peer-pack';
import { schemaText } from './peer-pack-json-schema';

describe('docs/schema/peer-pack.schema.json', () => {
  it('is current with the zod schema (regenerate: node scripts/peer-pack-schema.mjs)', () => {
    const file = readFileSync('docs/schema/peer-pack.schema.json', 'utf8');
    expect(file).toBe(schemaText());
  });

  it('documents the type, version and the role-draft shape of each profile', () => {
    const schema = JSON.parse(schemaText()) as {
      properties: Record<
        string,
        { const?: unknown; items?: { properties?: Record<string, unknown> } }
      >;
    };
    expect(schema.properties.type?.const).toBe('keystone/peer-pack');
    expect(schema.properties.version?.const).toBe(PEER_PACK_VERSION);
    expect(Object.keys(schema.properties.profiles?.items?.properties ?? {})).toContain('authority');
  });
});
