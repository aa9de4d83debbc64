import type { ActivationCommand, ActivationDetails, ActivationGateway } from '../src/domain/activationGateway';
import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import { messageActivity, person, personalChat, submitActivity, TENANT_A } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { RecordingSender } from './support/fakeSender';
import { describeEachStore } from './support/stores';

/**
 * A gateway as slow as the organization's webhook can be (up to ~9 s): the call for `slowAccessId`
 * waits until the test opens the gate, so the other admin's activation lands while it is on its way.
 */
class GatedGateway implements ActivationGateway {
  private open!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.open = resolve));
  private called!: () => void;
  /** Resolves once the slow call has reached the gateway. */
  readonly slowCallArrived = new Promise<void>((resolve) => (this.called = resolve));

  constructor(private readonly slowAccessId: string) {}

  async activate(command: ActivationCommand): Promise<ActivationDetails> {
    if (command.entered?.accessId === this.slowAccessId) {
      this.called();
      await this.gate;
    }
    return command.entered!;
  }

  release(): void {
    this.open();
  }
}

/** Issue item 7: two admins activating with different IDs at once; the later one must not overwrite. */
describeEachStore('two admins activate with different IDs while the gateway is slow', (factory) => {
  const gina = person('Gina Global');
  const mario = person('Mario Mpn');
  const GINA_IDS = { accessId: 'ACC-GINA-1111', contractId: 'CON-GINA-2222' };
  const MARIO_IDS = { accessId: 'ACC-MARIO-3333', contractId: 'CON-MARIO-4444' };
  const ginaChat = personalChat(TENANT_A);
  const marioChat = personalChat(TENANT_A);
  let store: Store;
  let bot: RunningBot;
  let gateway: GatedGateway;
  let sender: RecordingSender;

  beforeAll(async () => {
    store = await factory.open();
    gateway = new GatedGateway(GINA_IDS.accessId);
    sender = new RecordingSender();
    bot = await startBot({ BOOTSTRAP_ADMINS: gina.aadObjectId, LOG_LEVEL: 'warn' }, { store, gateway, sender });
    await bot.send(messageActivity(`grant mpn partner admin ${mario.aadObjectId}`, gina, ginaChat));
    await bot.send(messageActivity('hello', mario, marioChat));
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('keeps the first recorded IDs and tells the slower admin, in French, that someone else recorded other IDs, with Edit', async () => {
    // Gina submits first; her gateway call is still running when Mario's activation is recorded.
    const ginaReply = bot.send(submitActivity({ verb: 'activation.submit', ...GINA_IDS, locale: 'fr' }, gina, ginaChat, 'fr-FR'));
    await gateway.slowCallArrived;
    const marioReply = await bot.send(submitActivity({ verb: 'activation.submit', ...MARIO_IDS }, mario, marioChat));
    expect(visibleText(marioReply)).toContain(t('en', 'act.recorded.title'));
    gateway.release();
    const ginaText = visibleText(await ginaReply);

    const record = await store.benefits.get(TENANT_A);
    expect(record).toMatchObject({ state: 'active', ...MARIO_IDS, version: 1 });
    const audit = await store.audit.list(TENANT_A, 1000);
    expect(audit.filter((e) => e.action === 'activation.recorded')).toHaveLength(1);

    expect(ginaText).toContain(t('fr', 'act.recordedByOther.title'));
    expect(ginaText).toContain(t('fr', 'act.recordedByOther.text', { name: 'Mario Mpn' }));
    expect(ginaText).toContain(t('fr', 'act.recordedByOther.edit'));
    expect(ginaText).not.toContain(t('fr', 'act.recorded.title'));
    // The loser's card carries no IDs (activation may be done in a channel).
    expect(ginaText).not.toContain(MARIO_IDS.accessId);
    const edit = (await ginaReply).flatMap((r) => r.attachments ?? []);
    expect(JSON.stringify(edit)).toContain('"verb":"ids.edit"');

    // Edit is offered and works: it opens the edit form for Gina.
    const form = await bot.send(submitActivity({ verb: 'ids.edit', locale: 'fr' }, gina, ginaChat, 'fr-FR'));
    expect(visibleText(form)).toContain(t('fr', 'ids.edit.title'));
  });
});
