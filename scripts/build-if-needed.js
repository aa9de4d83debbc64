#!/usr/bin/env node
// `npm start` builds only when the sources are newer than the build (or there is no build yet).
'use strict';
const { statSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const outputs = ['dist/src/index.js', 'dist/nlu/model.json'].map((f) => join(root, f));
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

const built = Math.min(...outputs.map((f) => {
  try {
    return statSync(f).mtimeMs;
  } catch {
    return 0;
  }
}));
if (built > 0 && built >= Math.max(...inputs.map(newest))) process.exit(0);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
