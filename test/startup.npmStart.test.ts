import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageActivity, person, personalChat } from './support/activities';
import { visibleText } from './support/replies';
import { startBotProcess, type BotProcess } from './support/botProcess';

/**
 * `npm start` as an operator runs it: package.json's start script (node with the V8 flags that bound the
 * bot's memory, then scripts/start.js, which builds when the sources changed and runs the build). Run here
 * without npm, as the bench does, so the test and the bench start exactly what production starts.
 */
const ROOT = join(__dirname, '..');

function startScript(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return pkg.scripts.start.trim().split(/\s+/);
}

describe('npm start', () => {
  let dataDir: string;
  let bot: BotProcess | undefined;

  beforeAll(() => {
    // What scripts/start.js would do first, with a longer timeout than a start: build when sources changed.
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-if-needed.js')], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stdout}${built.stderr}`);
    dataDir = mkdtempSync(join(tmpdir(), 'assistant-npm-start-'));
  }, 240_000);
  afterAll(async () => {
    await bot?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts the bot with a small V8 young generation and a heap cap on node’s command line, and it answers', async () => {
    const [node, ...args] = startScript();
    expect(node).toBe('node');
    const script = args.pop()!;
    expect(script).toBe('scripts/start.js');
    bot = await startBotProcess(join(ROOT, script), { DATA_DIR: dataDir }, args);

    // What `ps` shows: V8 reads these when the heap is set up, so they must be on the command line.
    const cmdline = readFileSync(`/proc/${bot.child.pid}/cmdline`, 'utf8').split('\0');
    expect(cmdline).toEqual(expect.arrayContaining(['--max-semi-space-size=4', '--max-old-space-size=256']));

    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    const replies = await bot.send(
      messageActivity('How many on-premises support incidents does a Silver partner get?', person('Ann'), personalChat()),
    );
    // The article: Silver competency partners get 15 on-premises incidents.
    expect(visibleText(replies)).toMatch(/\b15\b/);
    // The language model came from the build, not trained at start (that costs seconds).
    expect(bot.output()).toMatch(/"msg":"nlu model ready","source":"file"/);
  });
});
