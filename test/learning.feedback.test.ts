import { randomUUID } from 'node:crypto';
import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import { messageActivity, person, Person, personalChat, TENANT_A, TENANT_B, Where } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';

/** What Teams sends when someone clicks like / dislike (and maybe writes a comment) under a bot message. */
function feedbackInvoke(replyToId: string | undefined, reaction: string, feedback: unknown, from: Person, where: Where, opts: { expectReplies?: boolean } = {}) {
  const base = messageActivity('', from, where);
  const { text: _text, textFormat: _format, deliveryMode, ...rest } = base;
  return {
    ...rest,
    ...(opts.expectReplies === false ? {} : { deliveryMode }),
    type: 'invoke',
    name: 'message/submitAction',
    ...(replyToId ? { replyToId } : {}),
    value: { actionName: 'feedback', actionValue: { reaction, feedback } },
  };
}

/** The invoke answer inside an expectReplies body, and the messages sent with it. */
function split(body: { activities?: Reply[] }) {
  const activities = body?.activities ?? [];
  const response = activities.find((a) => a.type === 'invokeResponse') as { value?: { status?: number; body?: unknown } } | undefined;
  return { response: response?.value, messages: activities.filter((a) => a.type === 'message') };
}

function askButton(replies: Reply[]): { verb?: string; query?: string } | undefined {
  for (const r of replies) {
    const actions = ((r.attachments?.[0]?.content as { actions?: Array<{ title?: string; data?: { verb?: string; query?: string } }> })?.actions ?? []);
    const found = actions.find((a) => a.data?.verb === 'helpdesk.ask');
    if (found) return found.data;
  }
  return undefined;
}

describeEachStore('feedback on answers, through Teams\u2019 own buttons', (factory) => {
  const alex = person('alex');
  const ivan = person('ivan');
  const eve = person('eve', TENANT_B);
  const chats = { alex: personalChat(TENANT_A), ivan: personalChat(TENANT_A), eve: personalChat(TENANT_B) };
  let store: Store;
  let bot: RunningBot;

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({}, { store });
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  async function answer(text: string, who: Person, where: Where, locale = 'en-US'): Promise<Reply> {
    const replies = await bot.send(messageActivity(text, who, where, locale));
    const answered = replies.find((r) => (r.channelData as { feedbackLoopEnabled?: boolean } | undefined)?.feedbackLoopEnabled === true);
    if (!answered) throw new Error(`no answer with feedback buttons for "${text}": ${visibleText(replies)}`);
    return answered;
  }

  it('every answer carries Teams\u2019 feedback buttons (feedbackLoopEnabled, never feedbackLoop) and an id, and nothing of ours', async () => {
    for (const q of ['where do I open an on-premises request?', 'how many on-premises incidents does Gold get?', 'compare Silver and Gold on-premises']) {
      const a = await answer(q, alex, chats.alex);
      expect(a.channelData).toEqual({ feedbackLoopEnabled: true });
      expect(typeof a.id).toBe('string');
    }
    // Not a question: no buttons.
    const help = await bot.send(messageActivity('help', alex, chats.alex));
    expect(help.some((r) => (r.channelData as { feedbackLoopEnabled?: boolean } | undefined)?.feedbackLoopEnabled)).toBe(false);
  });

  it('a like without a comment: 200 with an empty body, stored with the answer\u2019s topic and language, nothing said', async () => {
    const a = await answer('where do I open an on-premises request?', alex, chats.alex);
    const { status, body } = await bot.post(feedbackInvoke(a.id as string, 'like', '{"feedbackText":""}', alex, chats.alex));
    expect(status).toBe(200);
    const { response, messages } = split(body);
    expect(response).toEqual({ status: 200 });
    expect(messages).toHaveLength(0);
    const stored = await store.feedback.list(TENANT_A);
    expect(stored[0]).toMatchObject({ topic: 'onPremisesRequest', locale: 'en', reaction: 'like', activityId: a.id, conversationId: chats.alex.conversationId });
    expect(stored[0].comment).toBeUndefined();
  });

  it('a dislike with a comment in Russian: stored with the comment, and the helpdesk is offered in Russian with the comment as the question', async () => {
    const a = await answer('сколько инцидентов у Gold для локальных продуктов?', ivan, chats.ivan, 'ru-RU');
    const { status, body } = await bot.post(
      feedbackInvoke(a.id as string, 'dislike', JSON.stringify({ feedbackText: 'Нам нужно знать, сколько осталось' }), ivan, chats.ivan),
    );
    expect(status).toBe(200);
    const { response, messages } = split(body);
    expect(response).toEqual({ status: 200 });
    expect(visibleText(messages)).toContain(t('ru', 'feedback.dislike.title'));
    expect(askButton(messages)).toMatchObject({ verb: 'helpdesk.ask', query: 'Нам нужно знать, сколько осталось' });
    const mine = (await store.feedback.list(TENANT_A)).find((f) => f.activityId === a.id);
    expect(mine).toMatchObject({ topic: 'incidents', locale: 'ru', reaction: 'dislike', comment: 'Нам нужно знать, сколько осталось' });
  });

  it('a dislike without a comment, and a feedback string that is not JSON, still count; a second click replaces the first', async () => {
    const a = await answer('how many on-premises incidents does Gold get?', alex, chats.alex);
    const first = split((await bot.post(feedbackInvoke(a.id as string, 'like', undefined, alex, chats.alex))).body);
    expect(first.response).toEqual({ status: 200 });
    const second = split((await bot.post(feedbackInvoke(a.id as string, 'dislike', 'not json {', alex, chats.alex))).body);
    expect(second.response).toEqual({ status: 200 });
    expect(visibleText(second.messages)).toContain(t('en', 'feedback.dislike.title'));
    expect(askButton(second.messages)).toMatchObject({ verb: 'helpdesk.ask', query: '' });
    const mine = (await store.feedback.list(TENANT_A)).filter((f) => f.activityId === a.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ topic: 'incidents', reaction: 'dislike' });
  });

  it('as Teams really sends it (no expectReplies): HTTP 200 with an empty body; the offer goes to the chat; the answer is known by the id Teams gave it', async () => {
    const ask = { ...messageActivity('where do I open an on-premises request?', alex, chats.alex) } as Record<string, unknown>;
    delete ask.deliveryMode;
    const before = bot.connector.posts.length;
    expect((await bot.post(ask)).status).toBe(200);
    const sent = bot.connector.posts.slice(before).find((p) => (p.activity as { channelData?: { feedbackLoopEnabled?: boolean } }).channelData?.feedbackLoopEnabled);
    expect(sent).toBeDefined();
    expect(JSON.stringify(sent!.activity)).not.toContain('assistantAnswer');
    const known = (await store.feedback.list(TENANT_A)).length;
    const res = await fetch(bot.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...feedbackInvoke(sent!.id, 'dislike', '{"feedbackText":"wrong portal"}', alex, chats.alex, { expectReplies: false }), serviceUrl: bot.connector.serviceUrl }),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await bot.app.settled();
    const stored = await store.feedback.list(TENANT_A);
    expect(stored.length).toBe(known + 1);
    expect(stored[0]).toMatchObject({ activityId: sent!.id, topic: 'onPremisesRequest', reaction: 'dislike', comment: 'wrong portal' });
    const offer = bot.connector.posts.slice(before).filter((p) => JSON.stringify(p.activity).includes(t('en', 'feedback.dislike.title')));
    expect(offer).toHaveLength(1);
  });

  it('a feedback for another tenant\u2019s answer, or for no answer at all, stores nothing and still answers 200', async () => {
    const a = await answer('where do I open an on-premises request?', alex, chats.alex);
    const countA = (await store.feedback.list(TENANT_A)).length;
    // Eve, of another organization, replays Alex's answer id from her own chat, and in Alex's conversation.
    for (const forged of [
      feedbackInvoke(a.id as string, 'dislike', '{"feedbackText":"x"}', eve, chats.eve),
      feedbackInvoke(a.id as string, 'dislike', '{"feedbackText":"x"}', eve, { ...chats.alex, tenantId: TENANT_B }),
      feedbackInvoke(a.id as string, 'dislike', '{"feedbackText":"x"}', eve, chats.alex),
    ]) {
      const { status, body } = await bot.post(forged);
      expect(status).toBe(200);
      expect(split(body).response).toEqual({ status: 200 });
      expect(split(body).messages).toHaveLength(0);
    }
    expect((await store.feedback.list(TENANT_A)).length).toBe(countA);
    expect(await store.feedback.list(TENANT_B)).toEqual([]);
    // No replyToId, an unknown id, a made-up reaction: nothing stored, 200.
    for (const bad of [
      feedbackInvoke(undefined, 'like', '{}', alex, chats.alex),
      feedbackInvoke(randomUUID(), 'like', '{}', alex, chats.alex),
      feedbackInvoke(a.id as string, 'love', '{}', alex, chats.alex),
    ]) {
      const { status, body } = await bot.post(bad);
      expect(status).toBe(200);
      expect(split(body).response).toEqual({ status: 200 });
    }
    expect((await store.feedback.list(TENANT_A)).length).toBe(countA);
  });
});
