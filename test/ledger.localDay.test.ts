import { messageActivity, person, personalChat, TENANT_A } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { FAST_OUTBOX } from './support/helpdesk';
import { localDay } from '../src/domain/localDay';

/**
 * "Yesterday" is the person's yesterday. The server runs on UTC; someone in Seattle typing at 19:00 on Monday 7 December
 * (03:00 UTC on Tuesday the 8th) means Sunday the 6th. Teams sends each message's localTimestamp with the sender's offset.
 */
describe('the day people mean is their own', () => {
  const tuesdayUtc = new Date('2026-12-08T03:00:00Z');

  it('the date part of the local timestamp Teams sent is the person’s today', () => {
    expect(localDay('2026-12-07T19:00:00.000-08:00', tuesdayUtc)).toBe('2026-12-07');
    expect(localDay('2026-12-08T14:00:00+11:00', tuesdayUtc)).toBe('2026-12-08');
    expect(localDay('2026-12-08T03:00:00Z', tuesdayUtc)).toBe('2026-12-08');
  });

  it('without a usable local timestamp, the server’s UTC date', () => {
    for (const bad of [undefined, '', 'yesterday', '2026-02-31T10:00:00Z', '2026-12-07', 42, new Date('2026-12-07T19:00:00Z')]) {
      expect(localDay(bad, tuesdayUtc)).toBe('2026-12-08');
    }
  });

  it('a local date more than a day from the server’s is not believed (it would move "today" and let future dates in)', () => {
    expect(localDay('2026-12-10T10:00:00+02:00', tuesdayUtc)).toBe('2026-12-08');
    expect(localDay('2025-12-07T10:00:00-08:00', tuesdayUtc)).toBe('2026-12-08');
  });
});

describe('a case told with "yesterday" in the evening in Seattle, through the bot', () => {
  const admin = person('Gina Admin');
  const chat = personalChat(TENANT_A);
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'warn' }, { outbox: FAST_OUTBOX, dayClock: () => new Date('2026-12-08T03:00:00Z') });
    await bot.send(messageActivity('hi', admin, chat));
  });
  afterAll(async () => bot.close());

  it('is recorded as opened on Sunday the 6th, not on the server’s Monday', async () => {
    const said = { ...messageActivity('please log cloud case 6620001, we opened it with Microsoft yesterday', admin, chat), localTimestamp: '2026-12-07T19:00:00.000-08:00' };
    expect(visibleText(await bot.send(said))).toMatch(/6620001.*opened on 2026-12-06\?/);
  });

  it('the same words without a local timestamp count from the server’s date', async () => {
    expect(visibleText(await bot.send(messageActivity('please log cloud case 6620002, we opened it with Microsoft yesterday', admin, chat)))).toMatch(/6620002.*opened on 2026-12-07\?/);
  });

});

describe('a case opened "today" in Auckland while the server is still on the day before', () => {
  const admin = person('Gina Admin');
  const chat = personalChat(TENANT_A);
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'warn' }, { outbox: FAST_OUTBOX, dayClock: () => new Date('2026-12-07T20:00:00Z') });
    await bot.send(messageActivity('hi', admin, chat));
  });
  afterAll(async () => bot.close());

  it('is no "future date": the 8th is today where they are', async () => {
    const said = { ...messageActivity('record cloud case 6620003 opened on 2026-12-08', admin, chat), localTimestamp: '2026-12-08T09:00:00.000+13:00' };
    const text = visibleText(await bot.send(said));
    expect(text).toMatch(/6620003.*2026-12-08/);
    expect(text).not.toMatch(/future|after today/i);
  });

  it('the 9th is still refused there', async () => {
    const said = { ...messageActivity('record cloud case 6620004 opened on 2026-12-09', admin, chat), localTimestamp: '2026-12-08T09:00:00.000+13:00' };
    expect(visibleText(await bot.send(said))).toMatch(/2026-12-09/);
    expect(visibleText(await bot.send(said))).not.toMatch(/Recorded/);
  });
});
