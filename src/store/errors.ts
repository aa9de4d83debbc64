/** Errors the store throws on purpose; callers branch on them with `instanceof`. */

/** The benefits domain's own conflict error (one of its ports), thrown by the store's benefit repository. */
export { VersionConflictError } from '../domain/ports';

/** botbuilder Storage contract: a write whose eTag no longer matches the stored item. */
export class ETagConflictError extends Error {
  override name = 'ETagConflictError';
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

/** A caller passed something the store refuses to keep (e.g. a benefit ID inside audit detail). */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
}

/** A member already has as many open tickets as allowed: nothing was created. */
export class TicketLimitError extends Error {
  override name = 'TicketLimitError';
  constructor(
    readonly limit: number,
    readonly open: readonly number[],
  ) {
    super(`the requester already has ${open.length} open tickets (at most ${limit})`);
  }
}
