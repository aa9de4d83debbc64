#!/usr/bin/env node
'use strict';
/**
 * npm run playground [-- --as megan] [-- --other-tenant] [-- --port 56150]
 *
 * Starts the Microsoft 365 Agents Playground (a local Teams-like web client) against the running bot
 * (http://localhost:${PORT:-3978}/api/messages; start it first with `npm start`), with the mock users and
 * chats of e2e/playground.yml, and prints the URL to open. Plain JavaScript: no build needed.
 *
 *   --as <user>      be another mocked user (given name, name, channel id or aadObjectId), e.g. --as megan
 *                    to see the member view; run a second Playground next to the first one for that.
 *   --other-tenant   be a user of another organization (another tenant id, other chats)
 *   --port <n>       Playground port (default 56150; the Playground picks a free one if it is taken)
 *   --config <file>  another config file
 */
const { spawn } = require('node:child_process');
const http = require('node:http');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { DEFAULT_CONFIG, findPlaygroundBin, loadWorld, asUser, otherTenant, writeConfig } = require('./e2eSupport/playgroundConfig');

function parseArgs(argv) {
  const opts = { port: 56150, config: DEFAULT_CONFIG, as: undefined, otherTenant: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--as') opts.as = value();
    else if (a === '--port' || a === '-p') opts.port = Number(value());
    else if (a === '--config') opts.config = path.resolve(value());
    else if (a === '--other-tenant') opts.otherTenant = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`unknown option ${a} (try --help)`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('--port must be a port number');
  return opts;
}

function healthy(url, timeoutMs) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`playground: ${err.message}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write(
      'Usage: npm run playground [-- --as <user>] [-- --other-tenant] [-- --port <n>] [-- --config <file>]\n' +
        'Start the bot first (npm start); PORT selects the bot port (default 3978).\n',
    );
    return;
  }

  const botPort = Number(process.env.PORT || 3978);
  const botBase = `http://localhost:${botPort}`;
  if (!(await healthy(`${botBase}/healthz`, 2000))) {
    process.stderr.write(
      `playground: the bot does not answer on ${botBase}/healthz.\n` +
        '  Start it first in another terminal:   npm start\n' +
        `  (or set PORT to the port it listens on, e.g. PORT=${botPort} npm run playground)\n`,
    );
    process.exit(1);
  }

  const bin = findPlaygroundBin();
  if (!bin) {
    process.stderr.write('playground: node_modules/.bin/agentsplayground is missing; run npm install.\n');
    process.exit(1);
  }

  let configPath = opts.config;
  let base;
  let world;
  let tempDir;
  try {
    base = loadWorld(opts.config);
    world = base;
    if (opts.as || opts.otherTenant) {
      if (opts.as) world = asUser(world, opts.as);
      if (opts.otherTenant) world = otherTenant(world);
      tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-config-'));
      configPath = writeConfig(world, tempDir);
    }
  } catch (err) {
    process.stderr.write(`playground: ${err.message}\n`);
    process.exit(2);
  }

  const child = spawn(bin, ['-e', `${botBase}/api/messages`, '-c', 'msteams', '-p', String(opts.port), '--dt'], {
    env: {
      ...process.env,
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      // Never try to open a browser from here: print the URL instead.
      TEAMSAPPTESTER_BROWSER: 'none',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  let announced = false;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const m = /Listening on (\d+)/.exec(chunk);
    if (m && !announced) {
      announced = true;
      const others = world.users.map((u) => u.givenName).join(', ');
      process.stdout.write(
        '\n' +
          `  Playground:  http://localhost:${m[1]}   (open it in a browser)\n` +
          `  Bot:         ${botBase}/api/messages\n` +
          `  You are:     ${world.currentUser.name} (aadObjectId ${world.currentUser.aadObjectId}, tenant ${world.tenantId})\n` +
          `  Config:      ${configPath}\n` +
          `  Chats:       Personal Chat, "${world.groupChat.name}", team "${world.team.name}" (General, ${world.team.channels.map((c) => c.name).join(', ')})\n` +
          '  In a group chat or channel, @mention the bot: type "@Partner" and pick it.\n' +
          `  Another user's view: npm run playground -- --as <${others}> --port <another port>\n` +
          `  Admins: start the bot with BOOTSTRAP_ADMINS=${base.currentUser.aadObjectId} to make ${base.currentUser.givenName} a Global admin.\n` +
          '  Stop with Ctrl+C.\n\n',
      );
    }
  });

  const forward = (signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  child.on('exit', (code, signal) => {
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
  });
}

main().catch((err) => {
  process.stderr.write(`playground: ${err.stack || err}\n`);
  process.exit(1);
});
