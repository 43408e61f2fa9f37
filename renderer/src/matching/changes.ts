import Dexie from 'dexie';
import type { TableName } from '#shared/entities/tables';
import { MATCH_TABLES } from './tables';

/**
 * What changed in the tables matching reads: per table, the ids of the records written (added, changed,
 * tombstoned or deleted), or 'all' when Dexie reports a range rather than single keys (a table cleared, or one
 * bulk write of 50 records or more, as an import or a large pull from the county does).
 */
export type MatchChanges = Partial<Record<TableName, readonly string[] | 'all'>>;

/** Every table matching reads, changed as a whole: prepare everything again. */
export const EVERYTHING: MatchChanges = Object.fromEntries(MATCH_TABLES.map((t) => [t, 'all']));

/** A node of Dexie's range set (an interval tree of the keys a transaction wrote). */
interface RangeNode {
  readonly from?: unknown;
  readonly to?: unknown;
  readonly d?: number;
  readonly l?: RangeNode | null;
  readonly r?: RangeNode | null;
}

/** The single keys in a range set, or 'all' when it holds a range of keys or a key that is not an id. */
function keysOf(set: RangeNode): string[] | 'all' {
  const keys: string[] = [];
  const stack: RangeNode[] = [set];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.d === 0) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

function merge(a: readonly string[] | 'all' | undefined, b: readonly string[] | 'all'): readonly string[] | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  return a ? [...new Set([...a, ...b])] : b;
}

/**
 * The changes to matching's tables in one `storagemutated` event of Dexie (fired after every committed write
 * in this window, and passed on from other windows and workers of the app). Each table's primary-key part
 * names the records written; the index parts repeat it and are skipped. A part that names no table of any
 * database (Dexie sends `all` when a page comes back from the browser's cache) means everything changed.
 */
export function changesFromParts(parts: Readonly<Record<string, unknown>>, dbName: string): MatchChanges {
  const out: Partial<Record<TableName, readonly string[] | 'all'>> = {};
  const prefix = `idb://${dbName}/`;
  for (const [part, set] of Object.entries(parts)) {
    if (!part.startsWith('idb://')) return EVERYTHING;
    if (!part.startsWith(prefix)) continue;
    const [table, index] = part.slice(prefix.length).split('/');
    const name = MATCH_TABLES.find((t) => t === table);
    if (!name || index !== '') continue;
    const keys = keysOf(set as RangeNode);
    if (keys !== 'all' && keys.length === 0) continue;
    out[name] = merge(out[name], keys);
  }
  return out;
}

/** Calls `listener` with every committed change to matching's tables of the database `dbName`; returns the stop. */
export function watchMatchChanges(dbName: string, listener: (changes: MatchChanges) => void): () => void {
  const handler = (parts: Readonly<Record<string, unknown>>): void => {
    const changes = changesFromParts(parts, dbName);
    if (Object.keys(changes).length > 0) listener(changes);
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
