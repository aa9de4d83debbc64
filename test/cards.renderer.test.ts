import { Template } from 'adaptivecards-templating';
import { COMPOSERS } from '../src/answers';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  answerCacheKey,
  answerCard,
  CardRenderer,
  CardRenderError,
  choiceCard,
  welcomeCard,
} from '../src/cards';
import { LruCache } from '../src/lruCache';

const activationAnswer = (locale: 'en' | 'ru' | 'fr' = 'en') =>
  answerCard(COMPOSERS.activation({ locale, slots: {} }), locale);

describe('CardRenderer', () => {
  it('returns an Adaptive Card attachment', () => {
    const attachment = new CardRenderer().render('answer', activationAnswer());
    expect(attachment.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    expect(attachment.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('expands a card with a cache key once, and shares it frozen so nobody can change it for the next user', () => {
    const renderer = new CardRenderer();
    const key = answerCacheKey('en', 'activation');
    const first = renderer.render('answer', activationAnswer(), key);
    const second = renderer.render('answer', activationAnswer(), key);
    expect(renderer.cacheStats).toEqual({ hits: 1, misses: 1, size: 1 });
    expect(second.content).toEqual(first.content);
    expect(Object.isFrozen(second.content)).toBe(true);
    expect(() => {
      (second.content.body as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(renderer.render('answer', activationAnswer(), key).content).toEqual(first.content);
  });

  it('never caches a card rendered without a key', () => {
    const renderer = new CardRenderer();
    renderer.render('answer', activationAnswer());
    renderer.render('answer', activationAnswer());
    expect(renderer.cacheStats).toEqual({ hits: 0, misses: 2, size: 0 });
  });

  it('keys the cache by card name and key, so two cards may share a caller key', () => {
    const renderer = new CardRenderer();
    renderer.render('answer', activationAnswer(), 'same');
    const welcome = renderer.render('welcome', welcomeCard('en'), 'same');
    expect(welcome.content).toMatchObject({
      body: expect.arrayContaining([expect.objectContaining({ text: welcomeCard('en').greeting })]),
    });
    expect(renderer.cacheStats.misses).toBe(2);
  });

  it('is bounded: the least recently used card is expanded again', () => {
    const renderer = new CardRenderer({ cacheSize: 2 });
    renderer.render('answer', activationAnswer('en'), 'en');
    renderer.render('answer', activationAnswer('ru'), 'ru');
    renderer.render('answer', activationAnswer('en'), 'en'); // hit: en is now the youngest
    renderer.render('answer', activationAnswer('fr'), 'fr'); // evicts ru
    expect(renderer.cacheStats).toEqual({ hits: 1, misses: 3, size: 2 });
    renderer.render('answer', activationAnswer('en'), 'en');
    renderer.render('answer', activationAnswer('ru'), 'ru');
    expect(renderer.cacheStats).toEqual({ hits: 2, misses: 4, size: 2 });
  });

  it('refuses to send a card with an unresolved binding (data missing a field)', () => {
    const data = { ...activationAnswer() } as Partial<ReturnType<typeof activationAnswer>>;
    delete data.summary;
    expect(() => new CardRenderer().render('answer', data as ReturnType<typeof activationAnswer>)).toThrow(
      CardRenderError,
    );
    expect(() => new CardRenderer().render('answer', data as ReturnType<typeof activationAnswer>)).toThrow(/summary/);
  });

  it('passes text a user typed with "${" through untouched instead of failing', () => {
    const card = new CardRenderer().render('welcome', welcomeCard('en', 'Kim ${boss}'));
    expect(JSON.stringify(card.content)).toContain('Hello, Kim ${boss}!');
  });

  it('parses each template once, when first rendered (not at construction, which is start-up), never again', () => {
    const parse = jest.spyOn(Template, 'parseInterpolatedString');
    const renderer = new CardRenderer();
    expect(parse).not.toHaveBeenCalled();
    renderer.render('answer', activationAnswer());
    expect(parse).toHaveBeenCalled();
    renderer.render('welcome', welcomeCard('ru'));
    parse.mockClear();
    renderer.render('answer', activationAnswer());
    renderer.render('welcome', welcomeCard('en'));
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });
});

describe('choiceCard', () => {
  it('keeps each button’s data as given, and needs a verb', () => {
    const data = { verb: 'entitlement.choose', slots: { tier: 'gold' }, locale: 'en' };
    expect(choiceCard({ prompt: 'Which?', choices: [{ title: 'Gold', data }] }).choices[0].data).toBe(data);
    expect(() => choiceCard({ prompt: 'Which?', choices: [{ title: 'Gold', data: { tier: 'gold' } }] })).toThrow(
      /verb/,
    );
  });
});

describe('LruCache', () => {
  it('evicts the oldest entry beyond its capacity and refreshes an entry on read', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('stores nothing with capacity 0 and rejects a negative capacity', () => {
    const cache = new LruCache<number>(0);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
    expect(() => new LruCache(-1)).toThrow(RangeError);
  });
});

describe('answerCacheKey', () => {
  it('is equal for equal slots whatever their order, and differs by locale, topic and slot', () => {
    expect(answerCacheKey('en', 'incidents', { tier: 'gold', supportType: 'cloud' })).toBe(
      answerCacheKey('en', 'incidents', { supportType: 'cloud', tier: 'gold' }),
    );
    const keys = new Set([
      answerCacheKey('en', 'incidents', { tier: 'gold' }),
      answerCacheKey('ru', 'incidents', { tier: 'gold' }),
      answerCacheKey('en', 'activation', { tier: 'gold' }),
      answerCacheKey('en', 'incidents', { tier: 'silver' }),
      answerCacheKey('en', 'incidents', { tier: 'gold', competencyKind: 'other' }),
    ]);
    expect(keys.size).toBe(5);
  });
});
