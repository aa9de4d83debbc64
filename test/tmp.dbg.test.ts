import { messageActivity, person, personalChat } from './support/activities';
import { startBot, visibleText } from './support/botServer';
it('dbg', async () => {
  const bot = await startBot({ LOG_LEVEL: 'warn' });
  const who = person('x'); const where = personalChat();
  for (const t of ['hi', "we're silver", 'competency is security', 'how many cloud incidents for azure']) {
    const r = await bot.send(messageActivity(t, who, where, 'en-US'));
    console.log(t, '=>', visibleText(r).slice(0, 150));
  }
  await bot.close();
});
