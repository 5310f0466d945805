// Measures what the two builds cost a visitor: the JavaScript the hosted build loads at start
// (index.html's entry script and its static imports, followed through
// dist/.vite/chunks.json) and the offline file. Sizes are gzip level 9, in bytes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Libraries that must load only on export (or, for the readers, on opening a file), never at start. */
export const EXPORT_ONLY = [
  'node_modules/jspdf',
  'node_modules/jspdf-autotable',
  'node_modules/docx',
  'node_modules/mammoth',
  'node_modules/pdfjs-dist',
  'node_modules/pdfkit',
  'node_modules/fontkit',
];

/** True when a module id lies in a package's folder (ids are absolute when node_modules is a link). */
const isIn = (id, lib) => id.startsWith(`${lib}/`) || id.includes(`/${lib}/`);

export async function measureHosted(dist = path.join(root, 'dist')) {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const chunks = JSON.parse(await readFile(path.join(dist, '.vite/chunks.json'), 'utf8'));
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const links = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
  // The entry, which the page loads after its first paint (scripts/load-after-paint.ts).
  const referenced = links(/<script[^>]*data-start="(?:\.?\/)?([^"]+)"/g);
  if (referenced.length === 0) throw new Error('measure-builds: no entry script in index.html');
  // Preloaded with it: its own imports and the first screen's (the first step and the alignment).
  const firstScreen = links(/<script[^>]*data-preload="([^"]+)"/g)
    .flatMap((list) => list.split(' '))
    .map((file) => file.replace(/^\.?\//, ''));
  const start = new Set();
  const visit = (file) => {
    if (start.has(file)) return;
    start.add(file);
    for (const next of byFile.get(file)?.imports ?? []) visit(next);
  };
  referenced.forEach(visit);
  let firstScreenExtraGzip = 0;
  for (const file of firstScreen.filter((f) => !start.has(f))) {
    firstScreenExtraGzip += gzipBytes(await readFile(path.join(dist, file)));
  }
  let startJsGzip = 0;
  let startJsRaw = 0;
  for (const file of start) {
    const buffer = await readFile(path.join(dist, file));
    startJsRaw += buffer.length;
    startJsGzip += gzipBytes(buffer);
  }
  const exportLibsAtStart = [...start].flatMap((file) =>
    (byFile.get(file)?.modules ?? [])
      .filter((id) => EXPORT_ONLY.some((lib) => isIn(id, lib)))
      .map((id) => `${file}: ${id}`),
  );
  const lazy = chunks.filter((c) => !start.has(c.file));
  let lazyJsGzip = 0;
  for (const c of lazy) lazyJsGzip += gzipBytes(await readFile(path.join(dist, c.file)));
  return {
    startFiles: [...start],
    startJsGzip,
    startJsRaw,
    /** Start-up JS plus the first screen's preloaded chunks. */
    firstScreenJsGzip: startJsGzip + firstScreenExtraGzip,
    exportLibsAtStart,
    lazyChunks: lazy.length,
    lazyJsGzip,
    exportLibsBundled: EXPORT_ONLY.filter((lib) =>
      chunks.some((c) => c.modules.some((id) => isIn(id, lib))),
    ),
  };
}

export async function measureOffline(file = path.join(root, 'dist-offline/keystone.html')) {
  const buffer = await readFile(file);
  return { offlineRaw: buffer.length, offlineGzip: gzipBytes(buffer) };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
