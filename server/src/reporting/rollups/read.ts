import { daysInMonth } from '#shared/entities/common';
import type { Row, Sql } from '../../store/sql';
import type { Figure } from '../figures';
import type { LedgerFilter } from '../ledger-source';
import { AREA_STATIONS, startsWith } from '../ledger-sql';
import { ROLLED } from './facts';
import { nowValue } from './now';
import { AREA_LEVELS, inArea } from './people';

const keptArea = (area: string): boolean => (AREA_LEVELS as readonly number[]).includes(area.length);

type Span = readonly [string, string];

const monthEnd = (month: string): string =>
  `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;

function stepMonth(month: string, by: 1 | -1): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A period as the whole months inside it (`YYYY-MM` bounds) and the days before and after them. */
export interface PeriodParts {
  head: Span | null;
  months: Span | null;
  tail: Span | null;
}

export function splitPeriod(from: string, to: string): PeriodParts {
  let first = from.slice(0, 7);
  let last = to.slice(0, 7);
  const startsMonth = from.endsWith('-01');
  const endsMonth = to === monthEnd(last);
  if (first === last)
    return startsMonth && endsMonth
      ? { head: null, months: [first, last], tail: null }
      : { head: [from, to], months: null, tail: null };
  const parts: PeriodParts = { head: null, months: null, tail: null };
  if (!startsMonth) {
    parts.head = [from, monthEnd(first)];
    first = stepMonth(first, 1);
  }
  if (!endsMonth) {
    parts.tail = [`${last}-01`, to];
    last = stepMonth(last, -1);
  }
  if (first <= last) parts.months = [first, last];
  return parts;
}

const one = async (sql: Sql, statement: string, params: readonly unknown[]): Promise<number> =>
  Number((await sql.all<Row>(statement, params))[0]?.n ?? 0);

const IN_AREA = `station_id IN (${AREA_STATIONS})`;

/** An additive figure over whole months, summed from the station and village roll-ups. */
async function additive(sql: Sql, key: string, filter: LedgerFilter, [a, b]: Span, today: string): Promise<number> {
  const ready = key === 'training.subsidyEligible' ? { sql: ' AND ready_on <= ?', params: [today] } : null;
  const base = `figure = ? AND month >= ? AND month <= ?${ready?.sql ?? ''}`;
  const params = [key, a, b, ...(ready?.params ?? [])];
  const stations = 'SELECT COALESCE(SUM(n), 0) AS n FROM report_roll_station WHERE';
  if (filter.station) return one(sql, `${stations} ${base} AND station_id = ?`, [...params, filter.station]);
  if (!filter.area) return one(sql, `${stations} ${base}`, params);
  // A record is in the area by its station's area code, or else by its village code: the two parts are apart.
  const prefix = `${filter.area}%`;
  const village = startsWith('village_code', filter.area);
  return (
    (await one(sql, `${stations} ${base} AND ${IN_AREA}`, [...params, prefix])) +
    (await one(
      sql,
      `SELECT COALESCE(SUM(n), 0) AS n FROM report_roll_village WHERE ${base} AND ${village.sql} AND NOT ${IN_AREA}`,
      [...params, ...village.params, prefix],
    ))
  );
}

/** Counts a figure over a period directly from the reporting tables (its ledger's count). */
export type Exact = (filter: LedgerFilter) => Promise<number>;

/**
 * A figure's value: whole months from the roll-ups, the days either side of them (and whatever the roll-ups do
 * not hold: *now* figures, one-per-person counts in an area of another length, free text) counted directly.
 */
export async function rolledValue(
  sql: Sql,
  figure: Figure,
  filter: LedgerFilter,
  today: string,
  exact: Exact,
): Promise<number> {
  const { from, to, station, area } = filter;
  const perPerson = figure.own.perPerson === '1';
  // one-per-person figures are kept county-wide and for the areas of the kept lengths
  const personKey = !area ? figure.key : keptArea(area) ? inArea(figure.key, area) : null;
  if (figure.dates === 'none') return (await nowValue(sql, figure, filter, today)) ?? exact(filter);
  if (filter.q) return exact(filter);
  if (figure.dates === 'to')
    return figure.key === 'seekers.active' && perPerson && to && personKey
      ? one(sql, 'SELECT COALESCE(SUM(n), 0) AS n FROM report_roll_county WHERE figure = ? AND month <= ?', [
          personKey,
          to,
        ])
      : exact(filter);
  if (!from || !to || from > to || !ROLLED.has(figure.key) || (station && area) || (perPerson && !personKey))
    return exact(filter);
  const parts = splitPeriod(from, to);
  if (perPerson && personKey) {
    if (parts.head || parts.tail || !parts.months) return exact(filter);
    const [a, b] = parts.months;
    return one(
      sql,
      `SELECT COALESCE(SUM(n), 0) AS n FROM report_roll_county
       WHERE figure = ? AND month >= ? AND month <= ? AND prev_month < ?`,
      [personKey, a, b, a],
    );
  }
  let total = 0;
  if (parts.head) total += await exact({ ...filter, from: parts.head[0], to: parts.head[1] });
  if (parts.months) total += await additive(sql, figure.key, filter, parts.months, today);
  if (parts.tail) total += await exact({ ...filter, from: parts.tail[0], to: parts.tail[1] });
  return total;
}
