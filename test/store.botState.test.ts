import { ConversationState, TestAdapter, TurnContext, UserState, type ConversationAccount } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { ETagConflictError, OptimisticPrivateConversationState, type Store } from '../src/store';
import { describeEachStore, type StoreFactory, type StoreLocation } from './support/stores';

/** One bot process: its own Store object, state objects and dialogs, over a shared database. */
async function botInstance(location: StoreLocation, conversationId = 'Convo1') {
  const store: Store = await location.open();
  const conversationState = new ConversationState(store.botStorage);
  const userState = new UserState(store.botStorage);
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  const turns = conversationState.createProperty<number>('turns');
  const language = userState.createProperty<string>('language');

  dialogs.add(new TextPrompt('text'));
  dialogs.add(
    new WaterfallDialog('activate', [
      async (step) => step.prompt('text', 'Access ID?'),
      async (step) => {
        (step.values as { accessId?: string }).accessId = step.result as string;
        return step.prompt('text', 'Contract ID?');
      },
      async (step) => {
        await step.context.sendActivity(`Recorded ${(step.values as { accessId?: string }).accessId} / ${step.result}`);
        return step.endDialog();
      },
    ]),
  );

  const logic = async (ctx: TurnContext) => {
    const text = ctx.activity.text ?? '';
    const turn = (await turns.get(ctx, 0)) + 1;
    await turns.set(ctx, turn);
    if (text.startsWith('language ')) {
      await language.set(ctx, text.slice('language '.length));
      await ctx.sendActivity('ok');
    } else if (text === 'status') {
      await ctx.sendActivity(`language ${await language.get(ctx, 'unset')}, turn ${turn}`);
    } else {
      const dc = await dialogs.createContext(ctx);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('activate');
    }
    await conversationState.saveChanges(ctx);
    await userState.saveChanges(ctx);
  };
  const adapter = new TestAdapter(logic, { conversation: { id: conversationId } as ConversationAccount });
  return { store, adapter };
}

describeEachStore('botbuilder state in the store', (factory: StoreFactory) => {
  let location: StoreLocation;
  beforeEach(async () => {
    location = await factory.location();
  });
  afterEach(async () => {
    await location.dispose();
  });

  it('continues a dialog on another instance, and after the first one is gone', async () => {
    const first = await botInstance(location);
    await first.adapter.send('activate').assertReply('Access ID?');
    await first.store.close(); // the process that started the dialog is killed

    const second = await botInstance(location);
    await second.adapter.send('ACCESS-1').assertReply('Contract ID?');
    const third = await botInstance(location);
    await third.adapter.send('CONTRACT-2').assertReply('Recorded ACCESS-1 / CONTRACT-2');
    // The dialog ended: the next message starts a new one.
    await second.adapter.send('again').assertReply('Access ID?');
  });

  it('keeps user state across conversations and conversation state per conversation', async () => {
    const personal = await botInstance(location, 'a:personal');
    await personal.adapter.send('language fr').assertReply('ok');
    await personal.adapter.send('status').assertReply('language fr, turn 2');

    const channel = await botInstance(location, '19:channel@thread.tacv2');
    await channel.adapter.send('status').assertReply('language fr, turn 1');
    const personalAgain = await botInstance(location, 'a:personal');
    await personalAgain.adapter.send('status').assertReply('language fr, turn 3');
  });
});

describeEachStore('the dialog state saved only over what the turn read (eTags)', (factory: StoreFactory) => {
  let location: StoreLocation;
  beforeEach(async () => {
    location = await factory.location();
  });
  afterEach(async () => {
    await location.dispose();
  });

  /** Runs `fn` in a turn of one person's chat on this instance, with the state loaded first. */
  async function turn(store: Store, fn: (state: OptimisticPrivateConversationState, ctx: TurnContext) => Promise<void>): Promise<string> {
    const state = new OptimisticPrivateConversationState(store.botStorage);
    let key = '';
    const adapter = new TestAdapter(async (ctx) => {
      key = state.getStorageKey(ctx) as string;
      await state.load(ctx);
      await fn(state, ctx);
    }, { conversation: { id: 'a:personal-etags' } as ConversationAccount });
    await adapter.send('hi');
    return key;
  }

  const etagOf = async (store: Store, key: string) => ((await store.botStorage.read([key]))[key] as { eTag?: string } | undefined)?.eTag;

  it('writes a changed state, keeps its text exactly, and writes nothing when the turn changed nothing', async () => {
    const a = await location.open();
    const b = await location.open();
    try {
      const frame = { tier: 'gold', text: 'Сколько инцидентов? « cloud » 🙂', asked: ['onPremises', 'cloud'] };
      const key = await turn(a, async (state, ctx) => {
        await state.createProperty('frame').set(ctx, frame);
        await state.saveChanges(ctx);
      });
      const first = await etagOf(a, key);
      expect(first).toEqual(expect.any(String));

      // Another instance reads it back as written, and a turn that only reads leaves it as it was.
      let seen: unknown;
      await turn(b, async (state, ctx) => {
        seen = await state.createProperty('frame').get(ctx);
        await state.saveChanges(ctx);
      });
      expect(seen).toEqual(frame);
      expect(await etagOf(a, key)).toBe(first);

      await turn(b, async (state, ctx) => {
        await state.createProperty('frame').set(ctx, { ...frame, tier: 'silver' });
        await state.saveChanges(ctx);
      });
      expect(await etagOf(a, key)).not.toBe(first);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a save over a state another instance saved since this turn read it', async () => {
    const a = await location.open();
    const b = await location.open();
    try {
      await turn(a, async (state, ctx) => {
        await state.createProperty('n').set(ctx, 1);
        await state.saveChanges(ctx);
      });
      let failure: unknown;
      let inner: Promise<void> | undefined;
      await turn(a, async (slow, ctx) => {
        // While this turn runs, the same person's next turn is saved on the other instance.
        inner = turn(b, async (fast, ctx2) => {
          await fast.createProperty('n').set(ctx2, 3);
          await fast.saveChanges(ctx2);
        }).then(() => undefined);
        await inner;
        await slow.createProperty('n').set(ctx, 2);
        failure = await slow.saveChanges(ctx).catch((err: unknown) => err);
      });
      expect(failure).toBeInstanceOf(ETagConflictError);
      let n: unknown;
      await turn(a, async (state, ctx) => {
        n = await state.createProperty('n').get(ctx);
      });
      expect(n).toBe(3);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
