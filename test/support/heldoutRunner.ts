import * as fs from 'node:fs';
import { messageActivity, person, personalChat } from './activities';
import { findContainedLeaks, findLeaks } from './leakCheck';
import { Reply, RunningBot, visibleText } from './botServer';
import type { Conversation, Lang } from '../fixtures/heldoutTypes';

/**
 * Runs one held-out conversation through the real bot over HTTP (expectReplies): a fresh person and personal
 * chat, button presses sent as the card submit the button carries, as a Teams client does; the expectations
 * are checked on the replies to the last turn.
 */

const LOCALE_TAG: Record<Lang, string> = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' };

/** The first sentence a person reads: the first message's card fallbackText and first text blocks, or its text. */
export function firstSentence(replies: Reply[]): string {
  const r = replies.find((x) => x.type === 'message' && (x.text || x.attachments?.length));
  if (!r) return '';
  const card = r.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content as
    | { fallbackText?: string; body?: Array<{ type: string; text?: string }> }
    | undefined;
  if (!card) return r.text ?? '';
  const blocks = (card.body ?? []).filter((b) => b.type === 'TextBlock' && b.text).slice(0, 2).map((b) => b.text as string);
  return [r.text ?? '', card.fallbackText ?? '', ...blocks].filter(Boolean).join('\n');
}

export interface Button {
  title: string;
  /** What a Teams client sends when the button is pressed. */
  send: { text?: string; value?: unknown };
  /** For an Action.Execute: the invoke Teams sends (the held-out dialogue sets send its data as a message). */
  invoke?: { verb: string; data: Record<string, unknown> };
}

/** Every button of the replies' cards and suggested actions, with what pressing it sends. */
export function buttonsOf(replies: Reply[]): Button[] {
  const out: Button[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, any>;
      if (o.type === 'Action.Submit' && typeof o.title === 'string') {
        const ms = o.data?.msteams;
        if (ms?.type === 'imBack') out.push({ title: o.title, send: { text: String(ms.value) } });
        else if (ms?.type === 'messageBack') out.push({ title: o.title, send: { text: ms.text ?? ms.displayText, value: ms.value } });
        else out.push({ title: o.title, send: { value: o.data ?? {} } });
      } else if ((o.type === 'imBack' || o.type === 'messageBack') && typeof o.title === 'string') {
        out.push({ title: o.title, send: o.type === 'imBack' ? { text: String(o.value) } : { text: o.text, value: o.value } });
      } else if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') {
        out.push({
          title: o.title,
          send: { value: o.data ?? {} },
          ...(o.type === 'Action.Execute' ? { invoke: { verb: String(o.verb), data: (o.data ?? {}) as Record<string, unknown> } } : {}),
        });
      }
      for (const [k, x] of Object.entries(o)) if (k !== 'data') walk(x);
    }
  };
  for (const r of replies) {
    walk(r.attachments?.map((a) => a.content));
    walk((r as { suggestedActions?: { actions?: unknown[] } }).suggestedActions?.actions);
  }
  return out;
}

// ---- Language of a reply -----------------------------------------------------------------------

const EN_WORDS = new Set('the of and is are for with your you to this that does do have has not any can get gets an it be or in'.split(' '));
const FR_WORDS = new Set('le la les des du de pour avec vous votre vos est sont un une et pas ne sur dans au aux à il elle ce cette qui que ou en'.split(' '));

/** Quoted on-screen texts (error messages, portal labels) keep their English form; they do not count. */
function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|«[^»]*»|\*\*[^*]*\*\*|\*[^*]*\*|‘[^’]*’/g, ' ');
}

export function languageProblem(text: string, lang: Lang): string | undefined {
  const t = withoutQuotes(text);
  const cyrillicWords = (t.match(/[\u0400-\u04FF]{2,}/g) ?? []).length;
  const words = t.toLowerCase().replace(/[’']/g, ' ').split(/[^\p{L}]+/u).filter(Boolean);
  const en = words.filter((w) => EN_WORDS.has(w)).length;
  const fr = words.filter((w) => FR_WORDS.has(w)).length;
  if (lang === 'ru') return cyrillicWords >= 3 ? undefined : `not Russian (${cyrillicWords} Cyrillic words)`;
  if (cyrillicWords > 0) return `not ${lang}: Cyrillic words`;
  if (lang === 'fr') return fr >= 2 && fr > en ? undefined : `not French (${fr} French, ${en} English function words)`;
  return en >= 2 && en > fr ? undefined : `not English (${en} English, ${fr} French function words)`;
}

/** Links and the article's date (a source line on cards) are not figures of an answer. */
function withoutSourceDate(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b20\d\d[-./]\d\d[-./]\d\d\b|\b\d\d[-./]\d\d[-./]20\d\d\b|\b\d{1,2} \p{L}+ 20\d\d\b|\p{L}+ \d{1,2}, 20\d\d\b/gu, ' ');
}

// ---- Running a conversation --------------------------------------------------------------------

export interface Outcome {
  problems: string[];
  said: string;
}

export const short = (s: string, max = 220) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
};

/** What a set expects of the replies to a last turn, as both held-out runners state it. */
export interface ReplyExpectation {
  lead?: RegExp[];
  notLead?: RegExp[];
  anywhere?: RegExp[];
  buttons?: RegExp[];
  noButtons?: RegExp[];
}

/** The first sentence, all readable text and button titles of the replies, and what in them breaks `e`. */
export function replyProblems(replies: Reply[], e: ReplyExpectation): { first: string; all: string; offered: string[]; problems: string[] } {
  const first = firstSentence(replies);
  const all = visibleText(replies);
  const offered = buttonsOf(replies).map((b) => b.title);
  const problems: string[] = [];
  for (const r of e.lead ?? []) if (!r.test(first)) problems.push(`first sentence lacks ${r}`);
  for (const r of e.notLead ?? []) if (r.test(first)) problems.push(`first sentence has ${r}`);
  for (const r of e.anywhere ?? []) if (!r.test(all) && !offered.some((t) => r.test(t))) problems.push(`reply lacks ${r}`);
  for (const r of e.buttons ?? []) if (!offered.some((t) => r.test(t))) problems.push(`no button ${r}`);
  for (const r of e.noButtons ?? []) if (offered.some((t) => r.test(t))) problems.push(`a button matches ${r}`);
  return { first, all, offered, problems };
}

export async function runConversation(bot: RunningBot, c: Conversation): Promise<Outcome> {
  const who = person(`heldout-${c.id}`);
  const where = personalChat();
  const locale = LOCALE_TAG[c.client ?? c.lang];
  let replies: Reply[] = [];
  for (const turn of c.turns) {
    if (typeof turn === 'string') {
      replies = await bot.send(messageActivity(turn, who, where, locale));
      continue;
    }
    const offered = buttonsOf(replies);
    const button = offered.find((b) => turn.press.test(b.title));
    if (!button) {
      return {
        problems: [`no button matching ${turn.press} to press; offered [${offered.map((b) => b.title).join(' | ')}]`],
        said: short(firstSentence(replies)),
      };
    }
    const activity: Record<string, unknown> = { ...messageActivity(button.send.text ?? '', who, where, locale) };
    if (button.send.text === undefined) delete activity.text;
    if (button.send.value !== undefined) activity.value = button.send.value;
    replies = await bot.send(activity);
  }

  const e = c.expect;
  const { first, all, offered, problems } = replyProblems(replies, e);
  if (e.minButtons !== undefined && offered.length < e.minButtons) problems.push(`${offered.length} buttons, expected at least ${e.minButtons}`);
  if (e.noDigits) {
    const digits = withoutSourceDate(all + '\n' + offered.join('\n')).match(/\S*\d\S*/g);
    if (digits) problems.push(`figures in a reply the article gives none for: ${digits.slice(0, 5).join(' ')}`);
  }
  const language = languageProblem(first, c.lang);
  if (language) problems.push(`reply ${language}`);
  const said = short(first) + (offered.length ? ` [buttons: ${offered.join(' | ')}]` : '');
  return { problems, said };
}


// ---- A held-out set as a suite ---------------------------------------------------------------------

export interface HeldOutSuiteOptions {
  /** The categories of the set's brief, reported per language. */
  points: number[];
  /**
   * Conversations that failed when the set was last fixed against (a regression set keeps its record):
   * they run as `it.failing`, so one that starts passing fails the suite until it is taken off the list.
   */
  knownFailing?: ReadonlySet<string>;
  /** Called once with the summary lines (per language, per point, the failures). */
  report?: (lines: string[]) => void;
}

const LANGS: Lang[] = ['en', 'ru', 'fr'];

/** One test per conversation through a bot started for the suite, and a summary printed at the end. */
export function describeHeldOutSet(
  title: string,
  conversations: readonly Conversation[],
  start: () => Promise<RunningBot>,
  options: HeldOutSuiteOptions,
): void {
  describe(title, () => {
    let bot: RunningBot;
    const results = new Map<string, { c: Conversation; ok: boolean; said: string; problems: string[] }>();

    beforeAll(async () => {
      bot = await start();
    });

    afterAll(async () => {
      await bot.close();
      const done = [...results.values()];
      const lines: string[] = [`${title}: ${done.filter((r) => r.ok).length}/${done.length}`];
      for (const lang of LANGS) {
        const mine = done.filter((r) => r.c.lang === lang);
        lines.push(`  ${lang}: ${mine.filter((r) => r.ok).length}/${mine.length}`);
      }
      for (const p of options.points) {
        const cells = LANGS.map((lang) => {
          const mine = done.filter((r) => r.c.lang === lang && r.c.points.includes(p));
          return `${lang} ${mine.filter((r) => r.ok).length}/${mine.length}`;
        });
        lines.push(`  point ${p}: ${cells.join(', ')}`);
      }
      const failing = done.filter((r) => !r.ok);
      if (failing.length) {
        lines.push('  failing:');
        for (const r of failing) lines.push(`    ${r.c.id} [${r.c.points.join(',')}] ${r.problems.join('; ')} — bot: ${r.said}`);
      }
      (options.report ?? ((l: string[]) => console.log(l.join('\n'))))(lines);
    });

    for (const c of conversations) {
      const typed = c.turns.map((t) => (typeof t === 'string' ? t : `[press ${t.press}]`)).join(' / ');
      const test = options.knownFailing?.has(c.id) ? it.failing : it;
      test(`${c.id} (point ${c.points.join(',')}): ${short(typed, 120)}`, async () => {
        const outcome = await runConversation(bot, c);
        results.set(c.id, { c, ok: outcome.problems.length === 0, ...outcome });
        if (outcome.problems.length) throw new Error(`${outcome.problems.join('\n')}\nbot answered: ${outcome.said}`);
      });
    }
  });
}

/** The article's on-screen error messages, pasted as they are: everyone types them the same way. */
const ON_SCREEN = [
  'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID',
];

/** The typed lines of a set that a leak check compares: not greetings of one or two words, not a pasted on-screen message. */
export function heldOutLines(set: readonly Conversation[]): string[] {
  return set
    .flatMap((c) => c.turns.filter((t): t is string => typeof t === 'string'))
    .filter((line) => line.trim().split(/\s+/).length > 2 && !ON_SCREEN.includes(line.trim()));
}

/** A held-out set's suite as the sets A, B and C share it: the set's own checks, its leak checks, the bot run. */
export interface HeldOutFixture {
  name: string;
  set: readonly Conversation[];
  /** The file (in test/fixtures) listing the conversations the set still fails. */
  failingFile: string;
  /** Set to run every conversation as a plain test (the set's first run, or a look at its state). */
  baselineEnv: string;
  /** What findLeaks reported when the set was unsealed (described), frozen. */
  nearLeaks: readonly string[];
  /** What findContainedLeaks reported, frozen. */
  containedLeaks: readonly string[];
  training: readonly string[];
}

export function describeHeldOutFixture(f: HeldOutFixture, start: () => Promise<RunningBot>, describeLeaks: (l: ReturnType<typeof findLeaks>) => string[]): void {
  const knownFailing: ReadonlySet<string> = new Set(
    (process.env[f.baselineEnv] ? [] : fs.readFileSync(`${__dirname}/../fixtures/${f.failingFile}`, 'utf8').split(/\s+/)).filter(Boolean),
  );
  describe(`${f.name}: the set itself`, () => {
    it('has at least 40 conversations per language, 1 to 6 turns each, unique ids', () => {
      for (const lang of LANGS) expect(f.set.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(40);
      for (const c of f.set) expect(c.turns.length >= 1 && c.turns.length <= 6).toBe(true);
      expect(new Set(f.set.map((c) => c.id)).size).toBe(f.set.length);
    });
    it('its lines are no training lines, exactly or nearly, beyond what was found when it was unsealed (greetings and the pasted on-screen error aside)', () => {
      expect(describeLeaks(findLeaks(heldOutLines(f.set), f.training))).toEqual(f.nearLeaks);
    });
    it('no other line is 80 % contained in a training line, by stems and with contractions spelled out', () => {
      expect(findContainedLeaks(heldOutLines(f.set), f.training).map((l) => l.text)).toEqual(f.containedLeaks);
    });
  });
  describeHeldOutSet(`${f.name} through the bot`, f.set, start, { points: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], knownFailing });
}
