import type { Attachment } from '../bot/protocol';
import type { Template } from 'adaptivecards-templating';
import { LruCache } from '../lruCache';
import { CARD_NAMES, CardDataByName, CardName } from './models';
import { CARD_TEMPLATES } from './templates';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Stands in for "${" inside data while a card is expanded (a private-use character). */
const MASK = '\uE000{';

export interface AdaptiveCardAttachment extends Attachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: Record<string, unknown>;
}

export interface CardRendererOptions {
  /** Expanded cards kept for cache keys; 0 turns the cache off. Default 500. */
  cacheSize?: number;
  /** Replaces the templates from cards/ (tests). */
  templates?: Readonly<Record<CardName, object>>;
}

export interface CardCacheStats {
  hits: number;
  misses: number;
  size: number;
}

/** A template left a binding unresolved (data missing a field): a bug, never a card to send. */
export class CardRenderError extends Error {
  constructor(
    readonly card: CardName,
    detail: string,
  ) {
    super(`Card "${card}": ${detail}`);
    this.name = 'CardRenderError';
  }
}

/**
 * Expands the Adaptive Card templates of cards/. Each template is parsed once, when first used (loading the
 * templating library and parsing every template cost about a third of the start-up CPU, before the bot could
 * answer /healthz); expansion (about a millisecond) is the expensive part of a turn, so a deterministic card
 * can be rendered with a cache key (same topic, slots and locale → same key) and is expanded once, then
 * shared, frozen. The key must determine the data.
 */
export class CardRenderer {
  private readonly sources: Readonly<Record<CardName, object>>;
  private readonly templates = new Map<CardName, Template>();
  private readonly cache: LruCache<Record<string, unknown>>;
  private hits = 0;
  private misses = 0;

  constructor(options: CardRendererOptions = {}) {
    this.sources = options.templates ?? CARD_TEMPLATES;
    this.cache = new LruCache<Record<string, unknown>>(options.cacheSize ?? 500);
  }

  render<N extends CardName>(name: N, data: CardDataByName[N], cacheKey?: string): AdaptiveCardAttachment {
    return this.renderLazy(name, () => data, cacheKey);
  }

  /** Like render, but builds the data only on a cache miss (composing a model can cost more than expanding). */
  renderLazy<N extends CardName>(name: N, data: () => CardDataByName[N], cacheKey?: string): AdaptiveCardAttachment {
    const key = cacheKey === undefined ? undefined : `${name}\u0000${cacheKey}`;
    const cached = key === undefined ? undefined : this.cache.get(key);
    if (cached !== undefined) {
      this.hits += 1;
      return attachment(cached);
    }
    this.misses += 1;
    const content = JSON.parse(this.expand(name, data())) as Record<string, unknown>;
    if (key === undefined) return attachment(content);
    // Shared by every later hit, so frozen: a caller that wants to decorate a card renders it without a key.
    const frozen = deepFreeze(content);
    this.cache.set(key, frozen);
    return attachment(frozen);
  }

  get cacheStats(): CardCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.cache.size };
  }

  /** The parsed template, parsed on first use; undefined for a name that is not a card. */
  private template(name: CardName): Template | undefined {
    const parsed = this.templates.get(name);
    if (parsed || !CARD_NAMES.includes(name) || !Object.hasOwn(this.sources, name)) return parsed;
    // Loaded here, not at start-up: adaptive-expressions and its ANTLR parser are a large share of module loading.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Template: TemplateClass } = require('adaptivecards-templating') as typeof import('adaptivecards-templating');
    const template = new TemplateClass(this.sources[name]);
    this.templates.set(name, template);
    return template;
  }

  private expand(name: CardName, data: object): string {
    const template = this.template(name);
    if (!template) throw new CardRenderError(name, 'no such template');
    // Data is bound, never evaluated; "${" typed by a user (a name, an ID) is masked during the check
    // below so that only a binding the template failed to resolve counts as an error.
    const raw = JSON.stringify(data);
    const masked = raw.includes('${');
    let json: string;
    try {
      json = JSON.stringify(template.expand({ $root: masked ? JSON.parse(raw.split('${').join(MASK)) : data }));
    } catch (error) {
      throw new CardRenderError(name, `expansion failed: ${(error as Error).message}`);
    }
    const unresolved = json.match(/\$\{[^}]*\}/);
    if (unresolved) throw new CardRenderError(name, `unresolved binding ${unresolved[0]} (missing data?)`);
    return masked ? json.split(MASK).join('${') : json;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

function attachment(content: Record<string, unknown>): AdaptiveCardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
}
