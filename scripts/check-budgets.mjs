// Fails (exit 1) when a build grows past its budget. Run by `npm test` after both builds.
// Sizes are gzip; the goals come from issue 6, the offline cap leaves headroom over what was
// measured when it was set (see README).
import { kb, measureHosted, measureOffline } from './measure-builds.mjs';

const BUDGETS = {
  startJsGzip: 100 * 1024,
  offlineGzip: 450 * 1024,
};

const hosted = await measureHosted();
const offline = await measureOffline();
const failures = [];

console.log(
  `Start-up JS (${hosted.startFiles.join(', ')}): ${kb(hosted.startJsGzip)} gzip, budget ${kb(BUDGETS.startJsGzip)}`,
);
if (hosted.startJsGzip > BUDGETS.startJsGzip) failures.push('start-up JS is over budget');

console.log(`Offline file: ${kb(offline.offlineGzip)} gzip, budget ${kb(BUDGETS.offlineGzip)}`);
if (offline.offlineGzip > BUDGETS.offlineGzip) failures.push('the offline file is over budget');

if (hosted.exportLibsAtStart.length > 0) {
  failures.push(
    `export libraries load at start (use a dynamic import):\n  ${hosted.exportLibsAtStart.slice(0, 10).join('\n  ')}`,
  );
} else {
  console.log(
    `Export libraries at start: none (bundled lazily: ${hosted.exportLibsBundled.join(', ') || 'none yet'})`,
  );
}

if (failures.length > 0) {
  console.error(`Budget check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('Budgets: all within limits.');
