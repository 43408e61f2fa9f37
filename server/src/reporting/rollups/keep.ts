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

export function touchOf(sources: readonly ProjectionSource[]): Touch {
  const touch: Touch = {
    seekers: new Set(),
    referrals: new Set(),
    placements: new Set(),
    enrolments: new Set(),
    courses: new Set(),
  };
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
  // Specs reading the same records on the same date (made and hired, say) share one look-up.
  const seen = new Map<string, string[]>();
  for (const spec of FACTS) {
    const set = keys.facts.get(spec) ?? new Set<string>();
    keys.facts.set(spec, set);
    for (const [kind, column] of Object.entries(spec.touchedBy) as [TouchKind, string][]) {
      const ids = [...touch[kind]];
      if (ids.length === 0) continue;
      const sig = `${spec.from}|${spec.station}|${spec.date}|${column}`;
      let found = seen.get(sig);
      if (!found) {
        found = [];
        for (const part of chunk(ids, IDS))
          for (const r of await sql.all<Row>(factKeys(spec, column, part.length), part))
            found.push(`${String(r.station_id)}\u0000${String(r.month)}`);
        seen.set(sig, found);
      }
      for (const key of found) set.add(key);
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

/** Counts one spec's rows of these (station, month) keys again: four statements for all of them. */
async function recountKeys(sql: Sql, spec: FactSpec, keys: readonly (readonly [string, string])[]): Promise<void> {
  const pairs = keys.map(() => '(station_id = ? AND month = ?)').join(' OR ');
  const key = [...spec.figures, ...keys.flat()];
  const where = `WHERE figure IN (${placeholders(spec.figures.length)}) AND (${pairs})`;
  await sql.run(`DELETE FROM report_roll_village ${where}`, key);
  await sql.run(`DELETE FROM report_roll_station ${where}`, key);
  const stations = [...new Set(keys.map(([station]) => station))];
  const months = keys.map(([, month]) => month).sort();
  const records = keys.map(() => `(${spec.station} = ? AND substr(${spec.date}, 1, 7) = ?)`).join(' OR ');
  await sql.run(
    `INSERT INTO report_roll_village (${VILLAGE_COLUMNS})
     ${factRows(spec, [`${spec.station} IN (${placeholders(stations.length)})`, `${spec.date} >= ?`, `${spec.date} <= ?`, `(${records})`])}`,
    [...stations, `${months[0]}-01`, `${months.at(-1)}-31`, ...keys.flat()],
  );
  await sql.run(stationFromVillage(where), key);
}

/** Brings the roll-ups in step for the keys read before and after the merge wrote the reporting tables. */
export async function recountRollups(sql: Sql, keys: RollKeys): Promise<void> {
  for (const [spec, set] of keys.facts)
    for (const part of chunk([...set], 200))
      await recountKeys(
        sql,
        spec,
        part.map((key) => key.split('\u0000') as [string, string]),
      );
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
