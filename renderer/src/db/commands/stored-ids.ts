import type { Table } from 'dexie';

/**
 * Which of these ids the table holds: their keys only (no record is read), in one sorted look-up that skips
 * past the ids not stored, so checking a batch of new ids costs next to nothing.
 */
export async function storedIds(store: Table<unknown, string>, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set(
    (await store
      .where(':id')
      .anyOf([...ids])
      .primaryKeys()) as string[],
  );
}

/**
 * The records whose `index` holds any of `keys`. One request per key, all sent at once: IndexedDB answers them
 * in a stream, where a single cursor walked across the index (Dexie's `anyOf`) waits for each step's answer
 * before asking for the next, which is slow for thousands of keys in an index that holds thousands more.
 */
export async function recordsWithAny<T>(store: Table<T, string>, index: string, keys: readonly string[]): Promise<T[]> {
  const found = await Promise.all([...new Set(keys)].map((key) => store.where(index).equals(key).toArray()));
  return found.flat();
}
