import { t } from '../src/i18n/strings';
import { messageActivity, person, personalChat, submitActivity, TENANT_A, Where } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';

/** In a group chat each person has their own clarifying flow: one user's answer is not taken for another's. */
describe('clarifying flows in a group chat', () => {
  let bot: RunningBot;
  const group: Where = { tenantId: TENANT_A, conversationId: '19:group-chat@unq.gbl.spaces', conversationType: 'groupChat' };
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  it('keeps Anna\'s and Boris\'s questions apart', async () => {
    const anna = person('anna');
    const boris = person('boris');
    expect(visibleText(await bot.send(messageActivity('how many cloud incidents do we get?', anna, group)))).toContain(t('en', 'clarify.tierCloud'));
    expect(visibleText(await bot.send(messageActivity('how many on-premises incidents do we get?', boris, group)))).toContain(t('en', 'clarify.tier'));
    const forBoris = await bot.send(messageActivity('gold', boris, group));
    expect(forBoris.map((r) => r.summary).join(' ')).toMatch(/\b20\b/);
    const forAnna = await bot.send(messageActivity('silver', anna, group));
    expect(visibleText(forAnna)).toContain(`${anna.name}: ${t('en', 'clarify.competency', { tier: 'Silver' })}`);
  });
});

describe('question buttons', () => {
  it('answer the question they carry, like typed text, in its language', async () => {
    const bot = await startBot({ LOG_LEVEL: 'warn' });
    try {
      const replies = await bot.send(submitActivity({ verb: 'ask', query: 'Где посмотреть, сколько инцидентов осталось?' }, person('u'), personalChat()));
      expect(visibleText(replies)).toContain('Support for Business');
      expect(replies.map((r) => r.summary).join(' ')).toMatch(/[а-я]/);
    } finally {
      await bot.close();
    }
  });
});
