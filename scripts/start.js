#!/usr/bin/env node
// `npm start`: builds when the sources are newer than the build, then runs the bot in this same process
// (one Node start, not a prestart process and then another: about 0.1 s of CPU less to ready). It runs the
// bundled build (dist/bundle/index.js, see scripts/bundle.js): one file to load instead of ~1,600 modules.
'use strict';
const { buildIfNeeded } = require('./build-if-needed');

const status = buildIfNeeded();
if (status !== 0) process.exit(status);
require('../dist/bundle/index.js');
