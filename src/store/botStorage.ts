import { randomUUID } from 'node:crypto';
import { calculateChangeHash, PrivateConversationState, type Storage, type StoreItems, type TurnContext } from 'botbuilder';

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
}

/** An eTag no write ever gets: writing with it succeeds only while nothing is stored under the key. */
export const ETAG_NOT_STORED = 'not-stored';

/**
 * PrivateConversationState whose save is conditional on what the turn read: botbuilder's BotState saves
 * with eTag '*' (last write wins), which loses a dialog step when two instances run turns of the same user
 * at once. Here the loser's save throws (ETagConflictError from KvBotStorage) and the turn can be re-run.
 */
export class OptimisticPrivateConversationState extends PrivateConversationState {
  constructor(private readonly optimisticStorage: Storage) {
    super(optimisticStorage);
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cacheKey = this.stateKeySymbol();
    const cached = context.turnState.get(cacheKey) as { state: { eTag?: string }; hash: string } | undefined;
    if (!force && (!cached || cached.hash === calculateChangeHash(cached.state))) return;
    const state = cached?.state ?? {};
    const item = { ...state, eTag: state.eTag ?? ETAG_NOT_STORED };
    // getStorageKey throws when the activity lacks channelId, conversation.id or from.id.
    await this.optimisticStorage.write({ [this.getStorageKey(context) as string]: item });
    // KvBotStorage hands back the new eTag on the item: a later save in this turn builds on it.
    state.eTag = item.eTag;
    context.turnState.set(cacheKey, { state, hash: calculateChangeHash(state) });
  }

  private stateKeySymbol(): symbol {
    return (this as unknown as { stateKey: symbol }).stateKey;
  }
}
