/**
 * npm run e2e [-- --only <text>] [-- --docs] [-- --headed]
 *
 * Browser end-to-end tests through the Microsoft 365 Agents Playground: starts the bot (dist/src/index.js) on a
 * free port with a fresh SQLite folder, one Playground per mocked user (e2e/playground.yml: Alex the Global admin,
 * Megan a member, Adele who is granted the helpdesk role in chat, and a user of another tenant), and headless
 * Debian Chromium; types questions, clicks card buttons and asserts what the user sees in the rendered cards. A
 * screenshot per step goes to e2e-screenshots/. Stops everything it started, also on failure and Ctrl+C, and ends with "N passed, N failed".
 *
 *   --only <text>   run the scenarios whose name contains <text> (the others are skipped)
 *   --docs          also write the README screenshots (docs/*.png)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';
import { ChatPage, DocsClip } from './e2eSupport/chatPage';
import type * as PlaygroundConfig from './e2eSupport/playgroundConfig';
import type * as HeadlessChromium from './headlessChromium';
import { Managed, freePort, start, stopAll, waitForHttp } from './e2eSupport/processes';
import { Scenario, ScenarioContext, scenarios } from './e2eSupport/scenarios';

const ROOT = path.resolve(__dirname, '..', '..');
// Plain JavaScript shared with scripts/playground.js; not compiled into dist/, so loaded from the source tree.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'scripts', 'e2eSupport', 'playgroundConfig.js')) as typeof PlaygroundConfig;

const { CHROMIUM, CHROMIUM_ARGS } = require(path.join(ROOT, 'scripts', 'headlessChromium.js')) as typeof HeadlessChromium;
const RUN_TIMEOUT_MS = 170_000;
const SCENARIO_TIMEOUT_MS = 60_000;
const SHOTS_DIR = path.join(ROOT, 'e2e-screenshots');
const DOCS_DIR = path.join(ROOT, 'docs');

interface Options {
  only?: string;
  docs: boolean;
  headed: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { docs: false, headed: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') opts.only = argv[++i];
    else if (a === '--docs') opts.docs = true;
    else if (a === '--headed') opts.headed = true;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Everything the run started, torn down once whatever happens. */
class Run {
  readonly tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assistant-e2e-'));
  browser?: BrowserContext;
  private stopped = false;

  get stopping(): boolean {
    return this.stopped;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.browser) await withTimeout(this.browser.close(), 5_000, 'closing Chromium').catch(() => undefined);
    await stopAll();
    fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

function botEnv(port: number, dataDir: string, admins: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // A developer's shell may point the bot at Azure, PostgreSQL or a webhook: the run uses none of them.
  for (const key of [
    'MicrosoftAppId',
    'MicrosoftAppPassword',
    'MicrosoftAppType',
    'MicrosoftAppTenantId',
    'DATABASE_URL',
    'OAUTH_CONNECTION_NAME',
    'GRAPH_CLIENT_ID',
    'GRAPH_CLIENT_SECRET',
    'MPN_PARTNER_ADMIN_GROUP_ID',
    'ACTIVATION_WEBHOOK_URL',
    'ACTIVATION_WEBHOOK_SECRET',
  ]) {
    delete env[key];
  }
  return { ...env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: process.env.E2E_BOT_LOG_LEVEL || 'warn', BOOTSTRAP_ADMINS: admins, NODE_ENV: 'test' };
}

async function startBot(run: Run, adminAadObjectId: string): Promise<{ proc: Managed; endpoint: string }> {
  const entry = path.join(ROOT, 'dist', 'src', 'index.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run npm run build (npm run e2e does it)`);
  const port = await freePort();
  const dataDir = path.join(run.tmp, 'data');
  fs.mkdirSync(dataDir);
  const proc = start('bot', process.execPath, [entry], {
    cwd: ROOT,
    env: botEnv(port, dataDir, adminAadObjectId),
    logFile: path.join(SHOTS_DIR, 'bot.log'),
  });
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 30_000, proc);
  return { proc, endpoint: `http://localhost:${port}/api/messages` };
}

async function startPlayground(run: Run, name: string, world: PlaygroundConfig.PlaygroundWorld, endpoint: string): Promise<string> {
  const bin = config.findPlaygroundBin(ROOT);
  if (!bin) throw new Error('node_modules/.bin/agentsplayground is missing: run npm install');
  const dir = path.join(run.tmp, name);
  const configPath = config.writeConfig(world, dir);
  const port = await freePort();
  const proc = start(`playground (${name})`, bin, ['-e', endpoint, '-c', 'msteams', '-p', String(port), '--dt'], {
    cwd: dir, // it writes devTools/ into its working folder
    env: {
      ...process.env,
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dir, 'playground.log'),
      TEAMSAPPTESTER_BROWSER: 'none',
    },
    logFile: path.join(SHOTS_DIR, `playground-${name}.log`),
  });
  // It falls back to a random port when the one asked for is taken: read the one it really uses.
  const listening = await proc.waitForOutput(/Listening on (\d+)/, 30_000);
  const url = `http://localhost:${listening[1]}`;
  await waitForHttp(`${url}/_debug/ping`, 15_000, proc);
  return url;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const run = new Run();
  let passed = 0;
  let failed = 0;

  // The first caller decides the exit code; later callers (the scenario loop unwinding after Ctrl+C) wait for it.
  let finishing: Promise<never> | undefined;
  const finish = (code: number, reason?: string): Promise<never> =>
    (finishing ??= (async () => {
      if (reason) say(`e2e: ${reason}`);
      await run.stop().catch((err: Error) => say(`e2e: cleanup failed: ${err.message}`));
      say(`${passed} passed, ${failed} failed`);
      process.exit(code);
    })());
  process.on('SIGINT', () => void finish(130, 'interrupted (SIGINT): stopping what was started'));
  process.on('SIGTERM', () => void finish(143, 'terminated (SIGTERM): stopping what was started'));
  // A promise left behind by a timed-out step must not end the run before the cleanup.
  process.on('unhandledRejection', (err) => {
    if (!run.stopping) say(`e2e: (late) ${(err as Error)?.message ?? String(err)}`);
  });
  const watchdog = setTimeout(() => {
    failed += 1;
    void finish(1, `the whole run took longer than ${RUN_TIMEOUT_MS / 1000} s`);
  }, RUN_TIMEOUT_MS);
  watchdog.unref();

  fs.rmSync(SHOTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  if (!fs.existsSync(CHROMIUM)) {
    failed += 1;
    return finish(1, `${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }

  const selected = scenarios.filter((s) => !opts.only || s.name.includes(opts.only));
  const world = config.loadWorld();
  const worlds = {
    admin: world,
    member: config.asUser(world, world.users[0].givenName),
    helpdesk: config.asUser(world, world.users[1].givenName),
    outsider: config.otherTenant(world),
  };

  let endpoint: string;
  const urls: Partial<Record<keyof typeof worlds, Promise<string>>> = {};
  try {
    const started = Date.now();
    const bot = await startBot(run, world.currentUser.aadObjectId);
    endpoint = bot.endpoint;
    // The admin's and the member's Playgrounds start together; the others only when a scenario needs them.
    urls.admin = startPlayground(run, 'admin', worlds.admin, endpoint);
    urls.member = startPlayground(run, 'member', worlds.member, endpoint);
    await Promise.all([urls.admin, urls.member]);
    run.browser = await chromium.launchPersistentContext(path.join(run.tmp, 'chromium-profile'), {
      executablePath: CHROMIUM,
      // Ctrl+C is ours to handle: the run closes the browser itself, after reporting.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: opts.headed ? CHROMIUM_ARGS.filter((a) => a !== '--headless') : CHROMIUM_ARGS,
      headless: !opts.headed,
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    say(`e2e: bot, Playgrounds and Chromium ready in ${Date.now() - started} ms (bot ${endpoint})`);
  } catch (err) {
    failed += selected.length || 1;
    return finish(1, `setup failed: ${(err as Error).message}`);
  }

  const pages: Partial<Record<keyof typeof worlds, Promise<ChatPage>>> = {};
  const pageOf = (who: keyof typeof worlds): Promise<ChatPage> => {
    pages[who] ??= (async () => {
      urls[who] ??= startPlayground(run, who, worlds[who], endpoint);
      const url = await urls[who]!;
      const page = await run.browser!.newPage();
      return ChatPage.open(page, url, worlds[who], who);
    })();
    return pages[who]!;
  };

  let shot = 0;
  for (const scenario of scenarios) {
    if (run.stopping) break;
    if (!selected.includes(scenario)) {
      say(`SKIP  ${scenario.name}`);
      continue;
    }
    const began = Date.now();
    let lastChat: ChatPage | undefined;
    const ctx: ScenarioContext = {
      admin: () => pageOf('admin'),
      member: () => pageOf('member'),
      helpdesk: () => pageOf('helpdesk'),
      outsider: () => pageOf('outsider'),
      step: async (chat, label, fn, docsName) => {
        lastChat = chat;
        shot += 1;
        const file = path.join(SHOTS_DIR, `${String(shot).padStart(2, '0')}-${slug(label)}.png`);
        const stepStart = Date.now();
        let clip: DocsClip | void;
        try {
          clip = await fn();
          say(`      ok  ${label} (${Date.now() - stepStart} ms)`);
        } catch (err) {
          await chat.screenshot(file.replace(/\.png$/, '-FAILED.png')).catch(() => undefined);
          throw new Error(`step "${label}": ${(err as Error).message}`);
        }
        await chat.page.waitForTimeout(300); // let the card finish laying out before the picture
        await chat.screenshot(file);
        if (opts.docs && docsName && clip) {
          fs.mkdirSync(DOCS_DIR, { recursive: true });
          await chat.docsShot(clip, path.join(DOCS_DIR, docsName));
          say(`      docs/${docsName} written`);
        }
      },
    };
    try {
      await withTimeout(runScenario(scenario, ctx), scenario.timeoutMs ?? SCENARIO_TIMEOUT_MS, `scenario "${scenario.name}"`);
      passed += 1;
      say(`PASS  ${scenario.name} (${Date.now() - began} ms)`);
    } catch (err) {
      if (run.stopping) break;
      failed += 1;
      say(`FAIL  ${scenario.name} (${Date.now() - began} ms)`);
      say(indent((err as Error).message));
      if (lastChat) await lastChat.screenshot(path.join(SHOTS_DIR, `${String(shot).padStart(2, '0')}-${slug(scenario.name)}-FAILED.png`)).catch(() => undefined);
    }
  }
  if (failed > 0) say(`e2e: screenshots and logs in ${path.relative(process.cwd(), SHOTS_DIR) || SHOTS_DIR}/`);
  return finish(failed > 0 ? 1 : 0);
}

async function runScenario(scenario: Scenario, ctx: ScenarioContext): Promise<void> {
  await scenario.run(ctx);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
}

main().catch(async (err) => {
  say(`e2e: ${(err as Error).stack ?? String(err)}`);
  await stopAll().catch(() => undefined);
  say('0 passed, 1 failed');
  process.exit(1);
});
