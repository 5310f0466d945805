/**
 * Both builds: index.html carries the first screen, drawn at build time from the real
 * components (src/app/first-screen-html.tsx), so a first visit paints the first step, its
 * largest text included, before any JavaScript has run (issue 17: the largest paint waited for
 * the main script, the first render and the step's chunks). React replaces it when it starts.
 *
 * Until then nothing in the copy can be used (nothing typed into it could be lost): nothing in
 * it takes focus (src/app/first-screen-html.tsx), it takes no pointer (styles.css) and assistive
 * technology skips it (aria-hidden). Not `inert`: Chromium does not count inert text as the
 * largest paint. A returning visit, told apart by a one-line script before the body, sees only
 * the brand header, as its own draft and step may be others.
 */
import { createHash } from 'node:crypto';
import { createServer, type Plugin } from 'vite';

/** Marks a returning visit; the stylesheet then hides the first-visit copy (styles.css). */
export const RETURNING_SCRIPT =
  "try{localStorage.getItem('keystone')!==null&&document.documentElement.classList.add('returning')}catch(e){}";

export const RETURNING_SCRIPT_HASH = `'sha256-${createHash('sha256').update(RETURNING_SCRIPT).digest('base64')}'`;

async function renderFirstScreen(root: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = await server.ssrLoadModule('/src/app/first-screen-html.tsx');
    return await (module.firstScreenHtml as () => Promise<string>)();
  } finally {
    await server.close();
  }
}

export function firstScreen(): Plugin {
  let root = process.cwd();
  return {
    name: 'keystone:first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async transformIndexHtml(html) {
      const header = /<header class="app-header">[\s\S]*?<\/header>/.exec(html);
      if (!header) throw new Error('first-screen: no static header in index.html');
      const markup = await renderFirstScreen(root);
      return html
        .replace(
          header[0],
          () =>
            `<div class="first-visit" aria-hidden="true">${markup}</div>\n      ${header[0].replace('class="app-header"', 'class="app-header returning-visit"')}`,
        )
        .replace('</head>', () => `  <script>${RETURNING_SCRIPT}</script>\n  </head>`);
    },
  };
}
