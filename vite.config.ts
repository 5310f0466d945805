import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { embedOffline, offlineBuild } from './scripts/embed-offline.ts';
import { firstScreen, RETURNING_SCRIPT_HASH } from './scripts/first-screen.ts';
import { LOAD_AFTER_PAINT_HASH, loadAfterPaint } from './scripts/load-after-paint.ts';
import { pagePlugin } from './scripts/page-plugin.ts';

// Two builds. The hosted one (`dist/`) is code-split and an installable PWA. With
// `--mode offline`, one self-contained `dist-offline/keystone.html` that works from disk:
// file:// blocks module chunks and service workers, so every chunk is embedded in the page, to
// be run only when needed (scripts/embed-offline.ts), and there is no service worker or manifest.

const THEME = '#1f3a5f';
const emptyModule = fileURLToPath(new URL('./scripts/empty-module.mjs', import.meta.url));
const noPng = fileURLToPath(new URL('./scripts/no-png.mjs', import.meta.url));
const pdfkitUnused = fileURLToPath(new URL('./scripts/pdfkit-unused.mjs', import.meta.url));

// Nothing may reach another origin: the policy names no host at all.
const HOSTED_CSP = [
  "default-src 'self'",
  `script-src 'self' ${RETURNING_SCRIPT_HASH} ${LOAD_AFTER_PAINT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// Note: file:// has no usable 'self', so the offline file allows only its own inline loader
// (by hash) and the blob: scripts that loader makes from the chunks embedded in the page, its own
// inline stylesheets (each by hash, no 'unsafe-inline'), and data:/blob: images it makes itself;
// it fetches nothing. React's style props are set through the CSSOM, which CSP does not govern.
const offlineCsp = (scriptSources: string[], styleSources: string[]) =>
  [
    "default-src 'none'",
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${styleSources.length > 0 ? styleSources.join(' ') : "'none'"}`,
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

const cspMeta = (policy: string) =>
  `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/** Hosted build: the policy goes first in <head> (build only: the dev server injects inline scripts). */
function hostedCsp(): Plugin {
  return {
    name: 'keystone:hosted-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', (m) => `${m}\n    ${cspMeta(HOSTED_CSP)}`),
  };
}

/** Offline file: the favicon inline, no manifest or touch icon (they mean nothing from disk). */
function finishOfflinePage(html: string) {
  const favicon = readFileSync(new URL('./public/favicon.svg', import.meta.url));
  return html
    .replace(
      /href="\.?\/favicon\.svg"/,
      `href="data:image/svg+xml;base64,${favicon.toString('base64')}"`,
    )
    .replace(/\s*<link rel="(manifest|apple-touch-icon)"[^>]*>/g, '');
}

/**
 * Hosted build: the start-up stylesheet goes inline, allowed by its hash, so the first paint
 * waits for one file fewer (Lighthouse counts the <link> as render-blocking).
 */
function inlineStartCss(): Plugin {
  return pagePlugin('keystone:inline-start-css', (page, bundle) => {
    let html = String(page.source);
    const link = /<link rel="stylesheet"[^>]*href="(?:\.?\/)?([^"]+\.css)"[^>]*>/.exec(html);
    const sheet = link?.[1] ? bundle[link[1]] : undefined;
    if (!link || !sheet || sheet.type !== 'asset') return;
    const css = String(sheet.source);
    const hash = createHash('sha256').update(css).digest('base64');
    html = html
      .replace(link[0], () => `<style>${css}</style>`)
      .replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`);
    page.source = html;
  });
}

/** What a first visit shows beside the start-up code: the first step and the live alignment. */
const FIRST_SCREEN = [
  'src/features/wizard/context-step.tsx',
  'src/features/alignment/alignment-panel.tsx',
];

/** Hosted build: writes .vite/chunks.json (which modules each chunk holds) for the budget check. */
function chunkMap(): Plugin {
  return {
    name: 'keystone:chunk-map',
    apply: 'build',
    // Note: last, after Vite has dropped the chunks that held only CSS, so every chunk listed is
    // a file in dist/ (a dropped one broke the budget check).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const root = process.cwd() + '/';
        const chunks = Object.values(bundle).flatMap((c) =>
          c.type === 'chunk'
            ? [
                {
                  file: c.fileName,
                  isEntry: c.isEntry,
                  imports: c.imports,
                  dynamicImports: c.dynamicImports,
                  modules: c.moduleIds.map((id) => id.replace(root, '')),
                },
              ]
            : [],
        );
        this.emitFile({
          type: 'asset',
          fileName: '.vite/chunks.json',
          source: JSON.stringify(chunks, null, 1),
        });
      },
    },
  };
}

const pwa = () =>
  VitePWA({
    registerType: 'autoUpdate',
    // A separate, deferred registerSW.js rather than an inline script: the CSP needs no exception
    // and it does not hold up the first paint.
    injectRegister: 'script-defer',
    includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
    manifest: {
      name: 'Keystone — strategic technical leader roles',
      short_name: 'Keystone',
      description:
        'Define a strategic technical leader role against the TALENT / UK ITSS definition.',
      lang: 'en-GB',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: THEME,
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Precache every chunk, the export libraries included, so exports work offline too.
      globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2}'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Take over the first visit at once, so it works offline without a second visit.
      clientsClaim: true,
      skipWaiting: true,
    },
  });

export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    plugins: offline
      ? [
          react(),
          firstScreen(),
          embedOffline({
            csp: offlineCsp,
            finish: finishOfflinePage,
            fileName: 'keystone.html',
          }),
        ]
      : [
          react(),
          firstScreen(),
          hostedCsp(),
          chunkMap(),
          inlineStartCss(),
          loadAfterPaint(FIRST_SCREEN),
          pwa(),
        ],
    resolve: {
      // jspdf's optional extras for doc.html() and SVG import, and its PNG decoder: Keystone's
      // PDFs use none of them (src/export/pdf draws text, tables and vector charts).
      alias: {
        html2canvas: emptyModule,
        dompurify: emptyModule,
        canvg: emptyModule,
        'fast-png': noPng,
        // What pdfkit and fontkit import for WOFF2 fonts, encryption and PNG images
        // (scripts/pdfkit-unused.mjs): the accessible PDF uses none of them.
        'brotli/decompress.js': pdfkitUnused,
        '@noble/ciphers/aes': pdfkitUnused,
        'png-js': pdfkitUnused,
      },
    },
    // Relative URLs, so `dist/` works wherever it is served (a web server's root or a folder).
    base: './',
    build: offline
      ? offlineBuild
      : {
          outDir: 'dist',
          emptyOutDir: true,
          // Note: no polyfill for modulepreload links; every browser Keystone supports has them
          // (Chromium 66, Firefox 115, Safari 17), and one without would only fetch a little later.
          modulePreload: { polyfill: false },
        },
  };
});
