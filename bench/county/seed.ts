/**
 * Loads the synthetic county into a county database through the server's own save path (`saveRecords`: the
 * merged record and its reporting rows in one transaction), 10,000 records a transaction; the 300 stations
 * and the duplicate-person queue straight into their tables.
 */
import { saveRecords } from '#server/repositories/records';
import { createService } from '#server/service';
import type { Database } from '#server/store/sql';
import { countyRecords, NOW, stations } from './synth';

export const ADMIN = 'bench-county-admin-token-0000000000000';

export async function seedCounty(db: Database, log: (line: string) => void): Promise<{ records: number; ms: number }> {
  const service = createService(db, { adminToken: ADMIN, now: () => NOW });
  await service.init();
  const start = performance.now();
  await db.transaction(async (sql) => {
    for (const [i, s] of stations().entries())
      await sql.run(
        `INSERT INTO stations (id, name, area_code, created_at, enrolled_at, last_push_at, last_pull_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        // every 30th station has been silent for two weeks
        [
          s.id,
          s.name,
          s.areaCode,
          NOW - 400 * 86_400_000,
          NOW - 399 * 86_400_000,
          NOW - (i % 30 === 0 ? 14 : 0) * 86_400_000,
          NOW,
        ],
      );
  });
  let records = 0;
  for (const batch of countyRecords(10_000)) {
    await db.transaction((sql) => saveRecords(sql, batch));
    records += batch.length;
    if (records % 100_000 < batch.length) log(`county bench: ${records} records saved …`);
  }
  // The duplicate-person queue: every pair of live seekers sharing an ID number.
  await db.transaction((sql) =>
    sql.run(
      `INSERT INTO duplicates (id, id_number, record_a, station_a, record_b, station_b, found_at)
       SELECT a.id || '/' || b.id, a.id_number, a.id, a.station_id, b.id, b.station_id, ?
       FROM report_seekers a JOIN report_seekers b ON b.person_key = a.person_key AND b.id > a.id
       WHERE a.id_number IS NOT NULL`,
      [NOW - 86_400_000],
    ),
  );
  // The roll-up keys the saves left pending, counted as the server's job counts them while stations sync.
  await service.reporting.catchUp();
  return { records, ms: performance.now() - start };
}
