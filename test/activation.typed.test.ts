import { t } from '../src/i18n/strings';
import { messageActivity, person, personalChat, TENANT_A } from './support/activities';
import { startBot, visibleText } from './support/botServer';
import { RecordingSender } from './support/fakeSender';

describe('typed activation', () => {
  it('takes the IDs as Partner Center shows them, with their labels', async () => {
    const admin = person('gina');
    const chat = personalChat(TENANT_A);
    const bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'warn' }, { sender: new RecordingSender() });
    try {
      await bot.send(messageActivity('activate', admin, chat));
      expect(visibleText(await bot.send(messageActivity('Access ID: 20051234', admin, chat)))).toContain(t('en', 'act.typed.askContractId'));
      expect(visibleText(await bot.send(messageActivity('Contract ID: 7733112233', admin, chat)))).toContain(t('en', 'act.recorded.title'));
      const ids = visibleText(await bot.send(messageActivity('our IDs', admin, chat)));
      expect(ids).toContain('20051234');
      expect(ids).toContain('7733112233');
    } finally {
      await bot.close();
    }
  });
});
