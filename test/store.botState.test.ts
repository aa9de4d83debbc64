import { ConversationState, TestAdapter, TurnContext, UserState, type ConversationAccount } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import type { Store } from '../src/store';
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
