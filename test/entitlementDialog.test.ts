import { Activity, TestAdapter } from 'botbuilder';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppParts, buildParts } from '../src/app';
import { loadConfig } from '../src/config';
import { t } from '../src/i18n/strings';
import { Locale } from '../src/domain/types';
import { createLogger } from '../src/logger';
import { createRecognizer, Recognizer } from '../src/nlu';
import { TENANT_A } from './support/activities';
import { RecordingSender } from './support/fakeSender';

/**
 * The clarifying flow as step tables, per language: the user says something, the bot must show this.
 * A step is [what the user sends, what the reply must contain (text or button titles)].
 */
type Say = string | { click: string };
type Step = [Say, string[]];

function card(a: Partial<Activity>): Record<string, unknown> | undefined {
  return a.attachments?.[0]?.content as Record<string, unknown> | undefined;
}

function textOf(a: Partial<Activity>): string {
  return [a.text ?? '', a.summary ?? '', JSON.stringify(card(a) ?? {})].join('\n');
}

/** Finds the Action.Submit with this title in the last card and returns its data, as Teams would send it. */
function clickData(last: Partial<Activity>, title: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'Action.Submit' && o.title === title) found = o.data as Record<string, unknown>;
      Object.values(o).forEach(walk);
    }
  };
  walk(card(last));
  if (!found) throw new Error(`No button "${title}" in ${JSON.stringify(card(last))}`);
  return found;
}

describe('the clarifying flow of "how many incidents"', () => {
  let recognizer: Recognizer;
  let dataDir: string;
  let parts: AppParts;

  beforeAll(async () => {
    recognizer = await createRecognizer();
    dataDir = mkdtempSync(join(tmpdir(), 'assistant-dialog-'));
    parts = await buildParts(loadConfig({ DATA_DIR: dataDir }), createLogger('error', () => undefined), {
      recognizer,
      sender: new RecordingSender(),
    });
  });
  afterAll(async () => {
    await parts.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function run(locale: Locale, steps: Step[]): Promise<void> {
    const adapter = new TestAdapter(async (context) => parts.assistant.bot.run(context), {
      channelId: 'msteams',
      locale: `${locale}-${locale.toUpperCase()}`,
      conversation: { id: `conv-${Math.random()}`, tenantId: TENANT_A, conversationType: 'personal', isGroup: false, name: '' },
      from: { id: '29:user', name: 'User', aadObjectId: '44444444-4444-4444-8444-444444444444' },
      recipient: { id: '28:bot', name: 'bot' },
    } as Partial<Activity> as never);
    let last: Partial<Activity> = {};
    for (const [say, expected] of steps) {
      const activity: Partial<Activity> =
        typeof say === 'string' ? { type: 'message', text: say } : { type: 'message', value: clickData(last, say.click) };
      await adapter.send(activity).assertReply((reply) => {
        last = reply;
        const text = textOf(reply);
        for (const e of expected) {
          if (!text.includes(e)) throw new Error(`After ${JSON.stringify(say)} expected "${e}" in:\n${text.slice(0, 800)}`);
        }
      });
    }
  }

  it('en: buttons all the way', () =>
    run('en', [
      ['how many cloud incidents do we get?', [t('en', 'clarify.tierCloud'), 'Action Pack', 'Silver', 'Gold']],
      [{ click: 'Silver' }, [t('en', 'clarify.competency', { tier: 'Silver' }), 'Enterprise Mobility Management']],
      [{ click: t('en', 'clarify.competency.other') }, ['get 5 incidents']],
    ]));

  it('en: typed answers, with a typo', () =>
    run('en', [
      ['how many incidents do we have?', [t('en', 'clarify.tier')]],
      // A tier without a support type: both rows at once, no more question.
      ['gold', ['20 incidents', 'unlimited']],
      ['on prem', ['get 20 incidents']],
    ]));

  it('en: Action Pack asked about cloud is told it has none, without a competency question', () =>
    run('en', [
      ['how many cloud incidents do we get?', [t('en', 'clarify.tierCloud')]],
      [{ click: 'Action Pack' }, ['Signature Cloud Support']],
    ]));

  it('ru: buttons, then a typed competency', () =>
    run('ru', [
      ['сколько облачных инцидентов у нас?', [t('ru', 'clarify.tierCloud')]],
      [{ click: 'Gold' }, [t('ru', 'clarify.competency', { tier: 'Gold' })]],
      ['Security', ['Signature Cloud Support']],
    ]));

  it('ru: typed tier in Russian', () =>
    run('ru', [
      ['сколько инцидентов поддержки нам положено?', [t('ru', 'clarify.tier')]],
      ['серебро', ['15 инцидентов', 'Signature Cloud Support']],
    ]));

  it('fr: typed answers', () =>
    run('fr', [
      ["combien d'incidents cloud avons-nous ?", [t('fr', 'clarify.tierCloud')]],
      ['argent', [t('fr', 'clarify.competency', { tier: 'Silver' })]],
      [{ click: t('fr', 'clarify.competency.other') }, ['5']],
    ]));

  it('fr: a new question in the middle is answered and ends the flow', () =>
    run('fr', [
      ["combien d'incidents avons-nous ?", [t('fr', 'clarify.tier')]],
      ['où créer une demande pour un produit local ?', ['Support for Business']],
      ['merci', [t('fr', 'thanks.reply')]],
    ]));

  it('en/ru/fr: yes and no answer the cloud competency question', async () => {
    await run('en', [
      ['how many cloud incidents do we get?', [t('en', 'clarify.tierCloud')]],
      [{ click: 'Gold' }, [t('en', 'clarify.competency', { tier: 'Gold' })]],
      ['yes', ['unlimited']],
    ]);
    await run('ru', [
      ['сколько облачных инцидентов у нас?', [t('ru', 'clarify.tierCloud')]],
      [{ click: 'Silver' }, [t('ru', 'clarify.competency', { tier: 'Silver' })]],
      ['нет', ['5']],
    ]);
    await run('fr', [
      ["combien d'incidents cloud avons-nous ?", [t('fr', 'clarify.tierCloud')]],
      [{ click: 'Gold' }, [t('fr', 'clarify.competency', { tier: 'Gold' })]],
      ['non', ['10']],
    ]);
  });

  it('en: what the user says last about the competency counts', () =>
    run('en', [
      ['How many incidents does Silver get with Security?', ['15 incidents', 'since Security is a cloud competency']],
      ['Silver, cloud, with a competency that is not a cloud competency: how many incidents?', ['get 5 incidents']],
    ]));

  it('en: a correction given as a follow-up counts', () =>
    run('en', [
      ['How many incidents does Silver get with Security?', ['15 incidents', 'since Security is a cloud competency']],
      ['and in the cloud, with another competency?', ['get 5 incidents']],
    ]));

  it('en: a new full question in the middle starts over with its own details', () =>
    run('en', [
      ['how many cloud incidents do we get?', [t('en', 'clarify.tierCloud')]],
      ['How many on-premises incidents does a Gold partner get?', ['20']],
    ]));

  it('en: cancel in the middle', () =>
    run('en', [
      ['how many incidents do we have?', [t('en', 'clarify.tier')]],
      ['cancel', [t('en', 'cancel.done')]],
    ]));

  it('ru: an answer it cannot use is asked again, then it offers help', () =>
    run('ru', [
      ['сколько инцидентов поддержки нам положено?', [t('ru', 'clarify.tier')]],
      ['эээ', [t('ru', 'clarify.notUnderstood')]],
      ['ммм', [t('ru', 'clarify.notUnderstood')]],
      ['хм', [t('ru', 'clarify.giveUp')]],
    ]));
});
