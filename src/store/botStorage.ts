import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';

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
    if (writes.length > 0) await this.kv.put(writes);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length > 0) await this.kv.remove(keys);
  }
}
