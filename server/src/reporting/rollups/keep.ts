import { chunk, placeholders, type Row, type Sql } from '../../store/sql';
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

/** Empties the roll-ups and fills them again from the reporting tables. */
export async function rebuildRollups(sql: Sql): Promise<void> {
  for (const table of ROLLUP_TABLES) await sql.run(`DELETE FROM ${table}`);
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

/** What a merge may move: per fact spec its (station, month) keys, and the persons counted county-wide. */
export interface RollKeys {
  readonly facts: Map<FactSpec, Set<string>>;
  readonly persons: Set<string>;
}

const IDS = 400;

/** The keys these records' rows fall in, read now (call it before the merge writes and again after). */
export async function rollKeys(sql: Sql, touch: Touch, into?: RollKeys): Promise<RollKeys> {
  const keys: RollKeys = into ?? { facts: new Map(), persons: new Set() };
  for (const spec of FACTS) if (!keys.facts.has(spec)) keys.facts.set(spec, new Set());
  for (const kind of Object.keys(touch) as TouchKind[]) {
    const ids = [...touch[kind]];
    if (ids.length === 0) continue;
    // One look-up per kind of record: specs reading the same rows on the same date (made and hired) share one part.
    const parts = new Map<string, { spec: FactSpec; column: string; specs: FactSpec[] }>();
    for (const spec of FACTS) {
      const column = spec.touchedBy[kind];
      if (!column) continue;
      const sig = `${spec.from}|${spec.station}|${spec.date}|${column}`;
      const part = parts.get(sig);
      if (part) part.specs.push(spec);
      else parts.set(sig, { spec, column, specs: [spec] });
    }
    const list = [...parts.values()];
    for (const few of chunk(ids, Math.max(1, Math.floor(IDS / list.length)))) {
      const union = list
        .map((p, i) => `SELECT ${i} AS k, station_id, month FROM (${factKeys(p.spec, p.column, few.length)}) q${i}`)
        .join(' UNION ALL ');
      for (const r of await sql.all<Row>(
        union,
        list.flatMap(() => few),
      ))
        for (const spec of list[Number(r.k)]?.specs ?? [])
          keys.facts.get(spec)?.add(`${String(r.station_id)}\u0000${String(r.month)}`);
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
      batch.push({ spec, keys: few.map((key) => key.split('\u0000') as [string, string]) });
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

/**
 * Runs `write` (the merge's writes to the reporting tables) and keeps the roll-ups in step inside the same
 * transaction: every (station, month) a changed record's rows fell in before or fall in after is counted again,
 * and so is every person whose record changed.
 */
export async function keepRollups(sql: Sql, touch: Touch, write: () => Promise<void>): Promise<void> {
  const keys = await rollKeys(sql, touch);
  await write();
  await rollKeys(sql, touch, keys);
  await recountRollups(sql, keys);
}
