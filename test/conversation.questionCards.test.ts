import { executeActivity, messageActivity, person, personalChat, submitActivity, TENANT_A, Where } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';

/**
 * No stale questions in the chat: once a clarifying question is answered (a button or typed), its card is
 * updated in place to show the choice, in the person's language, without buttons. Through the real bot over
 * HTTP; the loopback Bot Connector records the updates (PUT …/activities/{id}).
 */

type Card = { body?: unknown[]; actions?: unknown[] };

function cardOf(activity: object | undefined): Card | undefined {
  return ((activity as { attachments?: unknown[] } | undefined)?.attachments?.[0] as { content?: Card } | undefined)?.content;
}

/** Every Action.* in a card (buttons anywhere). */
function actions(card: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(String(o.title ?? o.type));
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** The button data of a question card, by title. */
function buttonData(card: Card | undefined, title: string): Record<string, unknown> {
  // The choices are stacked (an ActionSet each, so long titles are not cut): look through the whole card.
  const found: Array<{ title?: string; data?: Record<string, unknown> }> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as { type?: string; title?: string; data?: Record<string, unknown> };
      if (typeof o.type === 'string' && o.type.startsWith('Action.')) found.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  const action = found.find((a) => a.title === title);
  if (!action?.data) throw new Error(`no button "${title}"`);
  return action.data;
}

/** An activity Teams delivers normally: the bot's replies go to the Bot Connector, which gives them ids. */
function viaConnector<T extends object>(activity: T): T {
  const { deliveryMode: _dropped, ...rest } = activity as T & { deliveryMode?: string };
  return rest as T;
}

describe('an answered question leaves no buttons behind', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  const postsTo = (where: Where) =>
    bot.connector.posts.filter((p) => p.method !== 'PUT' && decodeURIComponent(p.path).includes(`/v3/conversations/${where.conversationId}/`));
  const updatesIn = (where: Where) =>
    bot.connector.updates.filter((u) => decodeURIComponent(u.path).includes(`/v3/conversations/${where.conversationId}/`));

  it('en: a typed "Silver" updates the tier question in place: the choice shown, no buttons', async () => {
    const who = person('dana');
    const where = personalChat();
    await bot.post(viaConnector(messageActivity('How many cloud incidents do we get?', who, where)));
    const question = postsTo(where).at(-1)!;
    expect(actions(cardOf(question.activity))).toEqual(expect.arrayContaining(['Action Pack', 'Silver', 'Gold']));
    expect(question.id).toBeTruthy();

    await bot.post(viaConnector(messageActivity('Silver', who, where)));
    const updates = updatesIn(where);
    expect(updates).toHaveLength(1);
    expect(updates[0].activityId).toBe(question.id);
    const updated = cardOf(updates[0].activity);
    expect(actions(updated)).toEqual([]);
    expect(JSON.stringify(updated)).toContain('Your answer: Silver');
    // The question is still readable above the answer.
    expect(JSON.stringify(updated)).toContain('Which membership do you have?');
    // And the answer itself came (a Silver question about cloud asks about the competency next).
    expect(actions(cardOf(postsTo(where).at(-1)!.activity))).toContain('Yes, a cloud competency');
  });

  it('ru: a typed "да" answers the competency question; the card says so in Russian', async () => {
    const who = person('olga');
    const where = personalChat();
    await bot.post(viaConnector(messageActivity('Сколько облачных инцидентов у Gold?', who, where, 'ru-RU')));
    const question = postsTo(where).at(-1)!;
    expect(actions(cardOf(question.activity))).toContain('Да, облачная компетенция');

    await bot.post(viaConnector(messageActivity('да', who, where, 'ru-RU')));
    const updates = updatesIn(where);
    expect(updates.map((u) => u.activityId)).toEqual([question.id]);
    const updated = cardOf(updates[0].activity);
    expect(actions(updated)).toEqual([]);
    expect(JSON.stringify(updated)).toContain('Ваш ответ: Да, облачная компетенция');
  });

  it('fr: a clicked button (Action.Submit, replyToId) updates that card', async () => {
    const who = person('lea');
    const where = personalChat();
    const asked = await bot.send(messageActivity("Combien d'incidents locaux avons-nous ?", who, where, 'fr-FR'));
    const data = buttonData(cardOf(asked[0]), 'Gold');
    const replies = await bot.send({ ...submitActivity(data, who, where, 'fr-FR'), replyToId: 'question-fr-1' });
    expect(visibleText(replies)).toMatch(/\b20 incidents\b/);
    const updates = updatesIn(where);
    expect(updates.map((u) => u.activityId)).toEqual(['question-fr-1']);
    const updated = cardOf(updates[0].activity);
    expect(actions(updated)).toEqual([]);
    expect(JSON.stringify(updated)).toContain('Votre réponse : Gold');
  });

  it('Action.Execute: the invoke response is the answered card, the answer goes to the chat', async () => {
    const who = person('ivan');
    const where = personalChat();
    const asked = await bot.send(messageActivity('How many on-premises incidents do we get?', who, where));
    const data = buttonData(cardOf(asked[0]), 'Silver');
    const { status, body } = await bot.post(executeActivity(String(data.verb), data, who, where));
    expect(status).toBe(200);
    const activities = body.activities as Reply[];
    const response = activities.find((a) => a.type === 'invokeResponse')?.value as { body: { type: string; value: Card } };
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(actions(response.body.value)).toEqual([]);
    expect(JSON.stringify(response.body.value)).toContain('Your answer: Silver');
    expect(visibleText(activities.filter((a) => a.type === 'message'))).toMatch(/\b15 incidents\b/);
  });

  it('a typed answer with no card id (expectReplies) still answers, and updates nothing', async () => {
    const who = person('noor');
    const where = personalChat();
    await bot.send(messageActivity('How many on-premises incidents do we get?', who, where));
    const replies = await bot.send(messageActivity('Gold', who, where));
    expect(visibleText(replies)).toMatch(/\b20 incidents\b/);
    expect(updatesIn(where)).toEqual([]);
  });

  it("an old question's button answers with the current context and updates that old card", async () => {
    const who = person('omar');
    const where = personalChat();
    const old = await bot.send(messageActivity('how many cloud incidents do we get?', who, where));
    const data = buttonData(cardOf(old[0]), 'Silver');
    await bot.send(messageActivity('How many on-premises incidents does Gold get?', who, where));
    const replies = await bot.send({ ...submitActivity(data, who, where), replyToId: 'old-question' });
    expect(actions(replies.map(cardOf))).toContain('Yes, a cloud competency');
    const updates = updatesIn(where);
    expect(updates.map((u) => u.activityId)).toEqual(['old-question']);
    expect(JSON.stringify(cardOf(updates[0].activity))).toContain('Your answer: Silver');
  });

  it("in a group chat a click updates only the clicker's own question, never someone else's", async () => {
    const alice = person('alice');
    const bob = person('bob');
    const group: Where = { tenantId: TENANT_A, conversationId: `19:group-${alice.aadObjectId}@thread.v2`, conversationType: 'groupChat' };
    await bot.post(viaConnector(messageActivity('How many on-premises incidents do we get?', alice, group)));
    const question = postsTo(group).at(-1)!;
    expect(JSON.stringify(question.activity)).toContain('alice: ');
    const data = buttonData(cardOf(question.activity), 'Gold');

    await bot.post(viaConnector({ ...submitActivity(data, bob, group), replyToId: question.id }));
    expect(updatesIn(group)).toEqual([]);

    await bot.post(viaConnector({ ...submitActivity(data, alice, group), replyToId: question.id }));
    const updates = updatesIn(group);
    expect(updates.map((u) => u.activityId)).toEqual([question.id]);
    expect(JSON.stringify(cardOf(updates[0].activity))).toContain('alice: ');
    expect(JSON.stringify(cardOf(updates[0].activity))).toContain('Your answer: Gold');
    expect(actions(cardOf(updates[0].activity))).toEqual([]);
  });
});
