import { v7 as uuidv7 } from 'uuid';
import { queuePair } from '../repositories/duplicates';
import { liveSeekersByIdNumber, type StoredRecord } from '../repositories/records';
import { appendTo, type Sql } from '../store/sql';

type Holder = { readonly recordId: string; readonly station: string };

/**
 * Two live seekers with one national ID → one queue entry per pair, for the county admin to merge; both
 * records stay. Called with the seekers a batch just wrote.
 */
export async function queueDuplicatePeople(sql: Sql, written: readonly StoredRecord[], at: number): Promise<void> {
  const numbers = [...new Set(written.flatMap((r) => (r.idNumber && !r.deleted ? [r.idNumber] : [])))];
  const groups = new Map<string, Holder[]>();
  for (const s of await liveSeekersByIdNumber(sql, numbers))
    appendTo(groups, s.idNumber, { recordId: s.recordId, station: s.station });
  for (const [idNumber, group] of groups) {
    const sorted = group.sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
    for (const [i, a] of sorted.entries())
      for (const b of sorted.slice(i + 1)) await queuePair(sql, { id: uuidv7(), idNumber, a, b, foundAt: at });
  }
}
