import { GROUPS } from '#shared/entities/seeker';
import { SEVERITIES, type Severity } from '#shared/entities/stored-finding';
import type { Row, Sql } from '../store/sql';
import { drillOf, figureFilter, figures, type Drill, type Figure } from './figures';
import type { SqlLedger } from './ledger-engine';
import type { LedgerFilter, SummaryFigures } from './ledger-source';
import { rolledValue } from './rollups/read';

export type Ledgers = Readonly<Record<string, SqlLedger>>;

/** One figure's value (definitions: docs/county-console.md): from the monthly roll-ups where they hold it. */
export async function figureValue(
  sql: Sql,
  ledgers: Ledgers,
  figure: Figure,
  filter: LedgerFilter,
  today: string,
): Promise<number> {
  const ledger = ledgers[figure.ledger];
  if (!ledger) return 0;
  return rolledValue(sql, figure, filter, today, (part) => {
    const where = figureFilter(figure, part);
    return figure.sum ? ledger.sumIn(sql, where, figure.sum) : ledger.countIn(sql, where);
  });
}

/** Every figure's value (by key), counted inside one transaction. */
export async function figureValues(
  sql: Sql,
  ledgers: Ledgers,
  filter: LedgerFilter,
  today: string,
): Promise<Map<string, number>> {
  const values = new Map<string, number>();
  for (const figure of figures(filter))
    if (ledgers[figure.ledger]) values.set(figure.key, await figureValue(sql, ledgers, figure, filter, today));
  return values;
}

/** The stations the filter covers, with when each last pushed. */
async function stationsIn(sql: Sql, filter: LedgerFilter): Promise<SummaryFigures['stations']> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.station) {
    where.push('id = ?');
    params.push(filter.station);
  }
  if (filter.area) {
    where.push('area_code LIKE ?');
    params.push(`${filter.area}%`);
  }
  const rows = await sql.all<Row>(
    `SELECT id, name, last_push_at FROM stations ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name, id`,
    params,
  );
  return rows.map((r) => ({
    stationId: String(r.id),
    name: String(r.name),
    lastPushAt: r.last_push_at == null ? null : Number(r.last_push_at),
  }));
}

export interface SummaryAnswer extends SummaryFigures {
  /** the county's date the "now" figures are taken on */
  asOf: string;
  /** figure key → the ledger and filter listing the records behind it */
  drill: Record<string, Drill>;
}

/** The dashboard's figures for a period (definitions: docs/county-console.md). */
export async function summarise(
  sql: Sql,
  ledgers: Ledgers,
  filter: LedgerFilter,
  asOf: string,
): Promise<SummaryAnswer> {
  const v = await figureValues(sql, ledgers, filter, asOf);
  const n = (key: string): number => v.get(key) ?? 0;
  return {
    period: { from: filter.from ?? '', to: filter.to ?? '' },
    asOf,
    seekers: {
      registered: n('seekers.registered'),
      byPriorityGroup: Object.fromEntries(GROUPS.map((g) => [g, n(`seekers.byPriorityGroup.${g}`)])),
      active: n('seekers.active'),
    },
    referrals: { made: n('referrals.made'), hired: n('referrals.hired') },
    placements: { started: n('placements.started'), retained3m: n('placements.retained3m') },
    jobs: { open: n('jobs.open'), positions: n('jobs.positions') },
    training: {
      enrolments: n('training.enrolments'),
      completions: n('training.completions'),
      certificates: n('training.certificates'),
      subsidyEligible: n('training.subsidyEligible'),
    },
    rights: {
      openFindings: Object.fromEntries(SEVERITIES.map((s) => [s, n(`rights.openFindings.${s}`)])) as Record<
        Severity,
        number
      >,
    },
    followUps: { due: n('followUps.due'), overdue: n('followUps.overdue') },
    stations: await stationsIn(sql, filter),
    drill: Object.fromEntries(figures(filter).map((f) => [f.key, drillOf(f, filter)])),
  };
}
