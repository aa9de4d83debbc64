import { messageActivity, person, personalChat, submitActivity, executeActivity, TENANT_A } from './support/activities';
import { startBot, visibleText } from './support/botServer';
import { RecordingSender } from './support/fakeSender';

/** Access IDs and Contract IDs never reach the logs, even at debug level and on failures. */
describe('the logs', () => {
  it('never contain an Access ID or a Contract ID', async () => {
    const admin = person('gina');
    const member = person('max');
    const outsider = person('eve', '33333333-3333-4333-8333-333333333333');
    const chat = personalChat(TENANT_A);
    const memberChat = personalChat(TENANT_A);
    const bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'debug' }, { sender: new RecordingSender() });
    try {
      const IDS = { accessId: 'SECRETACCESS-8812', contractId: 'SECRETCONTRACT-4471' };
      await bot.send(messageActivity('activate', admin, chat));
      await bot.send(messageActivity('SECRETTYPED-1', admin, chat));
      await bot.send(messageActivity('SECRETTYPED-2', admin, chat));
      await bot.send(submitActivity({ verb: 'activation.submit', ...IDS }, admin, chat));
      await bot.send(submitActivity({ verb: 'activation.submit', accessId: '<b>SECRETBAD</b>', contractId: '' }, admin, chat));
      await bot.post(executeActivity('ids.save', { ...IDS, accessId: 'SECRETEDIT-3', version: 99 }, admin, chat));
      await bot.send(submitActivity({ verb: 'activation.submit', ...IDS }, member, memberChat));
      await bot.post(executeActivity('ids.refresh', {}, outsider, chat));
      const seen = await bot.send(messageActivity('our IDs', member, memberChat));
      expect(visibleText(seen)).toContain('SECRETTYPED-1');
      expect(bot.logLines.length).toBeGreaterThan(10);
      const log = bot.logLines.join('\n');
      expect(log).not.toMatch(/SECRET/);
    } finally {
      await bot.close();
    }
  });
});
