import type { MergedRecord, Stamp } from '#shared/sync/merge';

/**
 * How a record's merged state is stored in the `records` table. Most fields of a record share one stamp
 * (the change that created it), so stamps are stored grouped: `{v: values, s: [[hlc, mutationId, fields…]]}`
 * — about half the size of a stamp per field, which is most of the server's write volume.
 */
type Stored = { v: Record<string, unknown>; s: [string, string, ...string[]][] };

export function encodeState(state: MergedRecord): string {
  const groups = new Map<string, [string, string, ...string[]]>();
  for (const [field, stamp] of Object.entries(state.stamps)) {
    const key = `${stamp.hlc}\u0000${stamp.mutationId}`;
    const group = groups.get(key);
    if (group) group.push(field);
    else groups.set(key, [stamp.hlc, stamp.mutationId, field]);
  }
  return JSON.stringify({ v: state.values, s: [...groups.values()] } satisfies Stored);
}

export function decodeState(text: string): MergedRecord {
  const stored = JSON.parse(text) as Stored;
  const stamps: Record<string, Stamp> = {};
  for (const [hlc, mutationId, ...fields] of stored.s) for (const field of fields) stamps[field] = { hlc, mutationId };
  return { values: stored.v, stamps };
}
