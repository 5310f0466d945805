/**
 * The offline file (`vite build --mode offline`): one self-contained HTML page whose JavaScript
 * costs nothing at start beyond what the first screen runs (issue 17).
 *
 * The build is code-split as the hosted one is. Every chunk is then embedded in the page as
 * text, in a `<script type="text/plain">` the browser neither parses nor runs, and one small
 * inline module (allowed by its hash) turns a chunk into a `blob:` URL and imports it only when
 * the app asks for it: the entry at start, the PDF and Word libraries when the person exports.
 * So a library added to the product costs bytes on disk, not start-up time.
 *
 * Why blob: URLs: file:// blocks module scripts fetched from disk, but a module the page made
 * itself from a Blob imports fine, and each chunk gets exactly one URL, so every chunk that
 * imports React imports the same instance. Import specifiers between chunks are rewritten at
 * build time to markers the loader swaps for those URLs. The Content-Security-Policy allows
 * `blob:` scripts and the loader's hash: no other origin, no `eval`.
 */
import { createHash } from 'node:crypto';
import type { BuildEnvironmentOptions, Plugin, Rollup } from 'vite';
import { pagePlugin } from './page-plugin.ts';

type OutputChunk = Rollup.OutputChunk;

/** Marks a chunk's static import of another chunk; the loader puts that chunk's URL in its place. */
const MARK = 'keystone-chunk:';

/** Escapes what could end a `<script>` early (`</`, `<!--`); the loader decodes it. */
export const encodeChunk = (code: string) => code.replace(/%/g, '%25').replace(/<(?=[/!])/g, '%3C');

/**
 * The loader, as it runs in the page (serialised with toString, so it may use nothing outside
 * itself). `deps` maps each chunk to the chunks it imports statically.
 */
function loader(deps: Record<string, string[]>, entry: string, mark: string) {
  const urls = new Map<string, string>();
  const urlOf = (name: string): string => {
    const known = urls.get(name);
    if (known) return known;
    const element = document.querySelector(`script[data-chunk="${name}"]`);
    if (!element) throw new Error(`Keystone: part of the page is missing (${name}).`);
    let code = (element.textContent ?? '').replace(/%(25|3C)/g, (m) => (m === '%25' ? '%' : '<'));
    for (const dep of deps[name] ?? []) code = code.split(mark + dep).join(urlOf(dep));
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    urls.set(name, url);
    return url;
  };
  (globalThis as unknown as Record<string, unknown>).__keystoneChunk = urlOf;
  void import(/* @vite-ignore */ urlOf(entry));
}

const chunksOf = (bundle: Rollup.OutputBundle) =>
  Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');

const base = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/** Fails the build on a static import cycle between chunks: a blob URL must exist before use. */
function assertNoCycle(deps: Record<string, string[]>) {
  const done = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (path.includes(name)) throw new Error(`Static import cycle: ${[...path, name].join(' → ')}`);
    if (done.has(name)) return;
    for (const dep of deps[name] ?? []) visit(dep, [...path, name]);
    done.add(name);
  };
  Object.keys(deps).forEach((name) => visit(name, []));
}

/**
 * Rewrites each chunk's imports of other chunks: static ones to markers, dynamic ones to the
 * loader. Throws if a specifier the bundle lists cannot be found in the code.
 */
function rewrite(chunk: OutputChunk): string {
  let code = chunk.code;
  const replace = (pattern: RegExp, by: string) => {
    if (!pattern.test(code)) throw new Error(`${chunk.fileName}: nothing matches ${pattern}`);
    code = code.replace(new RegExp(pattern, 'g'), by);
  };
  const quoted = (file: string) =>
    `(["'\`])\\./${base(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`;
  for (const file of chunk.imports) replace(new RegExp(quoted(file)), `"${MARK}${base(file)}"`);
  for (const file of chunk.dynamicImports) {
    replace(
      new RegExp(`import\\(${quoted(file)}\\)`),
      `import(globalThis.__keystoneChunk("${base(file)}"))`,
    );
  }
  return code;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export interface EmbedOptions {
  /** The page's Content-Security-Policy, given the sources of its scripts and its stylesheets' hashes. */
  csp: (scriptSources: string[], styleSources: string[]) => string;
  /** Final touches to the page (favicon, links that mean nothing from disk). */
  finish: (html: string) => string;
  fileName: string;
}

/** Build settings the embedding needs: split chunks, every asset inline, one stylesheet. */
export const offlineBuild: BuildEnvironmentOptions = {
  outDir: 'dist-offline',
  emptyOutDir: true,
  copyPublicDir: false,
  assetsInlineLimit: () => true,
  cssCodeSplit: false,
  modulePreload: false,
};

export function embedOffline(options: EmbedOptions): Plugin {
  return pagePlugin('keystone:embed-offline', function (page, bundle) {
    const chunks = chunksOf(bundle);
    const entry = chunks.find((c) => c.isEntry);
    if (!entry) throw new Error('embed-offline: no entry chunk');
    const deps = Object.fromEntries(chunks.map((c) => [base(c.fileName), c.imports.map(base)]));
    assertNoCycle(deps);

    const styles = Object.values(bundle)
      .filter((a): a is Rollup.OutputAsset => a.type === 'asset' && a.fileName.endsWith('.css'))
      .map((a) => `<style>${String(a.source)}</style>`)
      .join('\n');
    const boot = `(${loader.toString()})(${JSON.stringify(deps)},${JSON.stringify(base(entry.fileName))},${JSON.stringify(MARK)});`;
    const embedded = chunks
      .map(
        (c) =>
          `<script type="text/plain" data-chunk="${base(c.fileName)}">${encodeChunk(rewrite(c))}</script>`,
      )
      .join('\n');

    let html = String(page.source)
      .replace(/\s*<script type="module"[^>]*src="[^"]*"[^>]*><\/script>/g, '')
      .replace(/\s*<link rel="(stylesheet|modulepreload)"[^>]*>/g, '');
    // The page's own inline scripts (before the chunks go in) are allowed by their hashes too.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) =>
      sha256(m[1] ?? ''),
    );
    html = html
      .replace('</head>', () => `${styles}\n</head>`)
      .replace('</body>', () => `${embedded}\n<script type="module">${boot}</script>\n</body>`);
    // Every stylesheet in the page, the app's and any the page had, is allowed by its hash only.
    const styleHashes = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) =>
      sha256(m[1] ?? ''),
    );
    html = html.replace(
      '<meta charset="UTF-8" />',
      (m) =>
        `${m}\n    <meta http-equiv="Content-Security-Policy" content="${options.csp([sha256(boot), ...inline, 'blob:'], styleHashes)}" />`,
    );
    for (const file of Object.keys(bundle)) delete bundle[file];
    this.emitFile({ type: 'asset', fileName: options.fileName, source: options.finish(html) });
  });
}
