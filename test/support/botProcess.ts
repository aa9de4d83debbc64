/**
 * The app as `npm start` runs it, in a child process of its own: several processes on one database, a
 * process killed and started again.
 *
 *   const app = buildApp();                          // once per suite: src/ compiled to JavaScript
 *   const bot = await startBotProcess(app, { DATABASE_URL: url });
 *   const replies = await bot.send(messageActivity('hi', who, where));
 *   await bot.stop();
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import type { Reply } from './replies';

const ROOT = join(__dirname, '..', '..');

export interface BuiltApp {
  /** The compiled src/index.js. */
  entry: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return tsFiles(path);
      return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
    })
    .sort();
}

/** Builds of other source trees, untouched for an hour: no run still reads them. */
function pruneOldBuilds(cache: string): void {
  if (!existsSync(cache)) return;
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * src/ compiled with the project's compiler options, file by file without type checking (the type check is
 * its own step), and the NLU model trained next to it as `npm run build` does. The output lives under .tmp/
 * (ignored by git, inside the repo so node_modules resolves), in a folder named after a hash of the sources
 * and tsconfig: an unchanged tree is built once, a changed one never runs a stale build, and parallel runs
 * never write into a folder another one reads (each builds into its own folder and renames it into place).
 */
export function buildApp(): BuiltApp {
  const sources = [...tsFiles(join(ROOT, 'src')), join(ROOT, 'scripts', 'train-nlu.ts')];
  const hash = createHash('sha256');
  for (const file of [join(ROOT, 'tsconfig.json'), ...sources]) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  const cache = join(ROOT, '.tmp', 'app-build');
  const outDir = join(cache, hash.digest('hex').slice(0, 16));
  const entry = join(outDir, 'src', 'index.js');
  if (existsSync(entry)) {
    // Marks the build as in use, for pruneOldBuilds.
    utimesSync(outDir, new Date(), new Date());
    return { entry };
  }
  pruneOldBuilds(cache);

  const configFile = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  if (configFile.error) throw new Error(ts.flattenDiagnosticMessageText(configFile.error.messageText, '\n'));
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: false };
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, 'building-'));
  try {
    for (const file of sources) {
      const out = join(work, relative(ROOT, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions, fileName: file }).outputText);
    }
    // The card templates are imported as JSON from ../../cards, as in dist/.
    symlinkSync(join(ROOT, 'cards'), join(work, 'cards'), 'dir');
    const trained = spawnSync(process.execPath, [join(work, 'scripts', 'train-nlu.js'), join(work, 'nlu', 'model.json')], { encoding: 'utf8' });
    if (trained.status !== 0) throw new Error(`train-nlu failed: ${trained.stdout}${trained.stderr}`);
    renameSync(work, outDir);
  } catch (err) {
    rmSync(work, { recursive: true, force: true });
    // Another run renamed the same build into place first.
    if (!existsSync(entry)) throw err;
  }
  return { entry };
}

export interface BotProcess {
  child: ChildProcess;
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  /** What the process printed so far (JSON log lines), for a failing test's message. */
  output(): string;
  /** POSTs an expectReplies activity to /api/messages; returns the replies (HTTP 200 expected). */
  send(activity: unknown): Promise<Reply[]>;
  /** SIGKILL, resolved once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (a clean shutdown), resolved once the process is gone. */
  stop(): Promise<void>;
}

/**
 * Starts the built app's entry (or a script such as scripts/start.js) as a real process on a free port;
 * resolves once it listens. `nodeArgs` go on node's command line before the entry (V8 flags).
 */
export function startBotProcess(app: BuiltApp | string, env: Record<string, string>, nodeArgs: string[] = []): Promise<BotProcess> {
  const entry = typeof app === 'string' ? app : app.entry;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, entry], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let listening = false;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bot did not start: ${out}`));
    }, 20_000);
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = listening ? null : /"url":"(http:\/\/localhost:\d+)\/api\/messages"/.exec(out);
      if (!m) return;
      listening = true;
      clearTimeout(timer);
      const url = m[1].replace('localhost', '127.0.0.1');
      const end = async (signal: NodeJS.Signals) => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        await gone;
      };
      resolve({
        child,
        url,
        output: () => out,
        send: async (activity) => {
          const res = await fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(activity),
          });
          const text = await res.text();
          if (res.status !== 200) throw new Error(`HTTP ${res.status} from ${url}: ${text}`);
          return ((JSON.parse(text) as { activities?: Reply[] }).activities ?? []) as Reply[];
        },
        kill: () => end('SIGKILL'),
        stop: () => end('SIGTERM'),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!listening) reject(new Error(`bot exited with ${code}: ${out}`));
    });
  });
}
