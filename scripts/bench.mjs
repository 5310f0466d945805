/**
 * `npm run bench`: builds both versions of Keystone, runs every benchmark module and prints the
 * figures for people, then, as its LAST line, every figure as one line of JSON.
 *
 * The contract for a benchmark module, `scripts/bench/NAME.bench.mjs`:
 *
 *   export async function run(ctx) {
 *     const { scoreDraft } = await ctx.loadTs('src/domain/score-draft.ts');
 *     const ms = await ctx.time(() => scoreDraft(draft), { runs: 5 });
 *     return { figures: { benchmark10kMs: ms }, lines: [`Scoring: ${ms} ms`] };
 *   }
 *
 * - `figures`: name → number. Names are unique across modules (camelCase, with the unit last:
 *   `pdfMs`, `offlineGzipKB`); a clash is reported as an error.
 * - `lines`: what a person reads, printed under the module's name.
 * - Wall-clock figures are printed, never asserted: the machine is shared.
 *
 * What `ctx` offers:
 * - `root`: the repository root (absolute path).
 * - `loadTs(path)`: imports one of the app's TypeScript modules in Node (path from the root,
 *   e.g. 'src/domain/score-draft.ts') through a Vite dev server, so `?url`, `?raw` and JSON
 *   imports work. npm packages load as ordinary Node modules.
 * - `time(fn, { runs = 5, warmup = 1 })`: awaits fn repeatedly; returns the median in ms
 *   (scripts/bench/median.mjs, which modules import for their own medians).
 * - `browser()`: a shared headless Chromium (playwright-core), launched on first use.
 * - `hostedUrl()`: the URL of `dist/` served by `vite preview`, started on first use.
 * - `offlineUrl`: the file:// URL of `dist-offline/keystone.html`.
 *
 * `node scripts/bench.mjs --no-build` skips the builds; `node scripts/bench.mjs size` runs only the
 * modules whose file names contain "size".
 */
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { median } from './bench/median.mjs';
import { launch, offlineUrl, root, serveHosted } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));

if (!args.includes('--no-build')) {
  for (const mode of ['production', 'offline']) {
    const built = spawnSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'error'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
}

/** Lazily created, shared, closed at the end. */
const lazy = (make) => {
  let value;
  return { get: () => (value ??= make()), made: () => value };
};

const vite = lazy(() =>
  createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  }),
);
const chromium = lazy(() => launch());
const hosted = lazy(() => serveHosted());

const ctx = {
  root,
  offlineUrl,
  loadTs: async (file) => (await vite.get()).ssrLoadModule(path.resolve(root, file)),
  time: async (fn, { runs = 5, warmup = 1 } = {}) => {
    for (let i = 0; i < warmup; i += 1) await fn();
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await fn();
      times.push(performance.now() - started);
    }
    return Math.round(median(times) * 10) / 10;
  },
  browser: () => chromium.get(),
  hostedUrl: async () => (await hosted.get()).url,
};

const dir = path.join(root, 'scripts/bench');
const modules = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const figures = {};
const failures = [];
for (const file of modules) {
  const name = file.replace('.bench.mjs', '');
  console.log(`\n${name}`);
  try {
    const { run } = await import(pathToFileURL(path.join(dir, file)).href);
    const result = await run(ctx);
    for (const line of result.lines ?? []) console.log(`  ${line}`);
    for (const [key, value] of Object.entries(result.figures ?? {})) {
      if (key in figures) failures.push(`${file}: figure "${key}" is already reported`);
      else if (typeof value !== 'number' || !Number.isFinite(value))
        failures.push(`${file}: figure "${key}" is not a finite number`);
      else figures[key] = value;
    }
  } catch (error) {
    failures.push(`${file}: ${error?.stack ?? error}`);
    console.log(`  failed: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}

await Promise.allSettled([
  chromium.made()?.then((b) => b.close()),
  hosted.made()?.then((h) => h.close()),
  vite.made()?.then((v) => v.close()),
]);

if (failures.length > 0) console.error(`\nBenchmark errors:\n- ${failures.join('\n- ')}`);
console.log('');
console.log(JSON.stringify(figures));
process.exit(failures.length > 0 ? 1 : 0);
