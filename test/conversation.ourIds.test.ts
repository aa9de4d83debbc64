import type { Store } from '../src/store';
import { messageActivity, person, personalChat, TENANT_A } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';

/**
 * A member asking for the organization's IDs in their own words gets them (in a personal chat), whatever the
 * message adds about where they will be used.
 */
const ACCESS_ID = 'ACC-OWN-2468';
const CONTRACT_ID = 'CON-OWN-1357';

describeEachStore('our IDs, asked in one’s own words', (factory) => {
  let store: Store;
  let bot: RunningBot;
  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ LOG_LEVEL: 'warn' }, { store });
    await store.benefits.recordActivation(TENANT_A, { accessId: ACCESS_ID, contractId: CONTRACT_ID }, { userId: 'seed' }, 'seed', 'own-ids-key');
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it.each([
    ['en-US', 'quick q: could you send me our contract id and access id? I have to link support in Azure'],
    ['ru-RU', 'скиньте, пожалуйста, наши access id и contract id, нужно привязать поддержку в Azure'],
    ['fr-FR', 'tu peux me donner nos identifiants ? je dois lier le support dans le portail Azure'],
  ])('%s: %s', async (locale, text) => {
    const said = visibleText(await bot.send(messageActivity(text, person(`own-${locale}`), personalChat(TENANT_A), locale)));
    expect(said).toContain(ACCESS_ID);
    expect(said).toContain(CONTRACT_ID);
  });

});
