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

/** Keys asked for at once by `recordsWithAny`: enough to keep IndexedDB busy, few enough to keep a page responsive. */
export const KEYS_AT_ONCE = 500;

/**
 * The records whose `index` holds any of `keys`. The keys are asked for a few hundred at a time, each key its
 * own request and all of them sent at once: IndexedDB answers them in a stream, where a single cursor walked
 * across the index (Dexie's `anyOf`) waits for each step's answer before asking for the next, which is slow for
 * thousands of keys in an index that holds thousands more. Between the groups the thread is free again.
 */
export async function recordsWithAny<T>(store: Table<T, string>, index: string, keys: readonly string[]): Promise<T[]> {
  const unique = [...new Set(keys)];
  // One transaction for every request (the caller's, when it has one): outside one, each would open its own.
  return store.db.transaction('r', store, async () => {
    const found: T[] = [];
    for (let at = 0; at < unique.length; at += KEYS_AT_ONCE) {
      const group = unique.slice(at, at + KEYS_AT_ONCE);
      for (const rows of await Promise.all(group.map((key) => store.where(index).equals(key).toArray())))
        found.push(...rows);
    }
    return found;
  });
}
