/**
 * Reads role texts for many job descriptions at once, with the browser's own code (loaded
 * through Vite's module server, as the bench does): `npm run read-role -- FILE...` prints one
 * JSON line per file (src/domain/read-role/read-role-line.ts says what it holds). A file that
 * cannot be read prints {"file", "error"} and the command exits 1 after the others.
 */
import { Blob } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createServer } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('Usage: npm run read-role -- FILE... (.txt, .md, .docx or .pdf)\n');
  process.exit(2);
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let failed = false;
try {
  const { readRoleFile } = await server.ssrLoadModule(
    '/src/store/files/role-text/read-role-file.ts',
  );
  const { readRoleLine } = await server.ssrLoadModule('/src/domain/read-role/read-role-line.ts');
  for (const file of files) {
    let line;
    try {
      const { size } = await stat(file);
      const chosen = {
        name: path.basename(file),
        type: '',
        size,
        slice: () => new Blob([]),
        arrayBuffer: async () => {
          const bytes = await readFile(file);
          return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        },
      };
      const read = await readRoleFile(chosen);
      line = read.ok
        ? readRoleLine(file, read.text, new Date().toISOString())
        : { file, error: read.error };
      if (!read.ok) failed = true;
    } catch (error) {
      failed = true;
      line = { file, error: error instanceof Error ? error.message : String(error) };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
