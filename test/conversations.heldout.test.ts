import { CORPORA } from '../src/nlu/corpus';
import { RunningBot, startBot } from './support/botServer';
import { runConversation as run, short } from './support/heldoutRunner';
import { describeLeaks, findContainedLeaks, findLeaks } from './support/leakCheck';
import { heldOutLines } from './support/heldoutRunner';
import { CONVERSATIONS, Conversation, Lang } from './fixtures/conversations';

const LANGS: Lang[] = ['en', 'ru', 'fr'];
const POINTS = [1, 2, 3, 4, 5, 6, 7];

/**
 * The held-out conversations (test/fixtures/conversations.ts) through the real bot over HTTP
 * (expectReplies): one fresh person and personal chat per conversation, button presses sent as the
 * card submit the button carries, as a Teams client does. Each conversation is one test; a summary line
 * per language and per point of the spec is printed at the end.
 */

// ---- The suite ---------------------------------------------------------------------------------

describe('held-out conversations', () => {
  it('has at least 40 conversations per language, each of 1 to 4 user turns, with unique ids', () => {
    for (const lang of LANGS) expect(CONVERSATIONS.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(40);
    for (const c of CONVERSATIONS) {
      expect(c.turns.length).toBeGreaterThanOrEqual(1);
      expect(c.turns.length).toBeLessThanOrEqual(4);
      expect(Object.keys(c.expect).length).toBeGreaterThan(0);
    }
    expect(new Set(CONVERSATIONS.map((c) => c.id)).size).toBe(CONVERSATIONS.length);
    // Every point of the spec, in every language.
    for (const lang of LANGS) for (const p of POINTS) expect(CONVERSATIONS.some((c) => c.lang === lang && c.points.includes(p))).toBe(true);
  });

  it('no user line is a training line, exactly or after normalizing case, punctuation and accents, or nearly', () => {
    const lines = CONVERSATIONS.flatMap((c) => c.turns.filter((t): t is string => typeof t === 'string'));
    const training = LANGS.flatMap((l) => Object.values(CORPORA[l]).flat());
    expect(describeLeaks(findLeaks(lines, training))).toEqual([]);
  });

  it('no line is contained in a training line, by stems (lines found when the check came, frozen)', () => {
    const training = LANGS.flatMap((l) => Object.values(CORPORA[l]).flat());
    expect(findContainedLeaks(heldOutLines(CONVERSATIONS), training).map((l) => l.text)).toEqual([
      'how many on-prem incidents do we get?',
      'how many incidents then for cloud',
      'gold partner, Exchange problem, how many incidents',
      'сколько инцидентов on-prem у Silver',
      "Gold avec analyse de données, combien d'incidents cloud ?",
      "Gold, problème Exchange, combien d'incidents ?",
    ]);
  });

  describe('through the bot', () => {
    let bot: RunningBot;
    const results = new Map<string, { c: Conversation; ok: boolean; said: string; problems: string[] }>();

    beforeAll(async () => {
      bot = await startBot({ LOG_LEVEL: 'warn' });
    });

    afterAll(async () => {
      await bot.close();
      const done = [...results.values()];
      const lines: string[] = [];
      for (const lang of LANGS) {
        const mine = done.filter((r) => r.c.lang === lang);
        lines.push(`conversations ${lang}: ${mine.filter((r) => r.ok).length}/${mine.length}`);
      }
      for (const p of POINTS) {
        const cells = LANGS.map((lang) => {
          const mine = done.filter((r) => r.c.lang === lang && r.c.points.includes(p));
          return `${lang} ${mine.filter((r) => r.ok).length}/${mine.length}`;
        });
        lines.push(`point ${p}: ${cells.join(', ')}`);
      }
      const failing = done.filter((r) => !r.ok);
      if (failing.length) {
        lines.push('failing:');
        for (const r of failing) lines.push(`  ${r.c.id} [${r.c.points.join(',')}] ${r.problems.join('; ')} — bot: ${r.said}`);
      }
      console.log(lines.join('\n'));
    });

    for (const c of CONVERSATIONS) {
      const typed = c.turns.map((t) => (typeof t === 'string' ? t : `[press ${t.press}]`)).join(' / ');
      it(`${c.id} (point ${c.points.join(',')}): ${short(typed, 120)}`, async () => {
        const outcome = await run(bot, c);
        results.set(c.id, { c, ok: outcome.problems.length === 0, ...outcome });
        if (outcome.problems.length) throw new Error(`${outcome.problems.join('\n')}\nbot answered: ${outcome.said}`);
      });
    }
  });
});
