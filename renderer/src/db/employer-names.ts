import { getDb } from './db';

/** The names of the employers named by id (a found posting's employer), read in one go; missing ones left out. */
export async function employerNames(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = await getDb().employers.bulkGet(unique);
  return new Map(rows.flatMap((r) => (r ? [[r.id, r.name] as const] : [])));
}
