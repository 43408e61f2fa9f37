/**
 * Ingest through the service's push path (admission, merge, records, reporting tables, duplicate queue) of a
 * slice of the synthetic county — every 25th record of every table, about 28,000 mutations in batches of
 * 2,000, one enrolled station — with the reporting projection, and without it: the same run on a database
 * whose statements on the `report_*` tables are skipped (the projection's own JavaScript still runs, so the
 * difference is what the projection's SQL costs). The roll-up keys the pushes leave pending are counted after
 * them, as the server's job does between merges, and timed apart.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { v7 as uuidv7 } from 'uuid';
import { encodeHlc } from '#shared/sync/hlc';
import type { Mutation } from '#shared/sync/mutation';
import { createService } from '#server/service';
import type { Database, Sql } from '#server/store/sql';
import { withStatements } from '#server/test-support/statements';
import { ADMIN } from './seed';
import { countyRecords, NOW } from './synth';

const EVERY = 25;
const BATCH = 2_000;

let sliceOfCounty: readonly Mutation[] | null = null;

/**
 * The slice of the county, as one station's upserts (its owner and `stationId` rewritten to that station). The
 * county is generated once per process: making it again for every run left hundreds of megabytes of garbage
 * for the collector to reclaim during the next timed pushes.
 */
function slice(stationId: string): Mutation[] {
  if (!sliceOfCounty) {
    const out: Mutation[] = [];
    let n = 0;
    for (const batch of countyRecords(10_000))
      for (const r of batch) {
        n += 1;
        if (n % EVERY !== 0 || r.deleted) continue;
        out.push({
          id: uuidv7(),
          table: r.table,
          recordId: r.recordId,
          op: 'upsert',
          hlc: encodeHlc({ ms: NOW - 60_000 + out.length, counter: 0, node: 'bench' }),
          fields: r.state.values,
        });
      }
    sliceOfCounty = out;
  }
  return sliceOfCounty.map((m) => ({ ...m, id: uuidv7(), fields: { ...m.fields, stationId } }));
}

/** The garbage collector, run before a timed part so that what came before is not reclaimed inside it. */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

const REPORT = /\breport_[a-z_]+/;

/** The database with every statement that reads or writes a reporting table skipped. */
export function withoutReporting(db: Database): Database {
  return withStatements(db, (sql): Sql => ({
    dialect: sql.dialect,
    all: (text, params) => (REPORT.test(text) ? Promise.resolve([]) : sql.all(text, params)),
    run: (text, params) => (REPORT.test(text) ? Promise.resolve(0) : sql.run(text, params)),
  }));
}

/** Mutations per second through `service.push` on a fresh database (migrated before `skip` applies). */
export async function ingestPerSecond(
  db: Database,
  project: boolean,
): Promise<{ mutations: number; perSecond: number; catchUpMs: number; refused: number; why: string[] }> {
  const setup = createService(db, { adminToken: ADMIN, now: () => NOW });
  await setup.init();
  const service = createService(project ? db : withoutReporting(db), { adminToken: ADMIN, now: () => NOW });
  await service.init();
  const { enrollmentCode } = await service.addStation({ name: '基准站', areaCode: '522626101' });
  const { stationId, token } = await service.enroll({ enrollmentCode, deviceName: 'bench' });
  const caller = await service.authenticate(token);
  if (!caller) throw new Error('no caller');
  const mutations = slice(stationId);
  let refused = 0;
  const why = new Map<string, string>();
  collectGarbage();
  const start = performance.now();
  for (let i = 0; i < mutations.length; i += BATCH) {
    const results = await service.push(caller, mutations.slice(i, i + BATCH));
    for (const [j, r] of results.entries())
      if (r.status !== 'applied') {
        refused += 1;
        const table = mutations[i + j]?.table ?? '?';
        if (!why.has(table)) why.set(table, JSON.stringify(r).slice(0, 300));
      }
  }
  const pushed = performance.now();
  const perSecond = mutations.length / ((pushed - start) / 1000);
  // What the merges left pending in the monthly roll-ups, counted as the server's job counts it between merges.
  await service.reporting.catchUp();
  const catchUpMs = performance.now() - pushed;
  await db.close();
  return {
    mutations: mutations.length,
    perSecond,
    catchUpMs,
    refused,
    why: [...why].map(([table, answer]) => `${table}: ${answer}`),
  };
}
