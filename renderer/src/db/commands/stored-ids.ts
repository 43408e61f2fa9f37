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
