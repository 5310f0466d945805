/** A build plugin that edits the finished index.html, after every other plugin has run. */
import type { Plugin, Rollup } from 'vite';

export type PageEdit = (
  this: Rollup.PluginContext,
  page: Rollup.OutputAsset,
  bundle: Rollup.OutputBundle,
) => void;

export function pagePlugin(name: string, edit: PageEdit): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') throw new Error(`${name}: no index.html in the build`);
        edit.call(this, page, bundle);
      },
    },
  };
}
