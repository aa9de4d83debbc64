'use strict';
/**
 * Makes sure the compiled card code in dist/ is at least as new as src/: the preview is plain JS run
 * without a build, so it requires dist/. Rebuilds with the project's own `tsc -p tsconfig.json` when a
 * needed file is missing or older than the newest file under src/.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');

/** The compiled modules the preview requires. */
const NEEDED = [
  'dist/src/cards/index.js',
  'dist/src/answers/index.js',
  'dist/src/cards/activationCards.js',
  'dist/src/i18n/strings.js',
  'dist/src/domain/catalog.js',
  'dist/src/domain/types.js',
  'dist/src/domain/entitlements.js',
  'dist/src/dialogs/entitlementDialog.js',
].map((p) => path.join(ROOT, p));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function oldestOutput() {
  let oldest = Infinity;
  for (const file of NEEDED) {
    if (!fs.existsSync(file)) return 0;
    oldest = Math.min(oldest, fs.statSync(file).mtimeMs);
  }
  return oldest;
}

/** Returns a note for the log; throws when dist/ cannot be brought up to date. */
function ensureBuilt({ force = false } = {}) {
  const srcTime = newestMtime(path.join(ROOT, 'src'));
  if (!force && oldestOutput() >= srcTime) return 'dist/ is up to date';
  const started = Date.now();
  process.stdout.write('cards:preview: dist/ is missing or older than src/, running tsc -p tsconfig.json …\n');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  if (result.error) throw new Error(`tsc did not run: ${result.error.message}`);
  // tsc emits even with type errors (no noEmitOnError): a type error elsewhere in the tree (someone's work
  // in progress) must not block the previews as long as the card modules were emitted just now.
  const emitted = oldestOutput() >= started - 1000;
  if (result.status !== 0 && !emitted) throw new Error(`tsc failed (exit ${result.status}) and did not emit ${NEEDED.join(', ')}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return result.status === 0 ? `built in ${seconds} s` : `built in ${seconds} s WITH TYPE ERRORS (see above); using the emitted JS`;
}

module.exports = { ensureBuilt, ROOT };
