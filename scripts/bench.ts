/**
 * `npm run bench`: turns/s and latency of our bot against a botbuilder EchoBot baseline on this machine.
 *
 * Starts both as child processes on free loopback ports, checks that each answers a message activity
 * sent with `deliveryMode: "expectReplies"` (HTTP 200, replies in the body), warms up, then drives each
 * with autocannon (default 10 s, 20 connections) and prints turns/s, p50/p99, the ours/echo ratio, peak
 * RSS and time-to-ready of our bot, and PASS/MISS against the targets. Exit code 1 only when the run
 * itself failed (a bot did not start or answer, non-2xx responses, connection errors).
 *
 * Memory and start-up (our bot): RSS when ready, after the load and after an optional soak of turns from
 * distinct users; time from spawn to a 200 on GET /healthz (and the CPU the process used until then, the
 * steadier figure on a loaded machine) over a few cold starts, and `npm start` to ready once.
 *
 * Options (after `npm run bench --`):
 *   --ours "<cmd>"      command for the "ours" slot (also BENCH_OURS_CMD) instead of package.json's `start`
 *                       script run without npm (`node <V8 flags> scripts/start.js`: the flags production runs
 *                       with), e.g. --ours "node dist/scripts/echoBot.js" to test the harness
 *   --duration <s>      measured seconds per bot (default 10)
 *   --connections <n>   concurrent connections (default 20)
 *   --warmup <s>        autocannon warm-up seconds per bot, not measured (default 2)
 *   --rounds <n>        split each bot's measured time into n alternating slices, ours/echo/echo/ours…,
 *                       so that load from other processes on the machine hits both alike (default 2)
 *   --users <n>         n returning users, each in their own personal chat, instead of a fresh conversation
 *                       per request (default 0 = fresh; e.g. 200); n must be at least 2 x connections
 *   --soak <n>          after the load, n more turns each from a distinct user in their own new personal chat
 *                       (default 0 = none; the target is for 100000), then RSS; stops at --soak-seconds
 *   --soak-seconds <s>  time bound of the soak (default 900); the report says how many turns it reached
 *   --starts <n>        extra cold starts of our bot to time, median reported (default 3; 0 = only the run's own)
 *   --no-npm-start      do not time `npm start` to ready
 *   --duration 0        skip the throughput comparison (and the echo bot): start-up, RSS and soak only
 *   --profile           CPU-profile our bot over the measured slices (not startup or warm-up) and print
 *                       where its time goes (the profiler costs throughput: use the figures of a run without it)
 */
import { ChildProcess, spawn } from 'child_process';
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { formatProfileSummary, summarizeCpuProfile } from './benchSupport/cpuProfile';
import { createRecognizer } from '../src/nlu';
import { startFakeConnector } from './benchSupport/fakeConnector';

// ---------------------------------------------------------------------------------------------
// autocannon has no bundled types: the part of its API used here.
interface AcRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AcRequest, context: Record<string, unknown>) => AcRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
interface AcOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  connections: number;
  duration: number;
  amount?: number;
  timeout?: number;
  requests?: AcRequest[];
}
interface AcHistogram {
  average: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  total: number;
}
interface AcResult {
  latency: AcHistogram;
  requests: AcHistogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}
interface AcTracker {
  stop(): void;
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (
  opts: AcOptions,
  cb: (err: Error | null, result: AcResult) => void,
) => AcTracker;

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  oursCmd?: string;
  duration: number;
  connections: number;
  warmup: number;
  rounds: number;
  users: number;
  profile: boolean;
  soak: number;
  soakSeconds: number;
  starts: number;
  npmStart: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    oursCmd: process.env.BENCH_OURS_CMD?.trim() || undefined,
    duration: 10,
    connections: 20,
    warmup: 2,
    rounds: 2,
    users: 0,
    profile: false,
    soak: 0,
    soakSeconds: 900,
    starts: 3,
    npmStart: true,
  };
  const num = (name: string, v: string | undefined): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new BenchError(`${name} needs a non-negative number, got "${v}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--ours':
        opts.oursCmd = argv[++i];
        if (!opts.oursCmd) throw new BenchError('--ours needs a command');
        break;
      case '--duration':
        opts.duration = num(a, argv[++i]);
        break;
      case '--connections':
        opts.connections = Math.max(1, Math.floor(num(a, argv[++i])));
        break;
      case '--warmup':
        opts.warmup = num(a, argv[++i]);
        break;
      case '--rounds':
        opts.rounds = Math.max(1, Math.floor(num(a, argv[++i])));
        break;
      case '--users':
        opts.users = Math.floor(num(a, argv[++i]));
        break;
      case '--profile':
        opts.profile = true;
        break;
      case '--soak':
        opts.soak = Math.floor(num(a, argv[++i]));
        break;
      case '--soak-seconds':
        opts.soakSeconds = num(a, argv[++i]);
        break;
      case '--starts':
        opts.starts = Math.floor(num(a, argv[++i]));
        break;
      case '--no-npm-start':
        opts.npmStart = false;
        break;
      case '-h':
      case '--help':
        console.log(fs.readFileSync(__filename, 'utf8').split('*/')[0]);
        process.exit(0);
        break;
      default:
        throw new BenchError(`unknown option ${a} (try --help)`);
    }
  }
  return opts;
}

class BenchError extends Error {
  override name = 'BenchError';
}

// ---------------------------------------------------------------------------------------------
// Paths and targets

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const OUR_BOT_JS = path.join(REPO_ROOT, 'dist', 'src', 'index.js');
const ECHO_BOT_JS = path.join(__dirname, 'echoBot.js');
const PROFILE_ON_SIGNAL_JS = path.join(__dirname, 'benchSupport', 'profileOnSignal.js');

const TARGET_RATIO = 1.0;
const TARGET_P99_MS = 50;
const TARGET_RSS_MIB = 250;
const TARGET_READY_MS = 1000;
const TARGET_NPM_START_MS = 1500;
const SOAK_TARGET_TURNS = 100_000;
const READY_TIMEOUT_MS = 20_000;

// ---------------------------------------------------------------------------------------------
// The traffic: entitlement questions in en/ru/fr. By default every request is a fresh personal chat (the
// worst case: each turn is the first of its conversation). With --users N, N users each in their own personal
// chat come back in turn, as in a tenant where people return to the bot (only a chat's first turn records
// its reference). Requests of one chat are N apart, so two turns of one chat overlap only when a turn is
// slower than N others together (200 users: about 150 ms at 1,300 turns/s).

interface Question {
  locale: string;
  text: string;
  /** The answer our bot must give (searched in the replies' text and cards, as JSON). */
  expect?: RegExp;
}

const QUESTIONS: readonly Question[] = [
  {
    locale: 'en-US',
    text: 'How many cloud incidents does a Gold partner with the Cloud Platform competency get?',
    expect: /unlimited/i,
  },
  { locale: 'en-US', text: 'How many on-premises support incidents does a Silver partner get?', expect: /\b15\b/ },
  {
    locale: 'ru-RU',
    text: 'Сколько облачных инцидентов получает Gold-партнер с компетенцией Cloud Platform?',
    expect: /неограничен/i,
  },
  {
    locale: 'fr-FR',
    text: "Combien d'incidents cloud un partenaire Gold avec la compétence Cloud Platform obtient-il ?",
    expect: /illimit/i,
  },
];

const RUN_TAG = randomUUID().slice(0, 8);
const TENANT_ID = randomUUID();
const USER_AAD_ID = randomUUID();
let seq = 0;
/** The loopback fake of the Bot Connector that answers the bot's member lookups (set in main). */
let SERVICE_URL = 'http://127.0.0.1:1/';
/** 0: a fresh conversation per request; N: N returning users (set from --users). */
let USERS = 0;

function userGuid(i: number): string {
  return `${RUN_TAG}-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

/** n as lowercase letters (no digits, which the bot could read as a number in the question). */
function letters(n: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 26)) out = String.fromCharCode(97 + (v % 26)) + out;
  return out || 'a';
}

/**
 * A soak turn: a user never seen before, in a new personal chat, asking a question with a word never seen
 * before (so per-text caches see new keys too, as with real traffic).
 */
function soakActivityBody(q: Question): string {
  const n = ++seq;
  const id = `${RUN_TAG}-5000-4000-8000-${String(n).padStart(12, '0')}`;
  return JSON.stringify({
    type: 'message',
    id: `soak-${RUN_TAG}-${n}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: `29:${id}`, aadObjectId: id, name: `Soak ${n}` },
    recipient: { id: '28:bot' },
    conversation: { id: `a:soak-${RUN_TAG}-${n}`, conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    locale: q.locale,
    text: `${q.text} ${letters(n)}`,
    deliveryMode: 'expectReplies',
  });
}

function activityBody(q: Question): string {
  const n = ++seq;
  return JSON.stringify({
    type: 'message',
    id: `bench-${RUN_TAG}-${n}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from:
      USERS > 0
        ? { id: `29:${userGuid(n % USERS)}`, aadObjectId: userGuid(n % USERS), name: `Bench ${n % USERS}` }
        : { id: `29:${USER_AAD_ID}`, aadObjectId: USER_AAD_ID, name: 'Bench' },
    recipient: { id: '28:bot' },
    conversation: {
      id: `a:bench-${RUN_TAG}-${USERS > 0 ? `u${n % USERS}` : n}`,
      conversationType: 'personal',
      tenantId: TENANT_ID,
    },
    channelData: { tenant: { id: TENANT_ID } },
    locale: q.locale,
    text: q.text,
    deliveryMode: 'expectReplies',
  });
}

// ---------------------------------------------------------------------------------------------
// Child processes

class Bot {
  readonly tail: string[] = [];
  readonly exited: Promise<number | string | null>;
  exitCode: number | string | null | undefined = undefined;
  readyMs?: number;
  /** CPU time (user + system) of the process and its children when it was ready, ms. */
  readyCpuMs?: number;

  private constructor(
    readonly name: string,
    readonly port: number,
    readonly proc: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        this.tail.push(line);
        if (this.tail.length > 40) this.tail.shift();
      }
    };
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      proc.on('exit', (code, signal) => {
        this.exitCode = code ?? signal;
        resolve(this.exitCode);
      });
      proc.on('error', (err) => {
        this.tail.push(`spawn error: ${err.message}`);
        this.exitCode = 'spawn error';
        resolve(this.exitCode);
      });
    });
  }

  /** `group`: the command starts others (npm): it gets its own process group, stopped as a whole. */
  static start(name: string, argv: string[], port: number, env: NodeJS.ProcessEnv, group = false): Bot {
    const [cmd, ...args] = argv;
    const proc = spawn(cmd, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: group });
    if (group) groups.add(proc);
    const bot = new Bot(name, port, proc);
    live.add(bot);
    return bot;
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  logs(): string {
    return this.tail.length ? this.tail.map((l) => `    | ${l}`).join('\n') : '    | (no output)';
  }

  /** Polls GET /healthz until 200; returns ms from spawn. */
  async waitReady(startedAt: number): Promise<number> {
    const url = `http://127.0.0.1:${this.port}/healthz`;
    while (Date.now() - startedAt < READY_TIMEOUT_MS) {
      if (!this.alive) {
        throw new BenchError(`${this.name} exited (${this.exitCode}) before it was ready:\n${this.logs()}`);
      }
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
        await res.arrayBuffer();
        if (res.status === 200) {
          this.readyMs = Date.now() - startedAt;
          this.readyCpuMs = this.treeCpuMs();
          return this.readyMs;
        }
      } catch {
        // not listening yet
      }
      await sleep(25);
    }
    throw new BenchError(`${this.name}: GET ${url} not 200 within ${READY_TIMEOUT_MS} ms:\n${this.logs()}`);
  }

  /** CPU time (user + system) used so far, ms, from /proc (clock ticks of 10 ms). */
  cpuMs(): number {
    return this.proc.pid === undefined ? NaN : procCpuMs(this.proc.pid, false);
  }

  /**
   * CPU time of the process, the children it has waited for, and its live descendants, ms: for a command
   * like `npm start`, whose work is done by the processes it starts.
   */
  treeCpuMs(): number {
    if (this.proc.pid === undefined) return NaN;
    const parentOf = new Map<number, number>();
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // gone meanwhile
      }
    }
    const inTree = (pid: number): boolean => {
      for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parentOf.get(p), hops++) {
        if (p === this.proc.pid) return true;
      }
      return false;
    };
    let total = 0;
    for (const pid of parentOf.keys()) if (inTree(pid)) total += procCpuMs(pid, true) || 0;
    return total;
  }

  /** Peak resident set size (VmHWM) in KiB, from /proc. */
  peakRssKiB(): number | undefined {
    return this.statusKiB('VmHWM');
  }

  /** Resident set size now (VmRSS) in KiB, from /proc. */
  rssKiB(): number | undefined {
    return this.statusKiB('VmRSS');
  }

  private statusKiB(field: 'VmHWM' | 'VmRSS'): number | undefined {
    if (!this.alive || this.proc.pid === undefined) return undefined;
    try {
      const status = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
      return m ? Number(m[1]) : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(graceMs = 5000): Promise<void> {
    if (this.alive) {
      this.signal('SIGTERM');
      const timer = setTimeout(() => this.alive && this.signal('SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    live.delete(this);
    groups.delete(this.proc);
  }

  signal(sig: NodeJS.Signals): void {
    if (groups.has(this.proc) && this.proc.pid !== undefined) {
      try {
        process.kill(-this.proc.pid, sig);
      } catch {
        // the group is gone already
      }
    } else {
      this.proc.kill(sig);
    }
  }
}

/** utime + stime (+ cutime + cstime: children waited for) of a process, ms; NaN when it is gone. */
function procCpuMs(pid: number, withChildren: boolean): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]) + (withChildren ? Number(f[13]) + Number(f[14]) : 0);
    return ticks * 10;
  } catch {
    return NaN;
  }
}

const live = new Set<Bot>();
/** Processes started in their own group (npm start): signals go to the whole group. */
const groups = new Set<ChildProcess>();
/** Temp dirs removed at exit, whatever the path out. */
const tempDirs = new Set<string>();

function killAllNow(): void {
  for (const bot of live) if (bot.alive) bot.signal('SIGKILL');
  for (const dir of tempDirs) {
    fs.rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * `npm start` without npm: package.json's start script, so the bench measures the bot with the V8 flags it
 * runs with in production (one source of truth: the flags must be on node's command line, not set later).
 */
function startScriptCommand(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const cmd = pkg.scripts?.start;
  if (typeof cmd !== 'string' || !/^node\s/.test(cmd)) {
    throw new BenchError(`package.json scripts.start must be a "node …" command, got ${JSON.stringify(cmd)}`);
  }
  return cmd;
}

function nodeCommand(cmd: string, profileDir?: string): string[] {
  const argv = cmd.trim().split(/\s+/);
  if (argv[0] === 'node' || argv[0] === process.execPath) {
    argv[0] = process.execPath;
    if (profileDir) argv.splice(1, 0, '-r', PROFILE_ON_SIGNAL_JS);
  } else if (profileDir) {
    throw new BenchError('--profile needs the "ours" command to start with node');
  }
  return argv;
}

// ---------------------------------------------------------------------------------------------
// Checks and load

interface ExpectRepliesBody {
  activities?: Array<{ type?: string; text?: string; attachments?: Array<{ contentType?: string; content?: unknown }> }>;
}

const ACTIVITIES_RE = /"activities"\s*:\s*\[\s*\{/;

/** Sends each question once and fails loudly unless every answer is a 200 with replies in the body. */
async function verify(bot: Bot, requireExpected: boolean): Promise<string[]> {
  const seen: string[] = [];
  for (const q of QUESTIONS) {
    const res = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: activityBody(q),
      signal: AbortSignal.timeout(15_000),
    });
    const raw = await res.text();
    const fail = (why: string) =>
      new BenchError(
        `${bot.name} did not answer "${q.text}" (${q.locale}) properly: ${why}\n  HTTP ${res.status}: ${raw.slice(0, 600)}\n${bot.logs()}`,
      );
    if (res.status !== 200) throw fail('expected HTTP 200');
    let body: ExpectRepliesBody;
    try {
      body = JSON.parse(raw) as ExpectRepliesBody;
    } catch {
      throw fail('body is not JSON');
    }
    const replies = (body.activities ?? []).filter((a) => a.type === 'message');
    if (replies.length === 0) throw fail('no message activity in `activities`');
    const hasContent = replies.some((a) => (a.text && a.text.trim()) || (a.attachments && a.attachments.length));
    if (!hasContent) throw fail('replies have neither text nor attachments');
    const hasCard = replies.some((a) =>
      (a.attachments ?? []).some((att) => att.contentType === 'application/vnd.microsoft.card.adaptive'),
    );
    const flat = JSON.stringify(replies);
    if (requireExpected && q.expect && !q.expect.test(flat)) {
      throw fail(`expected the answer to match ${q.expect}`);
    }
    const firstText =
      replies.find((a) => a.text)?.text ??
      replies
        .flatMap((a) => a.attachments ?? [])
        .map((att) => (att.content as { fallbackText?: string } | undefined)?.fallbackText)
        .find(Boolean) ??
      '';
    seen.push(
      `${q.locale} -> ${replies.length} msg${hasCard ? ' +card' : ''}: ${firstText.replace(/\s+/g, ' ').slice(0, 90)}`,
    );
  }
  return seen;
}

interface LoadResult {
  turnsPerSec: number;
  p50: number;
  p99: number;
  mean: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  badBodies: number;
  statuses: Map<number, number>;
  seconds: number;
  /** Latency of every 2xx response, ms (autocannon's own timing: request written -> response complete). */
  latencies: number[];
  /** turns/s of each slice, to show the noise. */
  slices: number[];
  /** CPU time the bot process used during the load, ms. */
  cpuMs: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

function load(bot: Bot, seconds: number, connections: number): Promise<LoadResult> {
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  let badBodies = 0;
  let i = 0;
  const cpu0 = bot.cpuMs();
  return new Promise((resolve, reject) => {
    const tracker = autocannon(
      {
        url: `http://127.0.0.1:${bot.port}/api/messages`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections,
        duration: seconds,
        timeout: 15,
        requests: [
          {
            method: 'POST',
            path: '/api/messages',
            setupRequest: (req) => ({ ...req, body: activityBody(QUESTIONS[i++ % QUESTIONS.length]) }),
            onResponse: (status, body) => {
              statuses.set(status, (statuses.get(status) ?? 0) + 1);
              if (status >= 200 && status < 300 && !ACTIVITIES_RE.test(body)) badBodies++;
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        const secs = result.duration || seconds;
        resolve(
          summarize({
            ok: result['2xx'],
            non2xx: result.non2xx,
            errors: result.errors,
            timeouts: result.timeouts,
            badBodies,
            statuses,
            seconds: secs,
            latencies,
            slices: [result['2xx'] / secs],
            cpuMs: bot.cpuMs() - cpu0,
          }),
        );
      },
    );
    tracker.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

interface SoakResult {
  turns: number;
  seconds: number;
  failed: number;
  /** True when --soak-seconds ran out before every turn was sent. */
  cut: boolean;
  cpuMs: number;
}

/** `amount` turns, each from a user never seen before; stopped at `maxSeconds`. */
function soak(bot: Bot, amount: number, maxSeconds: number, connections: number): Promise<SoakResult> {
  let i = 0;
  let ok = 0;
  let failed = 0;
  let cut = false;
  const cpu0 = bot.cpuMs();
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${bot.port}/api/messages`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections,
        amount,
        duration: maxSeconds,
        timeout: 15,
        requests: [
          {
            method: 'POST',
            path: '/api/messages',
            setupRequest: (req) => ({ ...req, body: soakActivityBody(QUESTIONS[i++ % QUESTIONS.length]) }),
            onResponse: (status, body) => {
              if (status >= 200 && status < 300 && ACTIVITIES_RE.test(body)) ok++;
              else failed++;
            },
          },
        ],
      },
      (err) => {
        clearTimeout(timer);
        if (err) return reject(err);
        resolve({ turns: ok, failed, seconds: (Date.now() - started) / 1000, cut, cpuMs: bot.cpuMs() - cpu0 });
      },
    );
    const timer = setTimeout(() => {
      cut = true;
      instance.stop();
    }, maxSeconds * 1000);
  });
}

type RawLoad = Omit<LoadResult, 'turnsPerSec' | 'p50' | 'p99' | 'mean'>;

function summarize(r: RawLoad): LoadResult {
  const sorted = Float64Array.from(r.latencies).sort();
  const sum = r.latencies.reduce((a, b) => a + b, 0);
  return {
    ...r,
    turnsPerSec: r.ok / r.seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: r.latencies.length ? sum / r.latencies.length : NaN,
  };
}

/** One bot's slices taken together. */
function merge(parts: LoadResult[]): LoadResult {
  const statuses = new Map<number, number>();
  for (const p of parts) for (const [k, v] of p.statuses) statuses.set(k, (statuses.get(k) ?? 0) + v);
  const add = (f: (p: LoadResult) => number) => parts.reduce((a, p) => a + f(p), 0);
  return summarize({
    ok: add((p) => p.ok),
    non2xx: add((p) => p.non2xx),
    errors: add((p) => p.errors),
    timeouts: add((p) => p.timeouts),
    badBodies: add((p) => p.badBodies),
    statuses,
    seconds: add((p) => p.seconds),
    latencies: parts.flatMap((p) => p.latencies),
    slices: parts.flatMap((p) => p.slices),
    cpuMs: add((p) => p.cpuMs),
  });
}

function loadProblems(name: string, r: LoadResult): string[] {
  const out: string[] = [];
  if (r.non2xx > 0) {
    const codes = [...r.statuses.entries()].filter(([s]) => s < 200 || s >= 300).map(([s, n]) => `${s}x${n}`);
    out.push(`${name}: ${r.non2xx} non-2xx responses (${codes.join(', ')})`);
  }
  if (r.errors > 0) out.push(`${name}: ${r.errors} connection errors (${r.timeouts} timeouts)`);
  if (r.badBodies > 0) out.push(`${name}: ${r.badBodies} 2xx responses without replies in "activities"`);
  if (r.ok === 0) out.push(`${name}: no successful turns`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Report

function fmt(n: number | undefined, digits = 0): string {
  return n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits);
}

interface StartupFigures {
  /** Cold starts of `node dist/src/index.js`: ms from spawn to a 200 on /healthz, and CPU ms until then. */
  readyMs: number[];
  readyCpuMs: number[];
  readyRssKiB: number[];
  npmStart?: { readyMs: number; cpuMs: number };
}

interface MemoryFigures {
  atReady?: number;
  afterLoad?: number;
  peakLoad?: number;
  afterSoak?: number;
  peakSoak?: number;
}

function median(xs: number[]): number {
  const finite = xs.filter(Number.isFinite).sort((x, y) => x - y);
  if (finite.length === 0) return NaN;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
}

function verdict(ok: boolean | undefined): string {
  return ok === undefined ? 'n/a' : ok ? 'PASS' : 'MISS';
}

const mib = (kib?: number) => (kib === undefined ? 'n/a' : (kib / 1024).toFixed(1));

function printThroughput(
  opts: Options,
  oursLabel: string,
  ours: Bot,
  echo: Bot,
  r: { ours: LoadResult; echo: LoadResult },
  rss: { ours?: number; echo?: number },
): void {
  const ratio = r.ours.turnsPerSec / r.echo.turnsPerSec;
  const row = (label: string, a: string, b: string) => `  ${label.padEnd(24)}${a.padStart(12)}${b.padStart(12)}`;
  const lines = [
    '',
    `Bench: ${opts.connections} connections, ${opts.duration} s per bot in ${opts.rounds} alternating slice(s), ` +
      `POST /api/messages, deliveryMode expectReplies, ` +
      (opts.users > 0 ? `${opts.users} returning users` : 'a fresh conversation per request') +
      (opts.profile ? '  [PROFILING: figures skewed by --cpu-prof]' : ''),
    `  ours = ${oursLabel}`,
    `  echo = EchoBot (botbuilder, text + 1 Adaptive Card expanded per turn)`,
    '',
    row('', 'ours', 'echo'),
    row('turns/s', fmt(r.ours.turnsPerSec, 1), fmt(r.echo.turnsPerSec, 1)),
    row('turns/s per slice', r.ours.slices.map((x) => fmt(x)).join(' '), r.echo.slices.map((x) => fmt(x)).join(' ')),
    row('latency p50 (ms)', fmt(r.ours.p50, 1), fmt(r.echo.p50, 1)),
    row('latency p99 (ms)', fmt(r.ours.p99, 1), fmt(r.echo.p99, 1)),
    row('latency mean (ms)', fmt(r.ours.mean, 2), fmt(r.echo.mean, 2)),
    row('turns (2xx)', String(r.ours.ok), String(r.echo.ok)),
    row('bot CPU ms per turn', fmt(r.ours.cpuMs / r.ours.ok, 2), fmt(r.echo.cpuMs / r.echo.ok, 2)),
    row('non-2xx / errors', `${r.ours.non2xx} / ${r.ours.errors}`, `${r.echo.non2xx} / ${r.echo.errors}`),
    row('peak RSS VmHWM (MiB)', mib(rss.ours), mib(rss.echo)),
    row('time-to-ready (ms)', fmt(ours.readyMs), fmt(echo.readyMs)),
    '',
    'Targets (throughput):',
    `  ratio ours/echo turns/s  ${fmt(ratio, 2).padStart(8)}   target >= ${TARGET_RATIO.toFixed(1)}   ${verdict(ratio >= TARGET_RATIO)}`,
    `  ours p99 latency (ms)    ${fmt(r.ours.p99, 1).padStart(8)}   target <= ${TARGET_P99_MS}    ${verdict(r.ours.p99 <= TARGET_P99_MS)}`,
    `  (info) CPU per turn ours/echo ${fmt(r.ours.cpuMs / r.ours.ok / (r.echo.cpuMs / r.echo.ok), 2)}: below 1.0 means ours is cheaper per turn`,
  ];
  console.log(lines.join('\n'));
}

function printMemoryAndStartup(opts: Options, startup: StartupFigures, mem: MemoryFigures, soaked?: SoakResult): void {
  const readyMs = median(startup.readyMs);
  const readyCpu = median(startup.readyCpuMs);
  const peakUnderLoad = mem.peakLoad;
  const soakDone = soaked !== undefined && soaked.turns >= SOAK_TARGET_TURNS;
  const line = (label: string, value: string, target: string, ok: boolean | undefined) =>
    `  ${label.padEnd(34)}${value.padStart(10)}   ${target.padEnd(12)} ${verdict(ok)}`;
  const lines = [
    '',
    `Start-up of ours (${startup.readyMs.length} cold start(s), spawn -> 200 on GET /healthz; median; CPU = user + system):`,
    `  process ready (ms)       ${fmt(readyMs).padStart(8)}   each: ${startup.readyMs.map((x) => fmt(x)).join(' ')}`,
    `  process CPU to ready (ms)${fmt(readyCpu).padStart(8)}   each: ${startup.readyCpuMs.map((x) => fmt(x)).join(' ')}`,
    `  RSS when ready (MiB)     ${mib(median(startup.readyRssKiB)).padStart(8)}`,
    startup.npmStart
      ? `  npm start ready (ms)     ${fmt(startup.npmStart.readyMs).padStart(8)}   CPU of npm and its children: ${fmt(startup.npmStart.cpuMs)} ms`
      : '  npm start               (not timed)',
    '',
    'Memory of ours (resident set, MiB):',
    `  when ready               ${mib(mem.atReady).padStart(8)}`,
    `  after the load           ${mib(mem.afterLoad).padStart(8)}   peak (VmHWM) ${mib(mem.peakLoad)}`,
    soaked
      ? `  after the soak           ${mib(mem.afterSoak).padStart(8)}   peak (VmHWM) ${mib(mem.peakSoak)}; ${soaked.turns} turns from distinct users ` +
        `in ${fmt(soaked.seconds)} s${soaked.failed ? `, ${soaked.failed} failed` : ''}${soaked.cut ? ' (cut at --soak-seconds)' : ''}, ` +
        `CPU ${fmt(soaked.cpuMs / Math.max(1, soaked.turns), 2)} ms/turn`
      : '  after the soak           (no soak: --soak 100000)',
    '',
    'Targets (memory and start-up):',
    line('process ready (ms, median)', fmt(readyMs), `<= ${TARGET_READY_MS}`, Number.isFinite(readyMs) ? readyMs <= TARGET_READY_MS : undefined),
    line('npm start to ready (ms)', fmt(startup.npmStart?.readyMs), `<= ${TARGET_NPM_START_MS}`,
      startup.npmStart ? startup.npmStart.readyMs <= TARGET_NPM_START_MS : undefined),
    line('peak RSS under the load (MiB)', mib(peakUnderLoad), `<= ${TARGET_RSS_MIB}`,
      peakUnderLoad === undefined ? undefined : peakUnderLoad / 1024 <= TARGET_RSS_MIB),
    line(`peak RSS after ${SOAK_TARGET_TURNS} users (MiB)`, mib(mem.peakSoak), `<= ${TARGET_RSS_MIB}`,
      soaked && mem.peakSoak !== undefined ? soakDone && mem.peakSoak / 1024 <= TARGET_RSS_MIB : undefined),
  ];
  if (soaked && !soakDone) {
    lines.push(`  (the soak reached ${soaked.turns} of ${SOAK_TARGET_TURNS} turns: the RSS target counts only a full soak)`);
  }
  if (opts.duration === 0) lines.push('  (--duration 0: no throughput load, "under the load" is the warm-up only)');
  console.log(lines.join('\n'));
}

function printLoadNote(loadAvg: number): void {
  const cores = os.cpus().length;
  const lines = ['', `Load average during the run: ${loadAvg.toFixed(1)} on ${cores} cores.`];
  if (loadAvg > cores) {
    lines.push(
      'NOTE: other processes competed for the CPU: absolute figures (turns/s, ms to ready) are low and noisy; the ratio ' +
        '(alternating slices), CPU ms per turn and CPU ms to ready are the steadier figures.',
    );
  }
  console.log(lines.join('\n') + '\n');
}

/**
 * The recognizer alone, in this process, after the bots stopped: mean ms per message over distinct texts
 * (each a cache miss), so its speed target is read here rather than asserted by a timed test.
 */
const RECOGNIZER_TARGET_MS = 2;
async function printRecognizerSpeed(messages = 500): Promise<void> {
  const recognizer = await createRecognizer();
  const hint = (q: Question) => q.locale.slice(0, 2) as 'en' | 'ru' | 'fr';
  for (let i = 0; i < 50; i++) await recognizer.recognize(`${QUESTIONS[i % QUESTIONS.length].text} warm ${i}`);
  const started = performance.now();
  for (let i = 0; i < messages; i++) {
    const q = QUESTIONS[i % QUESTIONS.length];
    await recognizer.recognize(`${q.text} ${i}`, hint(q));
  }
  const mean = (performance.now() - started) / messages;
  const verdict = mean < RECOGNIZER_TARGET_MS ? 'PASS' : 'MISS';
  console.log(`  recognizer mean ms per message ${fmt(mean, 3).padStart(8)}   target < ${RECOGNIZER_TARGET_MS}     ${verdict}  (${messages} distinct messages)\n`);
}

// ---------------------------------------------------------------------------------------------
// Main

function botEnv(baseEnv: NodeJS.ProcessEnv, port: number, dataDir: string): NodeJS.ProcessEnv {
  // One tenant at ~2,000 turns/s from loopback (exempt from the per-IP limit by default): no tenant limit.
  return { ...baseEnv, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', MicrosoftAppId: '', MicrosoftAppPassword: '', RATE_LIMIT_PER_TENANT_PER_MINUTE: '0' };
}

/** Cold starts of our bot (each with an empty data dir) and one `npm start`, stopped once ready. */
async function timeStartups(opts: Options, oursArgv: string[], baseEnv: NodeJS.ProcessEnv): Promise<StartupFigures> {
  const figures: StartupFigures = { readyMs: [], readyCpuMs: [], readyRssKiB: [] };
  for (let n = 0; n < opts.starts; n++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-start-'));
    tempDirs.add(dir);
    const port = await freePort();
    const started = Date.now();
    const bot = Bot.start(`ours (cold start ${n + 1})`, oursArgv, port, botEnv(baseEnv, port, dir));
    figures.readyMs.push(await bot.waitReady(started));
    figures.readyCpuMs.push(bot.readyCpuMs ?? NaN);
    figures.readyRssKiB.push(bot.rssKiB() ?? NaN);
    await bot.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  }
  if (opts.npmStart && !opts.oursCmd) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-start-'));
    tempDirs.add(dir);
    const port = await freePort();
    const started = Date.now();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const bot = Bot.start('npm start', [npm, 'start', '--silent'], port, botEnv(baseEnv, port, dir), true);
    const readyMs = await bot.waitReady(started);
    figures.npmStart = { readyMs, cpuMs: bot.readyCpuMs ?? NaN };
    await bot.stop();
  }
  return figures;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.users > 0 && opts.users < 2 * opts.connections) {
    throw new BenchError(`--users must be at least 2 x connections (${2 * opts.connections}) so a chat's turns do not overlap`);
  }
  USERS = opts.users;
  const profileDir = opts.profile ? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-prof-')) : undefined;
  const oursCmd = opts.oursCmd ?? startScriptCommand();
  if (!opts.oursCmd && !fs.existsSync(OUR_BOT_JS)) {
    throw new BenchError(
      `${path.relative(REPO_ROOT, OUR_BOT_JS)} not found: build src/index.ts first, or test the harness with ` +
        `--ours "node dist/scripts/echoBot.js"`,
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-data-'));
  tempDirs.add(dataDir);
  const connector = await startFakeConnector(TENANT_ID);
  SERVICE_URL = connector.url;
  try {
    const baseEnv = { ...process.env };
    delete baseEnv.NODE_OPTIONS;
    let loadAvg = os.loadavg()[0];

    console.log(`Timing start-up: ${opts.starts} cold start(s) of ${oursCmd}${opts.npmStart && !opts.oursCmd ? ' and one `npm start`' : ''}`);
    const startup = await timeStartups(opts, nodeCommand(oursCmd), baseEnv);

    const [oursPort, echoPort] = [await freePort(), await freePort()];
    console.log(`Starting ours: ${oursCmd} (PORT=${oursPort}, DATA_DIR=${dataDir}, LOG_LEVEL=warn)`);
    const oursStart = Date.now();
    const ours = Bot.start('ours', nodeCommand(oursCmd, profileDir), oursPort, {
      ...botEnv(baseEnv, oursPort, dataDir),
      ...(profileDir ? { BENCH_PROFILE_DIR: profileDir } : {}),
    });
    const oursReady = await ours.waitReady(oursStart);
    startup.readyMs.push(oursReady);
    startup.readyCpuMs.push(ours.readyCpuMs ?? NaN);
    const mem: MemoryFigures = { atReady: ours.rssKiB() };
    startup.readyRssKiB.push(mem.atReady ?? NaN);
    console.log(`  ready in ${oursReady} ms (CPU ${fmt(ours.readyCpuMs)} ms, RSS ${mib(mem.atReady)} MiB)`);

    const compare = opts.duration > 0;
    let echo: Bot | undefined;
    if (compare) {
      console.log(`Starting echo: node ${path.relative(REPO_ROOT, ECHO_BOT_JS)} (PORT=${echoPort})`);
      const echoStart = Date.now();
      echo = Bot.start('echo', [process.execPath, ECHO_BOT_JS], echoPort, {
        ...baseEnv,
        PORT: String(echoPort),
        MicrosoftAppId: '',
      });
      console.log(`  ready in ${await echo.waitReady(echoStart)} ms`);
    }
    const bots = echo ? [ours, echo] : [ours];

    console.log('Checking replies (expectReplies):');
    for (const line of await verify(ours, !opts.oursCmd)) console.log(`  ours ${line}`);
    if (echo) for (const line of await verify(echo, false)) console.log(`  echo ${line}`);

    const problems: string[] = [];
    loadAvg = Math.max(loadAvg, os.loadavg()[0]);
    for (const bot of bots) {
      if (opts.warmup > 0) {
        console.log(`Warm-up ${bot.name}: ${opts.warmup} s`);
        problems.push(...loadProblems(`${bot.name} warm-up`, await load(bot, opts.warmup, opts.connections)));
      }
    }
    if (profileDir && ours.proc.pid !== undefined) {
      process.kill(ours.proc.pid, 'SIGUSR2');
      await sleep(200);
    }
    let results: { ours: LoadResult; echo: LoadResult } | undefined;
    const rss: { ours?: number; echo?: number } = {};
    if (echo) {
      const slice = opts.duration / opts.rounds;
      const parts: Record<'ours' | 'echo', LoadResult[]> = { ours: [], echo: [] };
      for (let round = 0; round < opts.rounds; round++) {
        // ABBA order: ours, echo, echo, ours, ... so a load change on the machine hits both alike.
        for (const bot of round % 2 === 0 ? [ours, echo] : [echo, ours]) {
          console.log(`Measuring ${bot.name}: ${slice} s at ${opts.connections} connections (round ${round + 1}/${opts.rounds})`);
          const r = await load(bot, slice, opts.connections);
          parts[bot.name as 'ours' | 'echo'].push(r);
          problems.push(...loadProblems(`${bot.name} round ${round + 1}`, r));
          if (!bot.alive) problems.push(`${bot.name} exited (${bot.exitCode}) during the run`);
        }
      }
      results = { ours: merge(parts.ours), echo: merge(parts.echo) };
      rss.echo = echo.peakRssKiB();
    }
    loadAvg = Math.max(loadAvg, os.loadavg()[0]);
    mem.afterLoad = ours.rssKiB();
    mem.peakLoad = rss.ours = ours.peakRssKiB();
    if (echo) await echo.stop();

    let soaked: SoakResult | undefined;
    if (opts.soak > 0 && !profileDir) {
      console.log(`Soak: ${opts.soak} turns from distinct users, at most ${opts.soakSeconds} s`);
      soaked = await soak(ours, opts.soak, opts.soakSeconds, opts.connections);
      if (!ours.alive) problems.push(`ours exited (${ours.exitCode}) during the soak`);
      if (soaked.failed > 0) problems.push(`ours: ${soaked.failed} soak turns failed (non-2xx, error or no replies)`);
      mem.afterSoak = ours.rssKiB();
      mem.peakSoak = ours.peakRssKiB();
      loadAvg = Math.max(loadAvg, os.loadavg()[0]);
    }
    await ours.stop();

    if (results && echo) printThroughput(opts, oursCmd, ours, echo, results, rss);
    printMemoryAndStartup(opts, startup, mem, soaked);
    printLoadNote(loadAvg);
    await printRecognizerSpeed();

    if (profileDir) {
      const files = fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
      if (files.length === 0) console.log(`No .cpuprofile written in ${profileDir}`);
      for (const f of files) {
        const full = path.join(profileDir, f);
        console.log(formatProfileSummary(summarizeCpuProfile(full, REPO_ROOT, 25)));
        console.log(`(open ${full} in Chrome DevTools / VS Code for the flame chart)\n`);
      }
    }

    if (problems.length) {
      console.error(`RUN FAILED:\n  ${problems.join('\n  ')}\nours log tail:\n${ours.logs()}`);
      return 1;
    }
    return 0;
  } finally {
    killAllNow();
    await connector.close();
  }
}

process.on('exit', killAllNow);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    console.error(`\n${sig}: stopping the bots`);
    killAllNow();
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    killAllNow();
    console.error(err instanceof BenchError ? `BENCH FAILED: ${err.message}` : err);
    process.exit(1);
  },
);
