import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import {
  executeActivity,
  messageActivity,
  person,
  personalChat,
  submitActivity,
  TENANT_A,
  TENANT_B,
  Where,
} from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { RecordingSender } from './support/fakeSender';
import { describeEachStore } from './support/stores';

/**
 * Roles × actions through the real bot, with hand-made activities: every forbidden action is refused with
 * a clear message, changes nothing, and leaves a refusal in the audit log.
 */
describeEachStore('who may do what', (factory) => {
  const ga = person('gina');
  const mpn = person('mario');
  const agent = person('agnes');
  const member = person('max');
  const outsider = person('eve', TENANT_B);
  const IDS = { accessId: 'ACC-77123', contractId: '99887766' };
  let store: Store;
  let bot: RunningBot;
  let sender: RecordingSender;
  const chatOf = new Map<string, Where>();
  const chat = (p: { id: string }) => {
    if (!chatOf.has(p.id)) chatOf.set(p.id, personalChat(TENANT_A));
    return chatOf.get(p.id)!;
  };
  const say = (p: typeof ga, text: string) => bot.send(messageActivity(text, p, chat(p)));
  const refusals = async () => (await store.audit.list(TENANT_A, 1000)).filter((e) => e.outcome === 'refused').length;
  const snapshot = async () => ({
    benefit: await store.benefits.get(TENANT_A),
    roles: await store.roles.list(TENANT_A),
  });

  beforeAll(async () => {
    store = await factory.open();
    sender = new RecordingSender();
    bot = await startBot({ BOOTSTRAP_ADMINS: ga.aadObjectId, LOG_LEVEL: 'warn' }, { store, sender });
    await say(ga, `grant mpn partner admin ${mpn.aadObjectId}`);
    await say(ga, `grant admin agent ${agent.aadObjectId}`);
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('the bootstrap Global admin joined the roster and granted the others in chat', async () => {
    const roles = await store.roles.list(TENANT_A);
    expect(roles.map((r) => [r.aadObjectId, r.role]).sort()).toEqual(
      [
        [ga.aadObjectId, 'globalAdmin'],
        [mpn.aadObjectId, 'mpnPartnerAdmin'],
        [agent.aadObjectId, 'adminAgent'],
      ].sort(),
    );
  });

  it.each([
    ['an Admin agent', agent, 'act.refused' as const],
    ['a member', member, 'act.refused' as const],
    ['a user of another tenant', outsider, 'act.refusedOutsider' as const],
  ])('%s cannot activate, even with forged card data', async (_who, p, message) => {
    const before = await snapshot();
    const refusedBefore = await refusals();
    const viaSubmit = await bot.send(submitActivity({ verb: 'activation.submit', ...IDS }, p, chat(p)));
    expect(visibleText(viaSubmit)).toContain(t('en', message));
    const viaExecute = await bot.post(executeActivity('activation.submit', { ...IDS, role: 'globalAdmin' }, p, chat(p)));
    expect(viaExecute.status).toBe(200);
    expect(JSON.stringify(viaExecute.body)).toContain(t('en', message).slice(0, 30));
    expect(await snapshot()).toEqual(before);
    expect(await refusals()).toBe(refusedBefore + 2);
  });

  it('a member who asks to activate is told who can, and is offered to ask an admin', async () => {
    const replies = await say(member, 'please activate our support benefit');
    const text = visibleText(replies);
    expect(text).toContain('Global admin');
    expect(text).toContain('MPN partner admin');
    expect(text).toContain(t('en', 'act.askButton'));
  });

  it('an Admin agent who asks to activate is shown the CSP path', async () => {
    const text = visibleText(await say(agent, 'activate the benefit'));
    expect(text).toContain('Service Management');
  });

  it('an MPN partner admin activates; the record is active and audited once', async () => {
    const replies = await bot.send(submitActivity({ verb: 'activation.submit', ...IDS, contractEnd: '2027-06-30' }, mpn, chat(mpn)));
    expect(visibleText(replies)).toContain(t('en', 'act.recorded.title'));
    const record = await store.benefits.get(TENANT_A);
    expect(record).toMatchObject({ state: 'active', ...IDS, contractEnd: '2027-06-30' });
    const recorded = (await store.audit.list(TENANT_A, 1000)).filter((e) => e.action === 'activation.recorded');
    expect(recorded).toHaveLength(1);
  });

  it.each([
    ['the Global admin', ga],
    ['the MPN partner admin', mpn],
    ['the Admin agent', agent],
    ['a member', member],
  ])('%s sees the Access ID and Contract ID', async (_who, p) => {
    const text = visibleText(await say(p, 'what is our access id?'));
    expect(text).toContain(IDS.accessId);
    expect(text).toContain(IDS.contractId);
  });

  it('a user of another tenant never sees them, by message or by a forged refresh', async () => {
    const refusedBefore = await refusals();
    const byMessage = await say(outsider, 'what is our access id?');
    expect(JSON.stringify(byMessage)).not.toContain(IDS.accessId);
    const byInvoke = await bot.post(executeActivity('ids.refresh', { tenantId: TENANT_A }, outsider, chat(outsider)));
    expect(byInvoke.status).toBe(200);
    expect(JSON.stringify(byInvoke.body)).not.toContain(IDS.accessId);
    expect(JSON.stringify(byInvoke.body)).not.toContain(IDS.contractId);
    expect(await refusals()).toBeGreaterThan(refusedBefore);
  });

  it.each([
    ['the Admin agent', agent, 'act.refused' as const],
    ['a member', member, 'act.refused' as const],
    ['a user of another tenant', outsider, 'act.refusedOutsider' as const],
  ])('%s cannot edit the IDs or mark them expired', async (_who, p, message) => {
    const before = await snapshot();
    const refusedBefore = await refusals();
    const edit = await bot.post(
      executeActivity('ids.save', { accessId: 'FORGED-1', contractId: 'FORGED-2', version: before.benefit.version }, p, chat(p)),
    );
    expect(JSON.stringify(edit.body)).toContain(t('en', message).slice(0, 30));
    const expire = await bot.send(submitActivity({ verb: 'ids.markExpired' }, p, chat(p)));
    expect(visibleText(expire)).toContain(t('en', message));
    expect(await snapshot()).toEqual(before);
    expect(await refusals()).toBe(refusedBefore + 2);
  });

  it('the Global admin edits the IDs; the new ones are what members see', async () => {
    const { version } = await store.benefits.get(TENANT_A);
    const edit = await bot.post(executeActivity('ids.save', { accessId: 'ACC-2', contractId: 'CON-2', version }, ga, chat(ga)));
    expect(edit.status).toBe(200);
    expect(await store.benefits.get(TENANT_A)).toMatchObject({ accessId: 'ACC-2', contractId: 'CON-2' });
    expect(visibleText(await say(member, 'our IDs'))).toContain('ACC-2');
  });

  it('an edit from a stale card does not overwrite a newer one', async () => {
    const { version } = await store.benefits.get(TENANT_A);
    await bot.post(executeActivity('ids.save', { accessId: 'ACC-3', contractId: 'CON-3', version }, ga, chat(ga)));
    await bot.post(executeActivity('ids.save', { accessId: 'STALE', contractId: 'STALE', version }, mpn, chat(mpn)));
    expect(await store.benefits.get(TENANT_A)).toMatchObject({ accessId: 'ACC-3', contractId: 'CON-3' });
  });

  it.each([
    ['the Admin agent', agent],
    ['a member', member],
    ['a user of another tenant', outsider],
  ])('%s cannot grant or revoke roles', async (_who, p) => {
    const before = await snapshot();
    const refusedBefore = await refusals();
    const grant = await say(p, `grant helpdesk ${member.aadObjectId}`);
    const revoke = await say(p, `revoke mpn partner admin ${mpn.aadObjectId}`);
    for (const replies of [grant, revoke]) {
      expect(visibleText(replies)).toMatch(new RegExp(`${escape(t('en', 'roles.refused').slice(0, 20))}|${escape(t('en', 'act.refusedOutsider').slice(0, 20))}`));
    }
    expect(await snapshot()).toEqual(before);
    expect(await refusals()).toBe(refusedBefore + 2);
  });

  it('an MPN partner admin manages roles but cannot make a Global admin', async () => {
    const granted = await say(mpn, `grant helpdesk ${member.aadObjectId}`);
    // The member has talked to the bot, so the reply and the roster use the name Teams gave.
    expect(visibleText(granted)).toContain(t('en', 'roles.granted', { name: member.name, role: 'Helpdesk' }));
    expect((await store.roles.list(TENANT_A)).find((g) => g.aadObjectId === member.aadObjectId)?.name).toBe(member.name);
    expect((await store.roles.rolesOf(TENANT_A, member.aadObjectId)).sort()).toEqual(['helpdesk']);
    const replies = await say(mpn, `grant global admin ${member.aadObjectId}`);
    expect(visibleText(replies)).toContain(t('en', 'roles.refused'));
    expect(await store.roles.rolesOf(TENANT_A, member.aadObjectId)).toEqual(['helpdesk']);
  });

  it('only an admin sets the partner profile, and answers use it', async () => {
    const refusedBefore = await refusals();
    expect(visibleText(await say(member, 'profile silver'))).toContain(t('en', 'act.refused'));
    expect(await store.profiles.get(TENANT_A)).toBeUndefined();
    expect(await refusals()).toBe(refusedBefore + 1);
    await say(ga, 'profile gold cloud platform');
    expect(await store.profiles.get(TENANT_A)).toMatchObject({ tier: 'gold', competencies: ['cloudPlatform'] });
    const replies = await say(member, 'how many cloud incidents do we get?');
    const summary = replies.map((r) => String(r.summary ?? '')).join(' ');
    expect(summary).toContain(t('en', 'profile.used', { tier: 'Gold' }));
    expect(summary).toMatch(/unlimited/i);
    const onPrem = await say(member, 'and how many on-premises incidents?');
    expect(onPrem.map((r) => String(r.summary ?? '')).join(' ')).toMatch(/\b20\b/);
  });

  it('a Global admin from BOOTSTRAP_ADMINS cannot be revoked in chat', async () => {
    const replies = await say(mpn, `revoke global admin ${ga.aadObjectId}`);
    expect(visibleText(replies)).toContain(t('en', 'roles.refused'));
    const own = await say(ga, `revoke global admin ${ga.aadObjectId}`);
    expect(visibleText(own)).toContain(t('en', 'roles.configured', { name: ga.name }));
    expect(await store.roles.rolesOf(TENANT_A, ga.aadObjectId)).toContain('globalAdmin');
  });

  it('nothing of tenant A is visible from tenant B', async () => {
    const b = person('bob', TENANT_B);
    const replies = await bot.send(messageActivity('our IDs', b, personalChat(TENANT_B)));
    expect(JSON.stringify(replies)).not.toMatch(/ACC-|CON-|99887766/);
    expect((await store.benefits.get(TENANT_B)).state).toBe('notActivated');
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
