import { saveRecords, type StoredRecord } from '../repositories/records';
import type { Sql } from '../store/sql';
import { queueDuplicatePeople } from './duplicate-people';

/**
 * Every write of merged records goes through here — a batch's merge and a person's erasure alike — so whatever
 * the county derives from a merged record (the duplicate-person queue, reporting tables) follows each change.
 */
export async function storeMerged(sql: Sql, records: readonly StoredRecord[], at: number): Promise<void> {
  if (records.length === 0) return;
  await saveRecords(sql, records);
  await queueDuplicatePeople(sql, records, at);
}
