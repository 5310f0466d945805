// vite-plugin-singlefile writes dist-offline/index.html; the convention is keystone.html.
import { rename } from 'node:fs/promises';
await rename('dist-offline/index.html', 'dist-offline/keystone.html');
