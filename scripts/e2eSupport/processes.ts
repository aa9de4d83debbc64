import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';

/** A child process started by the e2e run, in its own process group so that stop() ends its children too. */
export interface Managed {
  name: string;
  child: ChildProcess;
  /** The last lines it printed (stdout and stderr), for failure reports. */
  tail(lines?: number): string;
  /** Resolves with the first match of `re` in its output, or rejects after `timeoutMs` or when it exits. */
  waitForOutput(re: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

export interface StartOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Everything the process prints also goes to this file. */
  logFile?: string;
}

const started = new Set<Managed>();

// Last resort: whatever way this process ends (an uncaught error included), its children's groups go with it.
process.on('exit', () => {
  for (const m of started) if (m.child.pid !== undefined) signalGroup(m.child.pid, 'SIGKILL');
});

export function start(name: string, command: string, args: string[], opts: StartOptions = {}): Managed {
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const log = opts.logFile ? fs.createWriteStream(opts.logFile) : undefined;
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-64 * 1024);
    log?.write(text);
    for (const w of [...waiters]) w();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      for (const w of [...waiters]) w();
      resolve();
    });
    child.once('error', (err) => {
      output += `\n[spawn error] ${err.message}\n`;
      exited = true;
      for (const w of [...waiters]) w();
      resolve();
    });
  });

  const managed: Managed = {
    name,
    child,
    tail: (lines = 30) => output.split('\n').slice(-lines).join('\n'),
    waitForOutput: (re, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = re.exec(output);
          if (m) {
            done();
            resolve(m);
          } else if (exited) {
            done();
            reject(new Error(`${name} exited before printing ${re}:\n${managed.tail()}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${name} did not print ${re} within ${timeoutMs} ms:\n${managed.tail()}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
    stop: async () => {
      started.delete(managed);
      if (!exited && child.pid !== undefined) {
        signalGroup(child.pid, 'SIGTERM');
        const killed = await Promise.race([exitPromise.then(() => true), delay(4000).then(() => false)]);
        if (!killed) {
          signalGroup(child.pid, 'SIGKILL');
          await Promise.race([exitPromise, delay(2000)]);
        }
      }
      // The group may still hold children after the leader exited (a shell wrapper, for instance).
      if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
      await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));
    },
  };
  started.add(managed);
  return managed;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops every process this module started and has not stopped yet, in reverse order. */
export async function stopAll(): Promise<void> {
  for (const m of [...started].reverse()) await m.stop();
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function getStatus(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** Polls `url` until it answers 200, or throws after `timeoutMs` (or as soon as `proc` has exited). */
export async function waitForHttp(url: string, timeoutMs: number, proc?: Managed): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) {
      throw new Error(`${proc.name} exited (code ${proc.child.exitCode}) before ${url} answered:\n${proc.tail()}`);
    }
    if ((await getStatus(url, 1000)) === 200) return;
    await delay(250);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms${proc ? `:\n${proc.tail()}` : ''}`);
}
