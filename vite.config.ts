import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

// Two builds: the hosted one (code-split) and, with --mode offline, one self-contained HTML
// file that works from disk (file:// blocks module chunks, so everything is inlined).
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    plugins: [react(), ...(offline ? [viteSingleFile()] : [])],
    build: offline ? { outDir: 'dist-offline', emptyOutDir: true } : { outDir: 'dist' },
  };
});
