// Writes docs/schema/role-draft-exchange.schema.json from the zod schema (z.toJSONSchema), so
// the documented format is the one the app validates. A unit test fails when it is stale.
//   node scripts/make-draft-schema.mjs
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(
  path.join(root, 'src/domain/exchange/exchange-json-schema.ts'),
  { root, logLevel: 'silent', configFile: false },
);
const file = path.join(root, module.SCHEMA_FILE);
await mkdir(path.dirname(file), { recursive: true });
// Formatted as the repository's prettier config would, so `npm run format:check` stays green.
const options = (await prettier.resolveConfig(file)) ?? {};
await writeFile(
  file,
  await prettier.format(module.exchangeJsonSchemaText(), { ...options, parser: 'json' }),
);
console.log(`wrote ${module.SCHEMA_FILE}`);
