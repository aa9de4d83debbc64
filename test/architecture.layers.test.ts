import path from 'node:path';
import { cycleEdges, importCycles, importsOf, readImportGraph } from './support/importGraph';

/**
 * The layers of src, top to bottom. A file may import files of its own layer and of the layers below it,
 * never of a layer above; and no file may reach itself through its imports (no import cycle, `import type`
 * included). A path ending in '/' is a folder; the longest matching path decides a file's layer.
 *
 *   layer          paths                                          why there
 *   entry          index.ts                                       the process entry
 *   app            app.ts                                         composition root: store, services, adapter, server
 *   composition    composition.ts, server.ts                      the router's wiring (which handler answers what);
 *                                                                 the restify server (beside it: app builds both)
 *   handlers       handlers/                                      one file per command or card verb; they start dialogs
 *   dialogs        dialogs/                                       multi-turn flows on botbuilder-dialogs (SDK side)
 *   bot            bot/                                           the SDK edge: Teams handler, adapter, router, presenter
 *   cards          cards/                                         Adaptive Card models and templates
 *   answers        answers/                                       the article's answers, composed from the catalog
 *   services       services/, store/, i18n/, nlu/, http/,         outside systems, persistence, strings, recognition;
 *                  manifest/                                      http (health, metrics, rate limits, report links) and
 *                                                                 manifest (the app package) import only these and below
 *   config         config.ts                                      reads the environment into the domain's own types
 *                                                                 (business schedule, reminder settings): above the
 *                                                                 domain, which never reads configuration
 *   domain         domain/                                        the benefits model, rules and the ports it needs
 *   base           logger.ts, lruCache.ts, periodicTask.ts        no imports of ours
 *   protocol       bot/protocol.ts                                the activity protocol types, re-exported from the
 *                                                                 SDK: every layer may name an Activity; it imports
 *                                                                 nothing of ours
 *
 * The order follows the (index → app → composition → handlers/dialogs → bot → cards → answers →
 * services/store/i18n/nlu → domain → config/logger) with two refinements the code already had: handlers
 * start dialogs, so dialogs sit below handlers; config builds domain values, so it sits above the domain.
 */
const LAYERS: ReadonlyArray<{ name: string; paths: readonly string[] }> = [
  { name: 'entry', paths: ['index.ts'] },
  { name: 'app', paths: ['app.ts'] },
  { name: 'composition', paths: ['composition.ts', 'server.ts'] },
  { name: 'handlers', paths: ['handlers/'] },
  { name: 'dialogs', paths: ['dialogs/'] },
  { name: 'bot', paths: ['bot/'] },
  { name: 'cards', paths: ['cards/'] },
  { name: 'answers', paths: ['answers/'] },
  { name: 'services', paths: ['services/', 'store/', 'i18n/', 'nlu/', 'http/', 'manifest/'] },
  { name: 'config', paths: ['config.ts'] },
  { name: 'domain', paths: ['domain/'] },
  { name: 'base', paths: ['logger.ts', 'lruCache.ts', 'periodicTask.ts'] },
  { name: 'protocol', paths: ['bot/protocol.ts'] },
];

/**
 * The only files outside src/bot and src/dialogs that import the Bot Framework SDK (botbuilder,
 * botbuilder-dialogs, botframework-*) or its successor (@microsoft/agents-*): the composition root (the
 * adapter and the SSO token-exchange middleware), the HTTP server (the adapter's type) and the bot-state
 * storage adapter (the SDK's Storage and conversation state). Everything else names the protocol through
 * src/bot/protocol.ts.
 */
const SDK_IMPORTERS_OUTSIDE_THE_BOT_LAYER: readonly string[] = ['app.ts', 'server.ts', 'store/botStorage.ts'];
const SDK_PACKAGE = /^(botbuilder|botframework-|@microsoft\/agents-)/;

const SRC = path.join(__dirname, '..', 'src');

/** Layer index (0 = top) of a file, by its longest matching path; undefined when no path matches. */
function layerOf(file: string): number | undefined {
  let best: { layer: number; length: number } | undefined;
  LAYERS.forEach((layer, i) => {
    for (const p of layer.paths) {
      const matches = p.endsWith('/') ? file.startsWith(p) : file === p;
      if (matches && (!best || p.length > best.length)) best = { layer: i, length: p.length };
    }
  });
  return best?.layer;
}

/** Every import from a layer to a layer above it, as "from (layer) -> to (layer)". */
function upwardImports(edges: ReadonlyMap<string, readonly string[]>, layer: (file: string) => number | undefined): string[] {
  const found: string[] = [];
  for (const [from, targets] of edges) {
    for (const to of targets) {
      const a = layer(from);
      const b = layer(to);
      if (a !== undefined && b !== undefined && b < a) found.push(`${from} (${LAYERS[a].name}) -> ${to} (${LAYERS[b].name})`);
    }
  }
  return found;
}

describe('the import checker', () => {
  it('reads every way a file can name another, type-only imports included', () => {
    const text = [
      "import type { A } from './a';",
      "import { B } from '../b';",
      "import './c';",
      "export * from './d';",
      "export type { E } from './e';",
      "import f = require('./f');",
      "const g = require('./g') as typeof import('./h');",
      "const i = import('./i');",
      "type J = import('./j').J;",
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual(['./a', '../b', './c', './d', './e', './f', './g', './h', './i', './j']);
  });

  it('finds a cycle through three files and an upward import, and names their edges', () => {
    const edges = new Map<string, string[]>([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    const cycles = importCycles(edges);
    expect(cycles).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cycleEdges(edges, cycles[0])).toEqual(['a.ts -> b.ts', 'b.ts -> c.ts', 'c.ts -> a.ts']);
    const layer = (file: string) => ({ 'handlers/x.ts': 3, 'bot/y.ts': 5 })[file];
    expect(upwardImports(new Map([['bot/y.ts', ['handlers/x.ts']], ['handlers/x.ts', ['bot/y.ts']]]), layer)).toEqual([
      'bot/y.ts (bot) -> handlers/x.ts (handlers)',
    ]);
  });
});

describe('the layers of src', () => {
  const graph = readImportGraph(SRC);

  it('places every file of src in a layer, and every layer path matches a file', () => {
    expect(graph.files.filter((f) => layerOf(f) === undefined)).toEqual([]);
    const unused = LAYERS.flatMap((l) => l.paths).filter((p) => !graph.files.some((f) => (p.endsWith('/') ? f.startsWith(p) : f === p)));
    expect(unused).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    expect(upwardImports(graph.edges, layerOf)).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles = importCycles(graph.edges).map((cycle) => cycleEdges(graph.edges, cycle));
    expect(cycles).toEqual([]);
  });

  it('reaches the Bot Framework SDK only from src/bot and src/dialogs, the composition root, the server and the storage adapter', () => {
    const outside = graph.files.filter(
      (f) => !f.startsWith('bot/') && !f.startsWith('dialogs/') && (graph.packages.get(f) ?? []).some((p) => SDK_PACKAGE.test(p)),
    );
    expect(outside).toEqual(SDK_IMPORTERS_OUTSIDE_THE_BOT_LAYER);
  });
});
