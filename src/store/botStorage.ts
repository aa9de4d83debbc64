import { randomUUID } from 'node:crypto';
import { PrivateConversationState, type Storage, type StoreItems, type TurnContext } from 'botbuilder';

/** A stored value with the version tag it was written with. */
export interface VersionedValue {
  value: string;
  etag: string;
}

export interface VersionedWrite {
  key: string;
  value: string;
  /** The tag the value gets. */
  etag: string;
  /** Write only if the stored value still has this tag (or nothing is stored yet). */
  ifMatch?: string;
}

/** The tiny key-value surface botbuilder state needs; each backend implements it with one table. */
export interface VersionedKv {
  get(keys: readonly string[]): Promise<Map<string, VersionedValue>>;
  /** All or nothing: on the first mismatching ifMatch nothing is written and ETagConflictError is thrown. */
  put(writes: readonly VersionedWrite[]): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
}

/**
 * botbuilder Storage with the eTag contract of its MemoryStorage / CosmosDB providers: a write without an
 * eTag or with '*' wins; a write with another item's eTag throws; every write gets a fresh eTag, returned
 * by read. Unlike MemoryStorage, a batch that conflicts writes nothing.
 */
export class KvBotStorage implements Storage {
  constructor(
    private readonly kv: VersionedKv,
    private readonly newETag: () => string = randomUUID,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const found = await this.kv.get(keys);
    const items: StoreItems = {};
    for (const [key, { value, etag }] of found) {
      items[key] = { ...(JSON.parse(value) as object), eTag: etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const writes = Object.entries(changes).map(([key, item]): VersionedWrite => {
      const { eTag, ...data } = (item ?? {}) as { eTag?: unknown };
      return {
        key,
        value: JSON.stringify(data),
        etag: this.newETag(),
        ifMatch: typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? eTag : undefined,
      };
    });
    if (writes.length === 0) return;
    await this.kv.put(writes);
    // Like CosmosDbPartitionedStorage: the written item carries its new eTag, for the next conditional write.
    for (const w of writes) {
      const item = changes[w.key] as { eTag?: unknown } | undefined;
      if (item && typeof item === 'object') item.eTag = w.etag;
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length > 0) await this.kv.remove(keys);
  }

  /** One item as stored: its JSON (without the eTag) and its eTag; undefined when nothing is stored. */
  async readSerialized(key: string): Promise<VersionedValue | undefined> {
    return (await this.kv.get([key])).get(key);
  }

  /**
   * Writes one item already serialized (JSON without the eTag), on the same terms as write(): `eTag` undefined,
   * empty or '*' wins, another eTag must match the stored one. Returns the item's new eTag.
   */
  async writeSerialized(key: string, json: string, eTag: string | undefined): Promise<string> {
    const etag = this.newETag();
    await this.kv.put([{ key, value: json, etag, ifMatch: eTag !== undefined && eTag !== '' && eTag !== '*' ? eTag : undefined }]);
    return etag;
  }
}

/** An eTag no write ever gets: writing with it succeeds only while nothing is stored under the key. */
export const ETAG_NOT_STORED = 'not-stored';

/** What BotState keeps in the turn: the state, and what it looked like when read or last saved. */
interface CachedState {
  state: { eTag?: string } & Record<string, unknown>;
  hash: string;
}

/**
 * PrivateConversationState whose save is conditional on what the turn read: botbuilder's BotState saves
 * with eTag '*' (last write wins), which loses a dialog step when two instances run turns of the same user
 * at once. Here the loser's save throws (ETagConflictError from KvBotStorage) and the turn can be re-run.
 *
 * The state is serialized once per save: the JSON read (or last written) is the "hash" a
 * save compares with, and the JSON compared is the JSON written. botbuilder's BotState instead hashes the
 * state on load, again before the save and again after it, and the storage serializes it a fourth time.
 */
export class OptimisticPrivateConversationState extends PrivateConversationState {
  constructor(private readonly kv: KvBotStorage) {
    super(kv);
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cacheKey = this.stateKeySymbol();
    const cached = context.turnState.get(cacheKey) as CachedState | undefined;
    if (!force && cached?.state) return cached.state;
    // getStorageKey throws when the activity lacks channelId, conversation.id or from.id.
    const stored = await this.kv.readSerialized(this.getStorageKey(context) as string);
    const state: CachedState['state'] = stored ? (JSON.parse(stored.value) as CachedState['state']) : {};
    if (stored) state.eTag = stored.etag;
    context.turnState.set(cacheKey, { state, hash: stored ? stored.value : '{}' } satisfies CachedState);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cacheKey = this.stateKeySymbol();
    const cached = context.turnState.get(cacheKey) as CachedState | undefined;
    if (!force && !cached) return;
    const state: CachedState['state'] = cached?.state ?? {};
    const { eTag, ...data } = state;
    const json = JSON.stringify(data);
    if (!force && json === cached?.hash) return;
    state.eTag = await this.kv.writeSerialized(this.getStorageKey(context) as string, json, eTag ?? ETAG_NOT_STORED);
    context.turnState.set(cacheKey, { state, hash: json } satisfies CachedState);
  }

  private stateKeySymbol(): symbol {
    return (this as unknown as { stateKey: symbol }).stateKey;
  }
}
