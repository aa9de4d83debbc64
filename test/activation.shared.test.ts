import { randomUUID } from 'node:crypto';
import { t } from '../src/i18n/strings';
import { messageActivity, person, Person, personalChat, submitActivity, Where } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';

const GROUP = (tenantId: string): Where => ({ tenantId, conversationId: `19:${randomUUID()}@unq.gbl.spaces`, conversationType: 'groupChat' });
const CHANNEL = (tenantId: string): Where => ({ tenantId, conversationId: `19:${randomUUID()}@thread.tacv2`, conversationType: 'channel' });
const SHARED = [
  ['a group chat', GROUP],
  ['a channel', CHANNEL],
] as const;

/** An organization of its own per case (activation happens once per tenant), with a bootstrap Global admin. */
function org(): { tenantId: string; admin: Person; adminChat: Where } {
  const tenantId = randomUUID();
  return { tenantId, admin: person('gina'), adminChat: personalChat(tenantId) };
}

/**
 * Typed activation happens in a personal chat only: in a group chat or channel the activation card points
 * there instead of "paste the Access ID here", and an ID pasted anyway is neither taken nor repeated, with
 * advice to delete it. The form still works there, and its confirmation carries no ID.
 */
describe('activation in a group chat or channel', () => {
  const orgs = Array.from({ length: 5 }, org);
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot({ BOOTSTRAP_ADMINS: orgs.map((o) => o.admin.aadObjectId).join(','), LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  const noIds = (replies: Reply[], ...ids: string[]) => {
    for (const id of ids) expect(JSON.stringify(replies)).not.toContain(id);
  };

  describe.each(SHARED)('in %s', (_name, where) => {
    const o = orgs[SHARED.findIndex(([, w]) => w === where)];
    const shared = where(o.tenantId);

    it('the form\'s hint points to the personal chat, and a pasted ID is neither taken nor repeated', async () => {
      const card = await bot.send(messageActivity('activate', o.admin, shared));
      expect(visibleText(card)).toContain(t('en', 'act.admin.typeHintShared'));
      expect(visibleText(card)).not.toContain(t('en', 'act.admin.typeHint'));
      const pasted = await bot.send(messageActivity('Access ID: 20051234', o.admin, shared));
      expect(visibleText(pasted)).toContain(t('en', 'act.typed.pastedShared'));
      expect(JSON.stringify(pasted)).not.toContain('20051234');
      expect(visibleText(pasted)).not.toContain(t('en', 'act.typed.askContractId'));
      const next = await bot.send(messageActivity('7733112233', o.admin, shared));
      expect(JSON.stringify(next)).not.toContain('7733112233');
      expect((await bot.app.store.benefits.get(o.tenantId)).state).toBe('notActivated');
    });

    it('the form\'s confirmation carries no ID', async () => {
      const replies = await bot.send(submitActivity({ verb: 'activation.submit', accessId: 'ACC-FORM-1', contractId: 'CON-FORM-2' }, o.admin, shared));
      expect(visibleText(replies)).toContain(t('en', 'act.recorded.title'));
      noIds(replies, 'ACC-FORM-1', 'CON-FORM-2');
    });
  });

  it.each([
    ['ru', 'ru-RU', 'активировать'],
    ['fr', 'fr-FR', 'activer'],
  ] as const)('in %s, a group chat points to the personal chat and warns about a pasted ID', async (locale, tag, activate) => {
    const o = orgs[locale === 'ru' ? 2 : 3];
    const shared = GROUP(o.tenantId);
    expect(visibleText(await bot.send(messageActivity(activate, o.admin, shared, tag)))).toContain(t(locale, 'act.admin.typeHintShared'));
    const pasted = await bot.send(messageActivity('20051234', o.admin, shared, tag));
    expect(visibleText(pasted)).toContain(t(locale, 'act.typed.pastedShared'));
    expect(JSON.stringify(pasted)).not.toContain('20051234');
  });

  it.each(SHARED)('in %s, the organization\'s recorded ID pasted by anyone is not repeated, and they are told to delete it', async (_name, where) => {
    const o = orgs[4];
    if ((await bot.app.store.benefits.get(o.tenantId)).state !== 'active') {
      await bot.send(submitActivity({ verb: 'activation.submit', accessId: 'ACC-PASTE-77', contractId: 'CON-PASTE-88' }, o.admin, o.adminChat));
    }
    const member = person('max');
    const replies = await bot.send(messageActivity('is CON-PASTE-88 our contract id?', member, where(o.tenantId)));
    expect(visibleText(replies)).toContain(t('en', 'act.typed.pastedShared'));
    expect(JSON.stringify(replies)).not.toContain('CON-PASTE-88');
  });
});
