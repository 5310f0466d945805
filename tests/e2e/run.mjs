// Runs every tests/e2e/*.e2e.mjs against the built app (npm run build and build:offline first).
// Each file exports `tests`: [{ name, run: async ({ browser, hostedUrl, offlineUrl }) => {} }].
// Prints one line per test and, last, "N passed, N failed".
import { readdir, access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, offlineUrl, root, serveHosted } from './harness.mjs';

const only = process.argv.slice(2);
const dir = path.join(root, 'tests/e2e');
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const built of ['dist/index.html', 'dist-offline/keystone.html']) {
  await access(path.join(root, built)).catch(() => {
    console.error(`Missing ${built}: run npm run build and npm run build:offline first.`);
    process.exit(1);
  });
}

const server = await serveHosted();
const browser = await launch();
let passed = 0;
let failed = 0;
try {
  for (const file of files) {
    const { tests } = await import(pathToFileURL(path.join(dir, file)).href);
    for (const test of tests) {
      const started = Date.now();
      try {
        await test.run({ browser, hostedUrl: server.url, offlineUrl });
        passed += 1;
        console.log(`  ✓ ${file} › ${test.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        console.log(
          `  ✗ ${file} › ${test.name}\n${String(error?.stack ?? error).replace(/^/gm, '      ')}`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
