import { z } from 'zod';
import { areaCodeSchema } from '#shared/entities/station';
import { nameSchema } from '#shared/entities/base';
import { decodeHlc, MAX_CLOCK_DRIFT_MS } from '#shared/sync/hlc';
import { applyMutation, EMPTY_RECORD, type MergedRecord } from '#shared/sync/merge';
import type { Mutation } from '#shared/sync/mutation';
import type { PushResult } from '#shared/sync/batch';
import type { Change } from '#shared/sync/wire';
import { isCountyOffice } from '#shared/sync/tables';
import { v7 as uuidv7 } from 'uuid';
import { decodeState, encodeState } from './record-state';
import { hashSecret, newEnrollmentCode, newToken, normalizeEnrollmentCode, sameHash } from './tokens';
import { describeIssues, serverTable } from './tables';
import { appendTo, chunk, placeholders, valuesList, type Database, type Row, type Sql } from './store/sql';

/** A refusal the HTTP layer turns into a 4xx with a message in English and Chinese. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

export type Caller =
  { readonly kind: 'admin' } | { readonly kind: 'station'; readonly stationId: string; readonly enrollmentId: string };

export interface ServiceOptions {
  readonly now?: () => number;
  /** How long an enrolment code stays valid. */
  readonly codeTtlMs?: number;
  /** An admin token to use (COUNTY_ADMIN_TOKEN); otherwise one is made at first start. */
  readonly adminToken?: string;
}

export const stationInputSchema = z.object({ name: nameSchema, areaCode: areaCodeSchema }).strict();
export const enrollBodySchema = z
  .object({
    enrollmentCode: z.string().min(1).max(40),
    deviceName: z.string().trim().min(1).max(80),
    /** Extension: a PC set up before it had a network keeps its own station id (see docs/sync.md). */
    stationId: z.uuid({ version: 'v7' }).optional(),
  })
  .strict();

interface RecordRow {
  readonly table: string;
  readonly recordId: string;
  readonly owner: string;
  readonly state: MergedRecord;
  readonly idNumber: string | null;
  readonly deleted: boolean;
}

interface Incoming {
  readonly m: Mutation;
  readonly stationId: string;
  readonly enrollmentId: string;
  readonly released?: boolean;
}

const key = (table: string, recordId: string) => `${table}\u0000${recordId}`;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface StationInfo {
  readonly id: string;
  readonly name: string;
  readonly areaCode: string;
  readonly createdAt: number;
  readonly enrolledAt: number | null;
  readonly lastPushAt: number | null;
  readonly lastPullAt: number | null;
  readonly devices: number;
  readonly mutations: number;
}

export type Service = ReturnType<typeof createService>;

export function createService(db: Database, options: ServiceOptions = {}) {
  const now = options.now ?? Date.now;
  const codeTtlMs = options.codeTtlMs ?? 14 * DAY_MS;
  let epoch = '';
  let adminHash = '';

  async function meta(sql: Sql, name: string): Promise<string | null> {
    const rows = await sql.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', [name]);
    return rows[0]?.value ?? null;
  }
  const setMeta = (sql: Sql, name: string, value: string) =>
    sql.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
      name,
      value,
    ]);

  /** Schema, epoch and admin token. Returns the admin token when it was just made (print it once). */
  async function init(): Promise<{ epoch: string; newAdminToken: string | null }> {
    await db.migrate();
    return db.transaction(async (sql) => {
      epoch = (await meta(sql, 'serverEpoch')) ?? '';
      if (!epoch) {
        epoch = uuidv7();
        await setMeta(sql, 'serverEpoch', epoch);
      }
      let newAdminToken: string | null = null;
      if (options.adminToken) {
        adminHash = hashSecret(options.adminToken);
        await setMeta(sql, 'adminTokenHash', adminHash);
      } else {
        adminHash = (await meta(sql, 'adminTokenHash')) ?? '';
        if (!adminHash) {
          newAdminToken = newToken();
          adminHash = hashSecret(newAdminToken);
          await setMeta(sql, 'adminTokenHash', adminHash);
        }
      }
      return { epoch, newAdminToken };
    });
  }

  async function authenticate(token: string | null): Promise<Caller | null> {
    if (!token || token.length > 200) return null;
    const hash = hashSecret(token);
    if (adminHash && sameHash(hash, adminHash)) return { kind: 'admin' };
    const rows = await db.transaction((sql) =>
      sql.all<{ id: string; station_id: string }>(
        'SELECT id, station_id FROM enrollments WHERE token_hash = ? AND revoked_at IS NULL',
        [hash],
      ),
    );
    const row = rows[0];
    return row ? { kind: 'station', stationId: row.station_id, enrollmentId: row.id } : null;
  }

  const insertStation = (sql: Sql, id: string, station: z.infer<typeof stationInputSchema>) =>
    sql.run('INSERT INTO stations (id, name, area_code, created_at) VALUES (?, ?, ?, ?)', [
      id,
      station.name,
      station.areaCode,
      now(),
    ]);

  async function issueCode(sql: Sql, stationId: string) {
    const enrollmentCode = newEnrollmentCode();
    const expiresAt = now() + codeTtlMs;
    await sql.run(
      'INSERT INTO enrollment_codes (code_hash, station_id, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, NULL)',
      [hashSecret(enrollmentCode), stationId, now(), expiresAt],
    );
    return { stationId, enrollmentCode, expiresAt };
  }

  async function addStation(input: unknown, id: string = uuidv7()) {
    const parsed = stationInputSchema.safeParse(input);
    if (!parsed.success)
      throw new ServiceError(
        400,
        'station.invalid',
        `Invalid station: ${describeIssues(parsed.error)}`,
        `站点信息有误：${describeIssues(parsed.error)}`,
      );
    return db.transaction(async (sql) => {
      await insertStation(sql, id, parsed.data);
      return issueCode(sql, id);
    });
  }

  async function newCode(stationId: string) {
    return db.transaction(async (sql) => {
      const found = await sql.all('SELECT id FROM stations WHERE id = ?', [stationId]);
      if (found.length === 0)
        throw new ServiceError(404, 'station.unknown', `No station ${stationId}`, `没有这个站点：${stationId}`);
      return issueCode(sql, stationId);
    });
  }

  async function listStations(): Promise<StationInfo[]> {
    return db.transaction(async (sql) => {
      const rows = await sql.all<Row>(
        `SELECT s.id, s.name, s.area_code, s.created_at, s.enrolled_at, s.last_push_at, s.last_pull_at,
           (SELECT COUNT(*) FROM enrollments e WHERE e.station_id = s.id AND e.revoked_at IS NULL) AS devices,
           (SELECT COUNT(*) FROM mutations m WHERE m.author_station_id = s.id) AS mutations
         FROM stations s ORDER BY s.created_at, s.id`,
      );
      return rows.map((r) => ({
        id: String(r.id),
        name: String(r.name),
        areaCode: String(r.area_code),
        createdAt: Number(r.created_at),
        enrolledAt: r.enrolled_at == null ? null : Number(r.enrolled_at),
        lastPushAt: r.last_push_at == null ? null : Number(r.last_push_at),
        lastPullAt: r.last_pull_at == null ? null : Number(r.last_pull_at),
        devices: Number(r.devices),
        mutations: Number(r.mutations),
      }));
    });
  }

  async function enroll(body: z.infer<typeof enrollBodySchema>): Promise<{ stationId: string; token: string }> {
    const codeHash = hashSecret(normalizeEnrollmentCode(body.enrollmentCode));
    return db.transaction(async (sql) => {
      const code = (
        await sql.all<Row>('SELECT station_id, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?', [
          codeHash,
        ])
      )[0];
      if (!code)
        throw new ServiceError(
          403,
          'enroll.badCode',
          'This enrolment code is not known',
          '注册码不对，请核对后重新输入',
        );
      if (code.used_at != null)
        throw new ServiceError(
          403,
          'enroll.used',
          'This enrolment code has been used already',
          '这个注册码已经用过了，请向县里要一个新的',
        );
      if (Number(code.expires_at) < now())
        throw new ServiceError(
          403,
          'enroll.expired',
          'This enrolment code has expired',
          '这个注册码已过期，请向县里要一个新的',
        );
      let stationId = String(code.station_id);
      if (body.stationId && body.stationId !== stationId) {
        const station = (await sql.all<Row>('SELECT enrolled_at FROM stations WHERE id = ?', [stationId]))[0];
        const hasData =
          (await sql.all('SELECT 1 FROM mutations WHERE owner_station_id = ? LIMIT 1', [stationId])).length > 0;
        const taken = (await sql.all('SELECT 1 FROM stations WHERE id = ?', [body.stationId])).length > 0;
        if (station?.enrolled_at != null || hasData || taken) {
          throw new ServiceError(
            409,
            'enroll.stationMismatch',
            'This code belongs to a station that already has another identity',
            '这个注册码属于另一个站点，请向县里核对',
          );
        }
        // First enrolment of a PC set up offline: the county's entry takes the PC's station id.
        await sql.run('UPDATE stations SET id = ? WHERE id = ?', [body.stationId, stationId]);
        await sql.run('UPDATE enrollment_codes SET station_id = ? WHERE station_id = ?', [body.stationId, stationId]);
        stationId = body.stationId;
      }
      const token = newToken();
      await sql.run('UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ?', [now(), codeHash]);
      await sql.run(
        'INSERT INTO enrollments (id, station_id, token_hash, device_name, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)',
        [uuidv7(), stationId, hashSecret(token), body.deviceName, now()],
      );
      await sql.run('UPDATE stations SET enrolled_at = COALESCE(enrolled_at, ?) WHERE id = ?', [now(), stationId]);
      return { stationId, token };
    });
  }

  async function loadRecords(
    sql: Sql,
    wanted: readonly { table: string; recordId: string }[],
  ): Promise<Map<string, RecordRow>> {
    const out = new Map<string, RecordRow>();
    const byTable = new Map<string, string[]>();
    for (const w of wanted) appendTo(byTable, w.table, w.recordId);
    for (const [table, ids] of byTable) {
      for (const part of chunk([...new Set(ids)], 500)) {
        const rows = await sql.all<Row>(
          `SELECT record_id, owner_station_id, state, id_number, deleted FROM records WHERE table_name = ? AND record_id IN (${placeholders(part.length)})`,
          [table, ...part],
        );
        for (const r of rows) {
          out.set(key(table, String(r.record_id)), {
            table,
            recordId: String(r.record_id),
            owner: String(r.owner_station_id),
            state: decodeState(String(r.state)),
            idNumber: r.id_number == null ? null : String(r.id_number),
            deleted: Number(r.deleted) === 1,
          });
        }
      }
    }
    return out;
  }

  async function knownIds(sql: Sql, ids: readonly string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    for (const part of chunk([...new Set(ids)], 500)) {
      const list = placeholders(part.length);
      for (const r of await sql.all<{ id: string }>(
        `SELECT id FROM mutations WHERE id IN (${list}) UNION SELECT id FROM quarantine WHERE id IN (${list})`,
        [...part, ...part],
      )) {
        seen.add(r.id);
      }
    }
    return seen;
  }

  /** The one path every mutation takes (network push, USB bundle, quarantine release). */
  async function applyBatch(sql: Sql, items: readonly Incoming[]): Promise<PushResult[]> {
    const at = now();
    const seen = await knownIds(
      sql,
      items.filter((i) => !i.released).map((i) => i.m.id),
    );
    const states = await loadRecords(
      sql,
      items.map((i) => ({ table: i.m.table, recordId: i.m.recordId })),
    );
    const dirty = new Map<string, RecordRow>();
    const inserts: unknown[][] = [];
    const quarantined: unknown[][] = [];
    const results: PushResult[] = [];
    const reject = (id: string, code: string, message: string) =>
      results.push({ id, status: 'rejected', code, message });
    // Rule parameters steer every station's checks: only a county office (a station registered with a county
    // code) may push them. Area codes of the stations pushing such tables, read once per batch.
    const officeIds = [...new Set(items.filter((i) => serverTable(i.m.table)?.countyOffice).map((i) => i.stationId))];
    const offices = new Set<string>();
    for (const part of chunk(officeIds, 500)) {
      for (const r of await sql.all<{ id: string; area_code: string }>(
        `SELECT id, area_code FROM stations WHERE id IN (${placeholders(part.length)})`,
        part,
      )) {
        if (isCountyOffice(String(r.area_code))) offices.add(String(r.id));
      }
    }

    for (const item of items) {
      const { m } = item;
      if (seen.has(m.id)) {
        results.push({ id: m.id, status: 'duplicate' });
        continue;
      }
      const table = serverTable(m.table);
      if (!table) {
        reject(m.id, 'table.unknown', `Table "${m.table}" does not sync`);
        continue;
      }
      const fields = table.fields.safeParse(m.fields);
      if (!fields.success) {
        reject(m.id, 'schema', describeIssues(fields.error));
        continue;
      }
      if (m.fields.id !== undefined && m.fields.id !== m.recordId) {
        reject(m.id, 'schema', 'fields.id differs from recordId');
        continue;
      }
      const k = key(m.table, m.recordId);
      const existing = dirty.get(k) ?? states.get(k);
      const claimed = m.fields.stationId;
      if ((claimed !== undefined && claimed !== item.stationId) || (existing && existing.owner !== item.stationId)) {
        reject(m.id, 'scope', 'A station may change only its own records');
        continue;
      }
      if (table.countyOffice && !offices.has(item.stationId)) {
        reject(m.id, 'scope', `Only the county office may change "${m.table}"`);
        continue;
      }
      if (table.kind === 'append' && (m.op === 'delete' || existing)) {
        reject(m.id, 'append-only', `"${m.table}" entries are written once and never changed`);
        continue;
      }
      seen.add(m.id);
      const wall = decodeHlc(m.hlc);
      const ahead = wall.ok ? wall.value.ms - at : 0;
      if (ahead > MAX_CLOCK_DRIFT_MS) {
        quarantined.push([
          m.id,
          JSON.stringify(m),
          item.stationId,
          item.enrollmentId,
          wall.ok ? wall.value.ms : at,
          at,
        ]);
        results.push({
          id: m.id,
          status: 'applied',
          code: 'quarantined',
          message: `Clock ${Math.round(ahead / 60_000)} minutes ahead: held until it is due`,
        });
        continue;
      }
      const state = applyMutation(existing?.state ?? EMPTY_RECORD, m);
      const idNumber =
        m.table === 'seekers' && typeof state.values.idNumber === 'string' ? state.values.idNumber : null;
      dirty.set(k, {
        table: m.table,
        recordId: m.recordId,
        owner: existing?.owner ?? item.stationId,
        state,
        idNumber,
        deleted: state.values.deleted === true,
      });
      inserts.push([
        m.id,
        m.table,
        m.recordId,
        m.op,
        m.hlc,
        JSON.stringify(m.fields),
        item.stationId,
        existing?.owner ?? item.stationId,
        item.enrollmentId,
        table.kind === 'county' ? 1 : 0,
        at,
      ]);
      results.push({ id: m.id, status: 'applied' });
    }

    for (const part of chunk(inserts, 400)) {
      await sql.run(
        `INSERT INTO mutations (id, table_name, record_id, op, hlc, fields, author_station_id, owner_station_id, enrollment_id, shared, received_at) VALUES ${valuesList(part.length, 11)}`,
        part.flat(),
      );
    }
    const records = [...dirty.values()];
    for (const part of chunk(records, 500)) {
      await sql.run(
        `INSERT INTO records (table_name, record_id, owner_station_id, state, id_number, deleted) VALUES ${valuesList(part.length, 6)}
         ON CONFLICT (table_name, record_id) DO UPDATE SET state = excluded.state, id_number = excluded.id_number, deleted = excluded.deleted`,
        part.flatMap((r) => [r.table, r.recordId, r.owner, encodeState(r.state), r.idNumber, r.deleted ? 1 : 0]),
      );
    }
    for (const part of chunk(quarantined, 400)) {
      await sql.run(
        `INSERT INTO quarantine (id, mutation, station_id, enrollment_id, wall_ms, received_at) VALUES ${valuesList(part.length, 6)}`,
        part.flat(),
      );
    }
    await queueDuplicates(
      sql,
      records.filter((r) => r.idNumber && !r.deleted),
      at,
    );
    return results;
  }

  /** Two live seekers with one national ID → one queue entry per pair, for the county admin to merge. */
  async function queueDuplicates(sql: Sql, seekers: readonly RecordRow[], at: number) {
    const numbers = [...new Set(seekers.map((s) => s.idNumber as string))];
    for (const part of chunk(numbers, 500)) {
      const rows = await sql.all<Row>(
        `SELECT record_id, owner_station_id, id_number FROM records WHERE table_name = 'seekers' AND deleted = 0 AND id_number IN (${placeholders(part.length)})`,
        part,
      );
      const groups = new Map<string, { recordId: string; station: string }[]>();
      for (const r of rows)
        appendTo(groups, String(r.id_number), { recordId: String(r.record_id), station: String(r.owner_station_id) });
      for (const [idNumber, group] of groups) {
        const sorted = group.sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
        for (let i = 0; i < sorted.length; i += 1) {
          for (let j = i + 1; j < sorted.length; j += 1) {
            const a = sorted[i] as { recordId: string; station: string };
            const b = sorted[j] as { recordId: string; station: string };
            await sql.run(
              `INSERT INTO duplicates (id, id_number, record_a, station_a, record_b, station_b, found_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
               ON CONFLICT (record_a, record_b) DO NOTHING`,
              [uuidv7(), idNumber, a.recordId, a.station, b.recordId, b.station, at],
            );
          }
        }
      }
    }
  }

  /** Quarantined mutations whose clock is no longer more than a day ahead go through the normal path. */
  async function releaseQuarantine(sql: Sql) {
    const due = await sql.all<Row>(
      'SELECT id, mutation, station_id, enrollment_id FROM quarantine WHERE wall_ms <= ? ORDER BY wall_ms, id',
      [now() + MAX_CLOCK_DRIFT_MS],
    );
    if (due.length === 0) return;
    await sql.run(
      `DELETE FROM quarantine WHERE id IN (${placeholders(due.length)})`,
      due.map((d) => d.id),
    );
    await applyBatch(
      sql,
      due.map((d) => ({
        m: JSON.parse(String(d.mutation)) as Mutation,
        stationId: String(d.station_id),
        enrollmentId: String(d.enrollment_id),
        released: true,
      })),
    );
  }

  async function push(caller: Caller, mutations: readonly Mutation[]): Promise<PushResult[]> {
    if (caller.kind !== 'station')
      throw new ServiceError(
        403,
        'push.adminNoStation',
        'The county admin token cannot push station records',
        '县管理员令牌不能上传站点数据',
      );
    return db.transaction(async (sql) => {
      await releaseQuarantine(sql);
      const results = await applyBatch(
        sql,
        mutations.map((m) => ({ m, stationId: caller.stationId, enrollmentId: caller.enrollmentId })),
      );
      await sql.run('UPDATE stations SET last_push_at = ? WHERE id = ?', [now(), caller.stationId]);
      return results;
    });
  }

  /** A file carried on a USB stick: the same path as a push, on behalf of the station that made it. */
  async function importBundle(
    stationId: string,
    station: { name: string; areaCode: string } | null,
    mutations: readonly Mutation[],
  ) {
    return db.transaction(async (sql) => {
      let created = false;
      if ((await sql.all('SELECT 1 FROM stations WHERE id = ?', [stationId])).length === 0) {
        const parsed = stationInputSchema.safeParse(station);
        if (!parsed.success)
          throw new ServiceError(
            400,
            'bundle.station',
            'Unknown station and no valid station details in the bundle',
            '文件里的站点未登记，也没有有效的站点信息',
          );
        await insertStation(sql, stationId, parsed.data);
        created = true;
      }
      await releaseQuarantine(sql);
      const results: PushResult[] = [];
      for (const part of chunk(mutations, 2_000))
        results.push(
          ...(await applyBatch(
            sql,
            part.map((m) => ({ m, stationId, enrollmentId: `bundle:${stationId}` })),
          )),
        );
      return { created, results };
    });
  }

  async function pull(
    caller: Caller,
    since: number,
    limit: number,
  ): Promise<{ changes: Change[]; nextSince: number; hasMore: boolean }> {
    return db.transaction(async (sql) => {
      await releaseQuarantine(sql);
      const columns = 'seq, table_name, record_id, op, hlc, fields, author_station_id';
      const rows =
        caller.kind === 'admin'
          ? await sql.all<Row>(`SELECT ${columns} FROM mutations WHERE seq > ? ORDER BY seq LIMIT ?`, [since, limit])
          : await sql.all<Row>(
              `SELECT ${columns} FROM mutations WHERE seq > ? AND (owner_station_id = ? OR shared = 1) AND enrollment_id <> ? ORDER BY seq LIMIT ?`,
              [since, caller.stationId, caller.enrollmentId, limit],
            );
      const hasMore = rows.length === limit;
      const max = Number((await sql.all<Row>('SELECT MAX(seq) AS m FROM mutations'))[0]?.m ?? 0);
      const nextSince = hasMore ? Number(rows.at(-1)?.seq) : max;
      if (caller.kind === 'station')
        await sql.run('UPDATE stations SET last_pull_at = ? WHERE id = ?', [now(), caller.stationId]);
      const changes: Change[] = rows.map((r) => ({
        seq: Number(r.seq),
        table: String(r.table_name),
        recordId: String(r.record_id),
        op: r.op === 'delete' ? 'delete' : 'upsert',
        hlc: String(r.hlc),
        fields: JSON.parse(String(r.fields)) as Record<string, unknown>,
        stationId: String(r.author_station_id),
      }));
      return { changes, nextSince, hasMore };
    });
  }

  async function duplicates() {
    return db.transaction((sql) =>
      sql.all<Row>(
        'SELECT id, id_number, record_a, station_a, record_b, station_b, found_at, resolved_at FROM duplicates ORDER BY found_at, id',
      ),
    );
  }

  async function quarantine() {
    return db.transaction((sql) =>
      sql.all<Row>('SELECT id, station_id, wall_ms, received_at, mutation FROM quarantine ORDER BY wall_ms, id'),
    );
  }

  /** The merged state of one record (admin dashboards and exports read these). */
  async function record(table: string, recordId: string): Promise<Record<string, unknown> | null> {
    const found = await db.transaction((sql) => loadRecords(sql, [{ table, recordId }]));
    return found.get(key(table, recordId))?.state.values ?? null;
  }

  return {
    init,
    get epoch() {
      return epoch;
    },
    authenticate,
    addStation,
    newCode,
    listStations,
    enroll,
    push,
    pull,
    importBundle,
    duplicates,
    quarantine,
    record,
    /** After a restore: a new epoch tells every station to push again what it holds. */
    async renewEpoch() {
      epoch = uuidv7();
      await db.transaction((sql) => setMeta(sql, 'serverEpoch', epoch));
      return epoch;
    },
  };
}
