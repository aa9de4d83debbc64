import { messageActivity, person, personalChat } from './support/activities';
import { RunningBot, startBot } from './support/botServer';

/**
 * Found by the fuzzer's new oracle (seed 101): a conversation id Node cannot put in the reply's request failed
 * the turn (ERR_INVALID_CHAR, "turn failed" in the log). Such an id gets a clear 400 before the SDK sees it.
 */
describe('ids a reply cannot carry', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  it.each([
    ['conversation', (a: ReturnType<typeof messageActivity>) => ({ ...a, conversation: { ...a.conversation, id: 'a:\u{1D43C}\u{1F847}chat' } })],
    ['conversation', (a: ReturnType<typeof messageActivity>) => ({ ...a, conversation: { ...a.conversation, id: 'a:chat\nnext' } })],
    // Found by the fuzzer in CI (seed 572395908): the activity's own id goes into the reply's URL, and a lone
    // surrogate cannot be URL-encoded (URIError: URI malformed, "turn failed").
    ['activity', (a: ReturnType<typeof messageActivity>) => ({ ...a, id: 'x\uD800y' })],
    ['activity', (a: ReturnType<typeof messageActivity>) => ({ ...a, id: '\uDFFF' })],
  ])('a %s id that is not visible ASCII (case %#): 400 with the field named, no failed turn', async (field, mutate) => {
    const activity = mutate(messageActivity('help', person('ids'), personalChat()));
    const { deliveryMode: _mode, ...withoutExpect } = activity as Record<string, unknown>;
    const res = await bot.post({ ...withoutExpect, serviceUrl: bot.connector.serviceUrl });
    expect(res.status).toBe(400);
    const message = String((res.body as { error?: { message?: unknown } }).error?.message ?? '');
    expect(message).toContain(field === 'activity' ? 'The activity "id" must be' : `${field}.id`);
    expect(bot.logLines.join('\n')).not.toContain('turn failed');
  });
});
