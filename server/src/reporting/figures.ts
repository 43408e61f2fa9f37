import { GROUPS } from '#shared/entities/seeker';
import { SEVERITIES } from '#shared/entities/stored-finding';
import type { LedgerFilter, LedgerName } from './ledger-source';

/** Which of the filter's dates a figure reads: the period, only its end (a stock), or none (now). */
export type FigureDates = 'period' | 'to' | 'none';

/**
 * One dashboard figure: the ledger and the ledger's own filters that list the records behind it. The figure is
 * the number of rows that drill-down lists (or, for `sum`, the column's total over them): one definition
 * for both, so a figure and its list never disagree.
 */
export interface Figure {
  readonly key: string;
  readonly ledger: Exclude<LedgerName, 'stations'>;
  readonly own: Readonly<Record<string, string>>;
  readonly dates: FigureDates;
  readonly sum?: string;
}

/** County-wide (or for an area) a person counts once: one row per ID number. With a station, its records. */
const perPerson = (filter: LedgerFilter): Record<string, string> => (filter.station ? {} : { perPerson: '1' });

export function figures(filter: LedgerFilter): readonly Figure[] {
  const person = perPerson(filter);
  return [
    { key: 'seekers.registered', ledger: 'seekers', own: person, dates: 'period' },
    { key: 'seekers.active', ledger: 'seekers', own: { ...person, status: 'active' }, dates: 'to' },
    ...GROUPS.map((g): Figure => ({
      key: `seekers.byPriorityGroup.${g}`,
      ledger: 'seekers',
      own: { ...person, group: g },
      dates: 'period',
    })),
    { key: 'referrals.made', ledger: 'placements', own: { only: 'referrals' }, dates: 'period' },
    { key: 'referrals.hired', ledger: 'placements', own: { only: 'referrals', hired: '1' }, dates: 'period' },
    { key: 'placements.started', ledger: 'placements', own: { only: 'placements' }, dates: 'period' },
    {
      key: 'placements.retained3m',
      ledger: 'placements',
      own: { only: 'placements', retained3m: '1' },
      dates: 'period',
    },
    { key: 'jobs.open', ledger: 'jobs', own: { status: 'open' }, dates: 'none' },
    { key: 'jobs.positions', ledger: 'jobs', own: { status: 'open' }, dates: 'none', sum: 'positions' },
    { key: 'training.enrolments', ledger: 'trainees', own: { status: 'taken' }, dates: 'period' },
    { key: 'training.completions', ledger: 'trainees', own: { completed: '1' }, dates: 'period' },
    { key: 'training.certificates', ledger: 'trainees', own: { certificate: '1' }, dates: 'period' },
    { key: 'training.subsidyEligible', ledger: 'subsidy-claims', own: {}, dates: 'period' },
    ...SEVERITIES.map((s): Figure => ({
      key: `rights.openFindings.${s}`,
      ledger: 'rights-findings',
      own: { severity: s },
      dates: 'none',
    })),
    { key: 'followUps.due', ledger: 'visits', own: { status: 'due' }, dates: 'none' },
    { key: 'followUps.overdue', ledger: 'visits', own: { status: 'overdue' }, dates: 'none' },
  ];
}

/** The ledger filter a figure counts over. */
export function figureFilter(figure: Figure, filter: LedgerFilter): LedgerFilter {
  const where: LedgerFilter = {
    ...(filter.station ? { station: filter.station } : {}),
    ...(filter.area ? { area: filter.area } : {}),
    ...(figure.dates === 'period' && filter.from ? { from: filter.from } : {}),
    ...(figure.dates !== 'none' && filter.to ? { to: filter.to } : {}),
  };
  return Object.keys(figure.own).length > 0 ? { ...where, own: figure.own } : where;
}

/** A drill-down as the console links it: the ledger and its query parameters. */
export interface Drill {
  readonly ledger: string;
  readonly filter: Readonly<Record<string, string>>;
}

export function drillOf(figure: Figure, filter: LedgerFilter): Drill {
  const { own, ...common } = figureFilter(figure, filter);
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(common)) if (typeof v === 'string') flat[k] = v;
  return { ledger: figure.ledger, filter: { ...flat, ...own } };
}
