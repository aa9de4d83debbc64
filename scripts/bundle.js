#!/usr/bin/env node
// The last step of `npm run build`: the compiled bot (dist/src/index.js) and the packages it loads bundled
// into one file, dist/bundle/index.js, which `npm start` runs. Node then reads, resolves and wraps one file
// instead of about 1,600 modules: start-up spends much of its CPU in the module loader.
// Native and optional native modules stay outside (loaded from node_modules at run time), and so do the
// requires NLP.js's loader resolves by path (src/nlu/nlpjs.ts).
'use strict';
const { readFile } = require('node:fs/promises');
const { dirname, join, relative, sep } = require('node:path');
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const entry = join(root, 'dist', 'src', 'index.js');
const outfile = join(root, 'dist', 'bundle', 'index.js');
const appDir = join(root, 'dist', 'src') + sep;

/**
 * Our compiled files keep their own __dirname and __filename (e.g. the NLU model is found next to the build),
 * relative to the bundle so that dist/ can be moved as a whole.
 */
const ownDirname = {
  name: 'own-dirname',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(appDir)) return undefined;
      const contents = await readFile(args.path, 'utf8');
      if (!/\b__(dirname|filename)\b/.test(contents)) return { contents, loader: 'js' };
      const dir = JSON.stringify(relative(dirname(outfile), dirname(args.path)));
      const file = JSON.stringify(relative(dirname(outfile), args.path));
      const prelude =
        `var __dirname = require('node:path').join(__bundleDirname, ${dir});` +
        ` var __filename = require('node:path').join(__bundleDirname, ${file});\n`;
      return { contents: prelude + contents, loader: 'js' };
    });
  },
};

async function bundle() {
  const result = await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // better-sqlite3 finds its compiled .node file next to itself; the others are optional native modules
    // that their packages try to load and do without.
    external: ['better-sqlite3', 'pg-native', 'dtrace-provider', '*.node'],
    banner: { js: 'const __bundleDirname = __dirname;' },
    plugins: [ownDirname],
    logLevel: 'silent',
    legalComments: 'none',
    minifyWhitespace: true,
    minifySyntax: true,
  });
  // A warning (an unresolvable require, a duplicate key…) is a build that may fail at run time: stop here.
  if (result.warnings.length > 0) {
    const text = await esbuild.formatMessages(result.warnings, { kind: 'warning' });
    throw new Error(`esbuild warnings:\n${text.join('\n')}`);
  }
}

bundle().then(
  () => console.log(`bundle written to ${relative(root, outfile)}`),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
