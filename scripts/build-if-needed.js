#!/usr/bin/env node
// `npm start` builds only when the sources are newer than the build (or there is no build yet).
// scripts/start.js calls it in-process; run directly, it exits with the build's status.
'use strict';
const { statSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const outputs = ['dist/src/index.js', 'dist/nlu/model.json', 'dist/bundle/index.js'].map((f) => join(root, f));
const inputs = ['src', 'cards', 'scripts', 'package.json', 'tsconfig.json'].map((f) => join(root, f));

function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** 0 when the build is up to date or was rebuilt; the build's exit status otherwise. */
function buildIfNeeded() {
  const built = Math.min(...outputs.map((f) => {
    try {
      return statSync(f).mtimeMs;
    } catch {
      return 0;
    }
  }));
  if (built > 0 && built >= Math.max(...inputs.map(newest))) return 0;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

module.exports = { buildIfNeeded };

if (require.main === module) process.exit(buildIfNeeded());
