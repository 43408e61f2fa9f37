import type { Mutation } from './mutation';

/**
 * The merge rule both the county server and the stations apply: per field, the last writer wins by hybrid
 * logical clock, ties broken by mutation id. A delete is the `deleted` field set to true (a tombstone), merged
 * the same way. The result does not depend on the order mutations arrive in, and applying one twice changes
 * nothing. Pure.
 */
export interface Stamp {
  readonly hlc: string;
  readonly mutationId: string;
}

export interface MergedRecord {
  readonly values: Readonly<Record<string, unknown>>;
  readonly stamps: Readonly<Record<string, Stamp>>;
}

export const EMPTY_RECORD: MergedRecord = { values: {}, stamps: {} };

const newer = (a: Stamp, b: Stamp | undefined): boolean =>
  b === undefined || a.hlc > b.hlc || (a.hlc === b.hlc && a.mutationId > b.mutationId);

export function applyMutation(record: MergedRecord, m: Pick<Mutation, 'id' | 'op' | 'hlc' | 'fields'>): MergedRecord {
  const stamp: Stamp = { hlc: m.hlc, mutationId: m.id };
  const incoming: Record<string, unknown> = m.op === 'delete' ? { ...m.fields, deleted: true } : m.fields;
  let values: Record<string, unknown> | null = null;
  let stamps: Record<string, Stamp> | null = null;
  for (const [field, value] of Object.entries(incoming)) {
    if (!newer(stamp, record.stamps[field])) continue;
    values ??= { ...record.values };
    stamps ??= { ...record.stamps };
    values[field] = value;
    stamps[field] = stamp;
  }
  return values && stamps ? { values, stamps } : record;
}

export function mergeAll(
  mutations: readonly Pick<Mutation, 'id' | 'op' | 'hlc' | 'fields'>[],
  start: MergedRecord = EMPTY_RECORD,
): MergedRecord {
  return mutations.reduce(applyMutation, start);
}
