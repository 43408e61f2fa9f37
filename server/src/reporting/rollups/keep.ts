import { appendTo, chunk, insertRows, placeholders, type Row, type Sql } from '../../store/sql';
import { text, type ProjectionSource } from '../project-values';
import { FACTS, factKeys, factRows, type FactSpec, type TouchKind } from './facts';
import { FILL_PEOPLE, recountPeople } from './people';

/** The roll-up tables (migration 008), in an order a restore can load them in. */
export const ROLLUP_TABLES = ['report_roll_village', 'report_roll_station', 'report_roll_people', 'report_roll_county'];

const VILLAGE_COLUMNS = 'figure, station_id, village_code, month, ready_on, n';

const stationFromVillage = (where = '') =>
  `INSERT INTO report_roll_station (figure, station_id, month, ready_on, n)
   SELECT figure, station_id, month, ready_on, SUM(n) FROM report_roll_village ${where}
   GROUP BY figure, station_id, month, ready_on`;

/** Fills every roll-up from the reporting tables, which must be empty of roll-ups: INSERT … SELECT … GROUP BY. */
export const FILL_ROLLUPS: readonly string[] = [
  ...FACTS.map((spec) => `INSERT INTO report_roll_village (${VILLAGE_COLUMNS}) ${factRows(spec)}`),
  stationFromVillage(),
  ...FILL_PEOPLE,
];

/** Empties the roll-ups and fills them again from the reporting tables (nothing is pending after). */
export async function rebuildRollups(sql: Sql): Promise<void> {
  for (const table of [...ROLLUP_TABLES, PENDING_TABLE]) await sql.run(`DELETE FROM ${table}`);
  for (const statement of FILL_ROLLUPS) await sql.run(statement);
}

/** The records a merge changed, by what the roll-ups read of them. */
export type Touch = Record<TouchKind, Set<string>>;

/** No record changed yet. */
export const emptyTouch = (): Touch => ({
  seekers: new Set(),
  referrals: new Set(),
  placements: new Set(),
  enrolments: new Set(),
  courses: new Set(),
});

export function touchOf(sources: readonly ProjectionSource[]): Touch {
  const touch = emptyTouch();
  for (const s of sources) {
    if (s.table === 'attendance') {
      const enrolment = text(s.state.values.enrolmentId);
      if (enrolment) touch.enrolments.add(enrolment);
    } else if (s.table in touch) touch[s.table as TouchKind].add(s.recordId);
  }
  return touch;
}

/**
 * The records whose rows must be looked at before a merge writes: all it touches but those written for the
 * first time, which have no rows of their own yet. Rows of other records joined to such a record (a referral
 * that arrived before its seeker) keep their station and month through the write, and are found from the
 * touched record after it.
 */
export function touchBefore(sources: readonly ProjectionSource[]): Touch {
  const first = new Set(sources.filter((s) => s.firstWrite).map((s) => `${s.table}/${s.recordId}`));
  const touch = touchOf(sources);
  if (first.size === 0) return touch;
  for (const kind of Object.keys(touch) as TouchKind[])
    for (const id of touch[kind]) if (first.has(`${kind}/${id}`)) touch[kind].delete(id);
  return touch;
}

/** What a merge may move: per fact spec its (station, month) keys, and the persons counted county-wide. */
export interface RollKeys {
  readonly facts: Map<FactSpec, Set<string>>;
  readonly persons: Set<string>;
}

const IDS = 400;

/** A (station, month) key as one text: `station/YYYY-MM` (a month holds no slash). */
const factKey = (station: string, month: string): string => `${station}/${month}`;
const splitFactKey = (key: string): [string, string] => {
  const at = key.lastIndexOf('/');
  return [key.slice(0, at), key.slice(at + 1)];
};

interface Lookup {
  readonly spec: FactSpec;
  readonly column: string;
  readonly specs: FactSpec[];
}

/** The specs reading rows of one kind of record, one look-up for specs reading the same rows on the same date. */
function lookupsOf(kind: TouchKind): Lookup[] {
  const parts = new Map<string, Lookup>();
  for (const spec of FACTS) {
    const column = spec.touchedBy[kind];
    if (!column) continue;
    const sig = `${spec.from}|${spec.station}|${spec.date}|${column}`;
    const part = parts.get(sig);
    if (part) part.specs.push(spec);
    else parts.set(sig, { spec, column, specs: [spec] });
  }
  return [...parts.values()];
}

/** The keys these records' rows fall in now (read before a merge writes). */
export async function rollKeys(sql: Sql, touch: Touch): Promise<RollKeys> {
  const keys: RollKeys = { facts: new Map(FACTS.map((spec) => [spec, new Set<string>()])), persons: new Set() };
  for (const kind of Object.keys(touch) as TouchKind[]) {
    const ids = [...touch[kind]];
    if (ids.length === 0) continue;
    const list = lookupsOf(kind);
    for (const few of chunk(ids, Math.max(1, Math.floor(IDS / list.length)))) {
      const union = list
        .map((p, i) => `SELECT ${i} AS k, station_id, month FROM (${factKeys(p.spec, p.column, few.length)}) q${i}`)
        .join(' UNION ALL ');
      for (const r of await sql.all<Row>(
        union,
        list.flatMap(() => few),
      ))
        for (const spec of list[Number(r.k)]?.specs ?? [])
          keys.facts.get(spec)?.add(factKey(String(r.station_id), String(r.month)));
    }
  }
  for (const part of chunk([...touch.seekers], IDS))
    for (const r of await sql.all<{ person_key: string }>(
      `SELECT DISTINCT person_key FROM report_seekers WHERE id IN (${placeholders(part.length)})`,
      part,
    ))
      keys.persons.add(String(r.person_key));
  return keys;
}

type Part = { readonly spec: FactSpec; readonly keys: readonly (readonly [string, string])[] };

/** The village roll-up rows of these parts' keys: a condition on the roll-up tables and its values. */
function rollWhere(parts: readonly Part[]): { sql: string; params: string[] } {
  const sql = parts
    .map(
      (p) =>
        `(figure IN (${placeholders(p.spec.figures.length)}) AND (${p.keys.map(() => '(station_id = ? AND month = ?)').join(' OR ')}))`,
    )
    .join(' OR ');
  return { sql: `WHERE ${sql}`, params: parts.flatMap((p) => [...p.spec.figures, ...p.keys.flat()]) };
}

/** Counts these parts' (station, month) keys again: four statements for all of them. */
async function recountParts(sql: Sql, parts: readonly Part[]): Promise<void> {
  const where = rollWhere(parts);
  await sql.run(`DELETE FROM report_roll_village ${where.sql}`, where.params);
  await sql.run(`DELETE FROM report_roll_station ${where.sql}`, where.params);
  const selects = parts.map(({ spec, keys }) => {
    const stations = [...new Set(keys.map(([station]) => station))];
    const months = keys.map(([, month]) => month).sort();
    const records = keys.map(() => `(${spec.station} = ? AND substr(${spec.date}, 1, 7) = ?)`).join(' OR ');
    return {
      sql: factRows(spec, [
        `${spec.station} IN (${placeholders(stations.length)})`,
        `${spec.date} >= ?`,
        `${spec.date} <= ?`,
        `(${records})`,
      ]),
      params: [...stations, `${months[0]}-01`, `${months.at(-1)}-31`, ...keys.flat()],
    };
  });
  await sql.run(
    `INSERT INTO report_roll_village (${VILLAGE_COLUMNS}) ${selects.map((q) => q.sql).join(' UNION ALL ')}`,
    selects.flatMap((q) => q.params),
  );
  await sql.run(stationFromVillage(where.sql), where.params);
}

/** Brings the roll-ups in step for the keys read before and after the merge wrote the reporting tables. */
export async function recountRollups(sql: Sql, keys: RollKeys): Promise<void> {
  let batch: Part[] = [];
  let size = 0;
  for (const [spec, set] of keys.facts)
    for (const few of chunk([...set], 100)) {
      batch.push({ spec, keys: few.map(splitFactKey) });
      size += few.length;
      if (size >= 100) {
        await recountParts(sql, batch);
        batch = [];
        size = 0;
      }
    }
  if (batch.length > 0) await recountParts(sql, batch);
  for (const part of chunk([...keys.persons], IDS)) await recountPeople((s, p) => sql.run(s, p), part);
}

/** The roll-up keys a merge moved and that are not counted again yet (migration 011). */
export const PENDING_TABLE = 'report_roll_pending';

/** `part` of a pending person (the rest name a fact spec by its first figure). */
const PEOPLE_PART = 'people';

const partOf = (spec: FactSpec): string => spec.figures[0] ?? '';
const SPEC_BY_PART = new Map(FACTS.map((spec) => [partOf(spec), spec]));

/** The pending part naming the records of one kind a merge touched (the keys their rows fall in after it). */
const touchedPart = (kind: TouchKind): string => `touched:${kind}`;
const TOUCH_KINDS = Object.keys(emptyTouch()) as TouchKind[];

/** Writes down as waiting these keys, and the records touched (a row already waiting stays one row). */
async function markPending(sql: Sql, keys: RollKeys, touch: Touch): Promise<void> {
  const rows: [string, string][] = [];
  for (const [spec, set] of keys.facts) for (const key of set) rows.push([partOf(spec), key]);
  for (const person of keys.persons) rows.push([PEOPLE_PART, person]);
  for (const kind of TOUCH_KINDS) for (const id of touch[kind]) rows.push([touchedPart(kind), id]);
  await insertRows(
    sql,
    PENDING_TABLE,
    rows.map(([part, key]) => ({ part, key })),
    ['part', 'key'],
  );
}

/**
 * Runs `write` (the merge's writes to the reporting tables) and notes, in the same transaction, every
 * (station, month) and person the rows of the records in `before` fall in before it, and which records of
 * `touch` it wrote: the roll-ups over those keys, and over the keys the touched records' rows fall in then, are
 * counted again by `catchUpRollups`, which every read of the roll-ups runs first and a job runs between merges.
 * A merge so pays for reading its records' old keys and writing down their ids, not for counting; a key many
 * merges move is counted once.
 */
export async function keepRollups(sql: Sql, touch: Touch, before: Touch, write: () => Promise<void>): Promise<void> {
  const keys = await rollKeys(sql, before);
  await write();
  await markPending(sql, keys, touch);
}

/**
 * Turns the touched records waiting into the keys and persons their rows fall in now, one statement a look-up,
 * each read from the waiting ids out (SQLite keeps the left side of a CROSS JOIN outside): the touched rows are
 * found by index, whatever the size of the tables.
 */
async function keysOfTouched(sql: Sql): Promise<void> {
  const conflict = `ON CONFLICT (part, key) DO NOTHING`;
  for (const kind of TOUCH_KINDS) {
    const touched = touchedPart(kind);
    if ((await sql.all(`SELECT 1 AS one FROM ${PENDING_TABLE} WHERE part = ? LIMIT 1`, [touched])).length === 0)
      continue;
    const from = (tables: string, column: string) =>
      `FROM ${PENDING_TABLE} t CROSS JOIN ${tables} WHERE t.part = ? AND t.key = ${column}`;
    for (const { spec, column, specs } of lookupsOf(kind))
      for (const one of specs)
        await sql.run(
          `INSERT INTO ${PENDING_TABLE} (part, key)
           SELECT DISTINCT ?, ${spec.station} || '/' || substr(${spec.date}, 1, 7) ${from(spec.from, column)}
             AND ${spec.date} IS NOT NULL ${conflict}`,
          [partOf(one), touched],
        );
    if (kind === 'seekers')
      await sql.run(
        `INSERT INTO ${PENDING_TABLE} (part, key)
         SELECT DISTINCT ?, s.person_key ${from('report_seekers s', 's.id')} AND s.person_key IS NOT NULL ${conflict}`,
        [PEOPLE_PART, touched],
      );
    await sql.run(`DELETE FROM ${PENDING_TABLE} WHERE part = ?`, [touched]);
  }
}

/**
 * Counts the pending keys again, at most `limit` of them (all by default), and takes them off the list, inside
 * the caller's transaction. Returns how many were counted. A part this version does not know (written by
 * another version of the roll-ups) has everything rebuilt.
 */
export async function catchUpRollups(sql: Sql, limit?: number): Promise<number> {
  await keysOfTouched(sql);
  const rows = await sql.all<{ part: string; key: string }>(
    `SELECT part, key FROM ${PENDING_TABLE} ORDER BY part, key${limit === undefined ? '' : ` LIMIT ${Math.max(1, Math.floor(limit))}`}`,
  );
  if (rows.length === 0) return 0;
  if (rows.some((r) => r.part !== PEOPLE_PART && !SPEC_BY_PART.has(String(r.part)))) {
    await rebuildRollups(sql);
    return rows.length;
  }
  const keys: RollKeys = { facts: new Map(), persons: new Set() };
  const byPart = new Map<string, string[]>();
  for (const { part, key } of rows) {
    appendTo(byPart, String(part), String(key));
    const spec = SPEC_BY_PART.get(String(part));
    if (spec) {
      const set = keys.facts.get(spec) ?? new Set<string>();
      set.add(String(key));
      keys.facts.set(spec, set);
    } else keys.persons.add(String(key));
  }
  await recountRollups(sql, keys);
  for (const [part, list] of byPart)
    for (const few of chunk(list, IDS))
      await sql.run(`DELETE FROM ${PENDING_TABLE} WHERE part = ? AND key IN (${placeholders(few.length)})`, [
        part,
        ...few,
      ]);
  return rows.length;
}
