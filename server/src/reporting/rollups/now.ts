import { addDays } from '#shared/rights/dates';
import type { Row, Sql } from '../../store/sql';
import type { Figure } from '../figures';
import { AREA_STATIONS, byArea, byStation, cond, livePerson, startsWith, whereClause, type Cond } from '../ledger-sql';
import type { LedgerFilter } from '../ledger-source';
import { DUE_AHEAD_DAYS } from '../ledgers/visits';

interface NowCount {
  readonly from: string;
  /** the from clause when an area is asked (the village code it reads) */
  readonly fromInArea: string;
  readonly what: string;
  /**
   * The column of the person a row is about, for a count whose table has an index leading with that column: the
   * rows of withdrawn people count nowhere. They are counted apart, from the withdrawn (few) through that index,
   * and taken off, so the count itself reads its index alone instead of looking up every row's person among
   * the withdrawn. (A table without such an index filters its rows one by one: `livePerson` in `where`.)
   */
  readonly person?: string;
  readonly where: (filter: LedgerFilter, today: string) => Cond[];
  /**
   * With an area, the count as parts that add up to it, each an index can answer (instead of one count over
   * every row the other conditions select).
   */
  readonly areaParts?: (filter: LedgerFilter & { area: string }, today: string) => { from: string; where: Cond[] }[];
}

const JOBS: Omit<NowCount, 'what'> = {
  from: 'report_jobs j',
  fromInArea: 'report_jobs j LEFT JOIN report_employers e ON e.id = j.employer_id',
  where: (filter) => [
    cond("j.status = 'open'"),
    ...byStation('j.station_id', filter),
    ...byArea('j.station_id', 'e.village_code', filter),
  ],
};

const findings = (severity: string): NowCount => ({
  from: 'report_open_findings o',
  fromInArea: 'report_open_findings o LEFT JOIN report_employers e ON e.id = o.employer_id',
  what: 'COUNT(*)',
  where: (filter) => [
    cond('o.severity = ?', severity),
    livePerson('o.seeker_id'),
    ...byStation('o.station_id', filter),
    ...byArea('o.station_id', 'e.village_code', filter),
  ],
});

const followUps = (overdue: boolean): NowCount => {
  const pending = (filter: LedgerFilter, today: string): Cond[] => [
    cond('f.active = 1 AND f.made = 0'),
    ...(overdue
      ? [cond('f.due_on < ?', today)]
      : [cond('f.due_on >= ? AND f.due_on <= ?', today, addDays(today, DUE_AHEAD_DAYS))]),
    ...byStation('f.station_id', filter),
  ];
  return {
    from: 'report_follow_ups f',
    fromInArea: 'report_follow_ups f LEFT JOIN report_seekers s ON s.id = f.seeker_id',
    what: 'COUNT(*)',
    person: 'f.seeker_id',
    where: (filter, today) => [...pending(filter, today), ...byArea('f.station_id', 's.village_code', filter)],
    // The visits of the area's stations, then those of other stations to people whose village is in the area
    // (read from the people of those villages).
    areaParts: (filter, today) => [
      {
        from: 'report_follow_ups f',
        where: [...pending(filter, today), cond(`f.station_id IN (${AREA_STATIONS})`, `${filter.area}%`)],
      },
      {
        from: 'report_seekers s JOIN report_follow_ups f ON f.seeker_id = s.id',
        where: [
          startsWith('s.village_code', filter.area),
          ...pending(filter, today),
          cond(
            `NOT EXISTS (SELECT 1 FROM stations st WHERE st.id = f.station_id AND st.area_code LIKE ?)`,
            `${filter.area}%`,
          ),
        ],
      },
    ],
  };
};

/**
 * The *now* figures counted straight from their reporting table (its indexes), with the same conditions as
 * their ledgers (`jobs`, `rights-findings`, `visits`) but none of the joins only the ledgers' rows need.
 */
const NOW: Readonly<Record<string, NowCount>> = {
  'jobs.open': { ...JOBS, what: 'COUNT(*)' },
  'jobs.positions': { ...JOBS, what: 'COALESCE(SUM(j.positions), 0)' },
  'rights.openFindings.critical': findings('critical'),
  'rights.openFindings.high': findings('high'),
  'rights.openFindings.medium': findings('medium'),
  'rights.openFindings.low': findings('low'),
  'followUps.due': followUps(false),
  'followUps.overdue': followUps(true),
};

/** A *now* figure's count, or null when it has none here (or the filter asks for free text). */
export async function nowValue(sql: Sql, figure: Figure, filter: LedgerFilter, today: string): Promise<number | null> {
  const count = NOW[figure.key];
  if (!count || filter.q) return null;
  const { area } = filter;
  const parts =
    area && count.areaParts
      ? count.areaParts({ ...filter, area }, today)
      : [{ from: area ? count.fromInArea : count.from, where: count.where(filter, today) }];
  const value = async (from: string, conds: readonly Cond[]): Promise<number> => {
    const where = whereClause(conds);
    const rows = await sql.all<Row>(`SELECT ${count.what} AS n FROM ${from} ${where.sql}`, where.params);
    return Number(rows[0]?.n ?? 0);
  };
  let total = 0;
  for (const part of parts) {
    total += await value(part.from, part.where);
    if (count.person)
      total -= await value(`${part.from} JOIN report_withdrawn w ON w.id = ${count.person}`, part.where);
  }
  return total;
}
