// Draws the PNG app icons in public/ from public/icon.svg with headless Chromium, so the PWA
// manifest has the raster sizes installers ask for. Run by hand after changing the SVG:
// `node scripts/draw-icons.mjs`; the PNGs are committed.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile('public/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const [size, name] of [
    [192, 'icon-192.png'],
    [512, 'icon-512.png'],
    [180, 'apple-touch-icon.png'],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const body = `<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`;
    await page.setContent(body);
    await page.screenshot({ path: `public/${name}`, omitBackground: false });
    await page.close();
    console.log(`public/${name}`);
  }
} finally {
  await browser.close();
}
