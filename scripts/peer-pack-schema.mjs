// Writes docs/schema/peer-pack.schema.json from the zod schema (src/domain/peers/peer-pack.ts).
// Run after changing the peer-pack or role-draft schema: node scripts/peer-pack-schema.mjs
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({
  root,
  logLevel: 'silent',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
});
try {
  const { schemaText } = await server.ssrLoadModule('/src/domain/peers/peer-pack-json-schema.ts');
  const out = `${root}docs/schema/peer-pack.schema.json`;
  await writeFile(out, schemaText());
  console.log(`Wrote ${out}`);
} finally {
  await server.close();
}
