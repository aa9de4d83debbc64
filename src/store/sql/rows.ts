/** Turning rows into records and back. PostgreSQL returns Date for timestamptz and strings for bigint. */
import type { Actor } from '../../domain/records';
import type { SqlClient } from './sqlClient';

export type Row = Record<string, unknown>;

/** What every SQL repository needs: the connection and the clock. */
export interface SqlContext {
  client: SqlClient;
  now: () => Date;
}

export function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

export function optIso(v: unknown): string | undefined {
  return v === null || v === undefined ? undefined : iso(v);
}

export function optStr(v: unknown): string | undefined {
  return v === null || v === undefined ? undefined : String(v);
}

export function optNum(v: unknown): number | undefined {
  return v === null || v === undefined ? undefined : Number(v);
}

export function parseJson<T>(v: unknown): T {
  return JSON.parse(String(v)) as T;
}

/** Drops keys whose value is undefined, so records compare equal whichever backend produced them. */
export function compact<T extends object>(obj: T): T {
  for (const k of Object.keys(obj) as (keyof T)[]) {
    if (obj[k] === undefined) delete obj[k];
  }
  return obj;
}

/** Only the fields an Actor has (a UserIdentity passed as an Actor also carries tenantId). */
export function actorOf(a: Actor): Actor {
  return compact({ userId: a.userId, aadObjectId: a.aadObjectId, name: a.name });
}

/** The stable id of a person: Entra object id when Teams sent it, else the channel user id. */
export function personKey(a: Actor): string {
  return a.aadObjectId ?? a.userId;
}

/** Builds `$from, $from+1, ...` for an IN list. */
export function placeholders(count: number, from: number): string {
  return Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
