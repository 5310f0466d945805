/**
 * Hosted build: the page fetches its scripts only once the first screen, already in index.html
 * (scripts/first-screen.ts), has painted (issue 17). Vite's module script and modulepreload links
 * are replaced by one inline script, allowed by its hash, that after the first frame preloads the
 * start-up chunks and the first screen's, and the first screen's stylesheets (its views wait for
 * them before they show), then adds the entry script.
 *
 * Why: on a slow phone the first paint otherwise waits while the browser fetches and runs about
 * 140 KB of JavaScript it does not need to draw the page; Lighthouse's mobile profile put the
 * largest paint at 2.2 s for that reason, and 0.7 s once the scripts came after it. A hidden tab
 * paints nothing, so it loads them at once.
 *
 * The file names travel as data attributes (`data-start`, `data-preload`, `data-styles`), so the script itself
 * never changes and nor does its hash; scripts/measure-builds.mjs reads the same attributes.
 */
import { createHash } from 'node:crypto';
import type { Plugin, Rollup } from 'vite';
import { pagePlugin } from './page-plugin.ts';

export const LOAD_AFTER_PAINT_SCRIPT =
  "(function(s){var d=s.dataset,add=function(list,rel,as){(list||'').split(' ').forEach(function(h){if(!h)return;var l=document.createElement('link');l.rel=rel;if(as)l.as=as;l.crossOrigin='';l.href=h;document.head.appendChild(l)})},go=function(){add(d.styles,'preload','style');add(d.preload,'modulepreload');var e=document.createElement('script');e.type='module';e.crossOrigin='';e.src=d.start;document.head.appendChild(e)};document.visibilityState==='hidden'?go():requestAnimationFrame(function(){setTimeout(go,0)})})(document.currentScript)";

export const LOAD_AFTER_PAINT_HASH = `'sha256-${createHash('sha256').update(LOAD_AFTER_PAINT_SCRIPT).digest('base64')}'`;

type Chunk = Rollup.OutputChunk;

/** The chunk files that `from` imports statically, itself included. */
function closure(byFile: Map<string, Chunk>, from: string[]): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    byFile.get(file)?.imports.forEach(visit);
  };
  from.forEach(visit);
  return found;
}

/**
 * `firstScreen`: the source modules (paths from the root) the first visit shows beside the
 * start-up code; their chunks are preloaded with it.
 */
export function loadAfterPaint(firstScreen: readonly string[]): Plugin {
  return pagePlugin('keystone:load-after-paint', (page, bundle) => {
    const root = process.cwd() + '/';
    const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');
    const byFile = new Map(chunks.map((c) => [c.fileName, c]));
    const entry = chunks.find((c) => c.isEntry);
    if (!entry) throw new Error('load-after-paint: no entry chunk');
    const wanted = firstScreen.map((module) => {
      const chunk = chunks.find((c) => c.moduleIds.some((id) => id.replace(root, '') === module));
      if (!chunk) throw new Error(`load-after-paint: no chunk holds ${module}`);
      return chunk.fileName;
    });
    const preload = closure(byFile, [entry.fileName, ...wanted]);
    preload.delete(entry.fileName);
    const html = String(page.source);
    const script = new RegExp(
      `\\s*<script type="module"[^>]*src="\\.?/?${entry.fileName}"[^>]*></script>`,
    );
    if (!script.test(html)) throw new Error('load-after-paint: no entry script in index.html');
    // The stylesheets of the first screen's chunks; the entry's own is inline (vite.config.ts).
    const styles = new Set(
      [...preload].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]),
    );
    const list = (files: Iterable<string>) => [...files].map((f) => `./${f}`).join(' ');
    const loader = `<script data-start="./${entry.fileName}" data-preload="${list(preload)}" data-styles="${list(styles)}">${LOAD_AFTER_PAINT_SCRIPT}</script>`;
    page.source = html
      .replace(script, '')
      .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
      .replace('</body>', () => `  ${loader}\n  </body>`);
  });
}
