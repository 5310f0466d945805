// What each build costs a visitor in bytes (gzip level 9): the JavaScript the hosted build loads
// at start, what it loads later (exports), and the whole offline file.
import { kb, measureHosted, measureOffline } from '../measure-builds.mjs';

const toKB = (bytes) => Math.round((bytes / 1024) * 10) / 10;

export async function run() {
  const hosted = await measureHosted();
  const offline = await measureOffline();
  return {
    figures: {
      startJsGzipKB: toKB(hosted.startJsGzip),
      firstScreenPreloadGzipKB: toKB(hosted.firstScreenJsGzip),
      lazyJsGzipKB: toKB(hosted.lazyJsGzip),
      offlineGzipKB: toKB(offline.offlineGzip),
    },
    lines: [
      `Hosted build, JS at start: ${kb(hosted.startJsGzip)} gzip (${kb(hosted.startJsRaw)} raw; goal ≤ 85 KB) in ${hosted.startFiles.join(', ')}`,
      `Hosted build, JS at start plus the first screen's preloaded chunks: ${kb(hosted.firstScreenJsGzip)} gzip (goal ≤ 100 KB)`,
      `Hosted build, JS loaded later: ${kb(hosted.lazyJsGzip)} gzip in ${hosted.lazyChunks} chunk(s)`,
      `Export libraries at start: ${hosted.exportLibsAtStart.length === 0 ? 'none' : hosted.exportLibsAtStart.join(', ')}`,
      `Offline file: ${kb(offline.offlineGzip)} gzip (${kb(offline.offlineRaw)} raw)`,
    ],
  };
}
