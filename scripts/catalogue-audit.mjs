// Writes docs/catalogue-audit.md from the catalogue and its audit lines (issue 12). A unit test
// fails when it is stale.
//   node scripts/catalogue-audit.mjs
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(path.join(root, 'src/domain/catalogue-audit.ts'), {
  root,
  logLevel: 'silent',
  configFile: false,
});
const file = path.join(root, module.AUDIT_FILE);
const options = (await prettier.resolveConfig(file)) ?? {};
await writeFile(
  file,
  await prettier.format(module.catalogueAuditMarkdown(), { ...options, parser: 'markdown' }),
);
console.log(`wrote ${module.AUDIT_FILE}`);
