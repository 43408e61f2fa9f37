/**
 * Ingest over HTTP: the real county server (Fastify, the station's bearer token, gzip, the compact layout the
 * app sends) taking pushes of 2,000 mutations one after another, against a county database that already holds
 * PREFILLED changes. The county is filled fast — synthetic seekers written by bulk SQL straight into the
 * `mutations` and `records` tables in the server's own format (one change and one merged record each, owned by
 * 100 stations) — not through the push path, which is what is measured. The pushes: 10,000 new people of day
 * one, then an edit of each (a new phone number), so half the batches merge into stored records.
 */
import { gzipSync } from 'node:zlib';
import { v7 as uuidv7 } from 'uuid';
import type { Seeker } from '#shared/entities/seeker';
import { COMPACT_CONTENT_TYPE, compactResultsSchema, encodeCompact } from '#shared/sync/columns';
import { encodeHlc } from '#shared/sync/hlc';
import { applyMutation, EMPTY_RECORD } from '#shared/sync/merge';
import { changedFields, type Mutation } from '#shared/sync/mutation';
import { EPOCH_HEADER, MAX_MUTATIONS_PER_PUSH, SCHEMA_VERSION } from '#shared/sync/wire';
import { buildApp } from '#server/app';
import { encodeState } from '#server/record-state';
import { createService } from '#server/service';
import type { Database } from '#server/store/sql';
import { ADMIN } from './county';

export const PREFILLED = 1_000_000;
const STATIONS = 100;
const PART = 100_000;

/** `00000000-0000-7000-<kind>-<12 digits>`: as long as the app's uuids, unique per row number. */
const synthId = (kind: string, i: string) => `'00000000-0000-7000-${kind}-' || CAST(100000000000 + ${i} AS TEXT)`;

/** `count` synthetic seekers, their changes and merged records, written by SQL in parts of PART rows. */
async function prefill(db: Database, template: Seeker, count: number, log: (line: string) => void): Promise<void> {
  const at = Date.now() - 86_400_000;
  const hlc = encodeHlc({ ms: at, counter: 0, node: 'prefill' });
  const fields = changedFields(undefined, { ...template, id: '@ID@', idNumber: '@IDN@', stationId: '@ST@' });
  const mutation: Mutation = { id: '@MID@', table: 'seekers', recordId: '@ID@', op: 'upsert', hlc, fields };
  const state = encodeState(applyMutation(EMPTY_RECORD, mutation));
  await db.transaction(async (sql) => {
    for (let s = 0; s < STATIONS; s += 1)
      await sql.run('INSERT INTO stations (id, name, area_code, created_at) VALUES (?, ?, ?, ?)', [
        `bench-st-${s}`,
        `站${s}`,
        '522626',
        at,
      ]);
  });
  const filled = (text: string) =>
    `replace(replace(replace(replace(${text}, '@ID@', ${synthId('9000', 'i')}), '@MID@', ${synthId('8000', 'i')}),
       '@IDN@', CAST(100000000000000000 + i AS TEXT)), '@ST@', 'bench-st-' || (i % ${STATIONS}))`;
  for (let from = 1; from <= count; from += PART) {
    const to = Math.min(count, from + PART - 1);
    const rows = `WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${to})`;
    await db.transaction(async (sql) => {
      await sql.run(
        `${rows} INSERT INTO mutations (id, table_name, record_id, op, hlc, fields, author_station_id, owner_station_id,
           enrollment_id, shared, received_at)
         SELECT ${synthId('8000', 'i')}, 'seekers', ${synthId('9000', 'i')}, 'upsert', ?, ${filled('?')},
           'bench-st-' || (i % ${STATIONS}), 'bench-st-' || (i % ${STATIONS}), 'bench-en-' || (i % ${STATIONS}), 0, ?
         FROM n`,
        [hlc, JSON.stringify(fields), at],
      );
      await sql.run(
        `${rows} INSERT INTO records (table_name, record_id, owner_station_id, state, id_number, deleted)
         SELECT 'seekers', ${synthId('9000', 'i')}, 'bench-st-' || (i % ${STATIONS}), ${filled('?')},
           CAST(100000000000000000 + i AS TEXT), 0
         FROM n`,
        [state],
      );
    });
    log(`sync bench: county pre-filled with ${to.toLocaleString('en')} changes …`);
  }
  if (db.dialect === 'postgres') await db.transaction((sql) => sql.run('ANALYZE'));
}

/** Day one's people as new records of `stationId`, then an edit of each. */
function pushes(records: readonly Seeker[], stationId: string): Mutation[] {
  const base = Date.now() - 2 * records.length;
  let tick = 0;
  const next = () => encodeHlc({ ms: base + (tick += 1), counter: 0, node: 'bench' });
  const upsert = (r: Seeker, fields: Record<string, unknown>): Mutation => ({
    id: uuidv7(),
    table: 'seekers',
    recordId: r.id,
    op: 'upsert',
    hlc: next(),
    fields,
  });
  const added = records.map((r) => upsert(r, changedFields(undefined, { ...r, stationId })));
  const edited = records.map((r, i) => upsert(r, { phone: `139${String(10_000_000 + i).slice(-8)}` }));
  return [...added, ...edited];
}

export interface IngestHttp {
  readonly perSecond: number;
  /** per second of this process's CPU time (server and client both; the load of other programs left out) */
  readonly perCpuSecond: number;
  readonly mutations: number;
  readonly pushes: number;
  readonly prefillSeconds: number;
}

/** Prefills `db`, starts the county server on it, and times the pushes of `records` over HTTP. */
export async function ingestOverHttp(
  db: Database,
  records: readonly Seeker[],
  log: (line: string) => void,
  prefilled = PREFILLED,
): Promise<IngestHttp> {
  const service = createService(db, { adminToken: ADMIN });
  await service.init();
  const filling = performance.now();
  await prefill(db, records[0] as Seeker, prefilled, log);
  const prefillSeconds = (performance.now() - filling) / 1000;
  const app = await buildApp({ service, version: 'bench', rateLimitPerMinute: 1_000_000, enrollLimitPerMinute: 1_000 });
  try {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const { enrollmentCode } = await service.addStation({ name: '幸福村就业服务站', areaCode: '522626' });
    const { stationId, token } = await service.enroll({ enrollmentCode, deviceName: 'bench' });
    const all = pushes(records, stationId);
    // Bodies as the app sends them (compact layout 2, gzip), made before the clock starts.
    const bodies: { body: Uint8Array<ArrayBuffer>; count: number }[] = [];
    for (let i = 0; i < all.length; i += MAX_MUTATIONS_PER_PUSH) {
      const batch = all.slice(i, i + MAX_MUTATIONS_PER_PUSH);
      bodies.push({
        body: new Uint8Array(gzipSync(JSON.stringify(encodeCompact(SCHEMA_VERSION, batch, 2)))),
        count: batch.length,
      });
    }
    const headers = {
      authorization: `Bearer ${token}`,
      'content-type': COMPACT_CONTENT_TYPE,
      'content-encoding': 'gzip',
      [EPOCH_HEADER]: service.epoch,
    };
    log(`sync bench: ${bodies.length} pushes of ${MAX_MUTATIONS_PER_PUSH.toLocaleString('en')} over HTTP …`);
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const { body, count } of bodies) {
      const response = await fetch(`${url}/api/v1/sync/push`, { method: 'POST', headers, body });
      const text = await response.text();
      if (!response.ok) throw new Error(`push answered ${response.status}: ${text.slice(0, 300)}`);
      const { statuses } = compactResultsSchema.parse(JSON.parse(text));
      if (statuses !== 'a'.repeat(count)) throw new Error(`push did not apply everything: ${text.slice(0, 300)}`);
    }
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    return {
      perSecond: all.length / seconds,
      perCpuSecond: all.length / cpuSeconds,
      mutations: all.length,
      pushes: bodies.length,
      prefillSeconds,
    };
  } finally {
    await app.close();
    await db.close();
  }
}
