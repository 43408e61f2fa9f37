import { SCHEDULED_VISITS } from '#shared/rights/follow-up';
import type { Row, Sql } from '../../store/sql';
import { BEIJING_OFFSET_MS } from '../exports/cells';
import { monthRange } from '../monthly/months';

/** A station's month: people registered, referrals made, placements started, scheduled visits made and on time. */
export interface StationMonth {
  readonly registrations: number;
  readonly referrals: number;
  readonly placements: number;
  readonly visits: number;
  readonly visitsOnTime: number;
}

export const EMPTY_MONTH: StationMonth = { registrations: 0, referrals: 0, placements: 0, visits: 0, visitsOnTime: 0 };

/** A merged record's field, as SQL reads it from the stored state (`{v: values, …}`) on either database. */
const field = (sql: Sql, name: string) =>
  sql.dialect === 'sqlite' ? `json_extract(r.state, '$.v.${name}')` : `(r.state::json->'v'->>'${name}')`;
const numberField = (sql: Sql, name: string) =>
  sql.dialect === 'sqlite' ? field(sql, name) : `CAST(${field(sql, name)} AS BIGINT)`;

async function countBy(sql: Sql, query: string, params: readonly unknown[]): Promise<Map<string, number>> {
  const rows = await sql.all<Row>(query, params);
  return new Map(rows.map((r) => [String(r.station), Number(r.n)]));
}

/**
 * Every station's figures for the month (`YYYY-MM`, Beijing), counted in SQL over the merged records: live
 * seekers created in the month, live referrals created in it, live placements starting in it; and the scheduled
 * visits (1 week, 1 month, 3 months) made in it, each on time when made by its due day (shared/rights'
 * schedule, the same rule the stations use).
 */
export async function stationMonths(sql: Sql, month: string): Promise<Map<string, StationMonth>> {
  const { from, to } = monthRange(month);
  const startMs = Date.parse(`${from}T00:00:00Z`) - BEIJING_OFFSET_MS;
  const endMs = Date.parse(`${to}T00:00:00Z`) + 24 * 60 * 60 * 1000 - BEIJING_OFFSET_MS;
  const created = (table: string) =>
    countBy(
      sql,
      `SELECT r.owner_station_id AS station, COUNT(*) AS n FROM records r
       WHERE r.table_name = ? AND r.deleted = 0 AND ${numberField(sql, 'createdAt')} >= ? AND ${numberField(sql, 'createdAt')} < ?
       GROUP BY r.owner_station_id`,
      [table, startMs, endMs],
    );
  const registrations = await created('seekers');
  const referrals = await created('referrals');
  const placements = await countBy(
    sql,
    `SELECT r.owner_station_id AS station, COUNT(*) AS n FROM records r
     WHERE r.table_name = 'placements' AND r.deleted = 0 AND ${field(sql, 'startDate')} BETWEEN ? AND ?
     GROUP BY r.owner_station_id`,
    [from, to],
  );
  const visits = await sql.all<Row>(
    `SELECT r.owner_station_id AS station, ${field(sql, 'kind')} AS kind, ${field(sql, 'visitedOn')} AS visited_on,
       ${field(sql, 'startDate').replaceAll('r.state', 'p.state')} AS start_date
     FROM records r LEFT JOIN records p ON p.table_name = 'placements' AND p.record_id = ${field(sql, 'placementId')}
     WHERE r.table_name = 'visits' AND r.deleted = 0 AND ${field(sql, 'kind')} <> 'extra'
       AND ${field(sql, 'visitedOn')} BETWEEN ? AND ?`,
    [from, to],
  );
  const visitCounts = new Map<string, { visits: number; visitsOnTime: number }>();
  for (const v of visits) {
    const station = String(v.station);
    const counts = visitCounts.get(station) ?? { visits: 0, visitsOnTime: 0 };
    counts.visits += 1;
    const due = SCHEDULED_VISITS.find((s) => s.kind === v.kind)?.due;
    if (due && v.start_date != null && String(v.visited_on) <= due(String(v.start_date))) counts.visitsOnTime += 1;
    visitCounts.set(station, counts);
  }
  const out = new Map<string, StationMonth>();
  for (const station of new Set([
    ...registrations.keys(),
    ...referrals.keys(),
    ...placements.keys(),
    ...visitCounts.keys(),
  ]))
    out.set(station, {
      registrations: registrations.get(station) ?? 0,
      referrals: referrals.get(station) ?? 0,
      placements: placements.get(station) ?? 0,
      ...(visitCounts.get(station) ?? { visits: 0, visitsOnTime: 0 }),
    });
  return out;
}
