import { ServiceError } from '../service-error';
import type { Database } from '../store/sql';
import { figures } from './figures';
import { sqlLedger, type SqlLedger } from './ledger-engine';
import type { LedgerFilter, LedgerName, LedgerSource, Reporting, TrendMonth } from './ledger-source';
import { LEDGER_SPECS } from './ledgers/index';
import { beijingDate } from './project-values';
import { figureValue, summarise, type SummaryAnswer } from './summary';
import { monthsOf } from './months';

export interface ReportingOptions {
  readonly now: () => number;
  /** The `stations` ledger (站点), built with the stations API; without it, asking for that ledger is a 404. */
  readonly stations?: LedgerSource;
  /** Rows an export reads per transaction (1,000 unless a test asks for fewer). */
  readonly streamBatch?: number;
}

export interface CountyReporting extends Reporting {
  summary(filter: LedgerFilter): Promise<SummaryAnswer>;
  /** The county's date, `YYYY-MM-DD` in Beijing. */
  today(): string;
}

const TREND: Readonly<Record<Exclude<keyof TrendMonth, 'month'>, string>> = {
  registrations: 'seekers.registered',
  referrals: 'referrals.made',
  hires: 'referrals.hired',
  placementsStarted: 'placements.started',
  completions: 'training.completions',
};

function notBuilt(): never {
  throw new ServiceError(404, 'ledger.unavailable', 'This ledger is not available yet', '这个台账暂未开通');
}

/** The county console's figures and ledgers over the reporting tables. */
export function createReporting(db: Database, options: ReportingOptions): CountyReporting {
  const today = () => beijingDate(options.now());
  const ledgers: Record<string, SqlLedger> = Object.fromEntries(
    Object.entries(LEDGER_SPECS).map(([name, spec]) => [name, sqlLedger(db, spec, today, options.streamBatch)]),
  );
  const stations: LedgerSource = options.stations ?? {
    name: 'stations',
    titleZh: '站点',
    titleEn: 'Stations',
    rowIsZh: '每行一个站点',
    columns: [],
    page: async () => notBuilt(),
    stream: () => notBuilt(),
  };
  return {
    today,
    summary: (filter) => db.transaction((sql) => summarise(sql, ledgers, filter, today())),
    trend: (filter) =>
      db.transaction(async (sql) => {
        const wanted = figures(filter).filter((f) => Object.values(TREND).includes(f.key));
        const out: TrendMonth[] = [];
        for (const m of monthsOf(filter.from ?? today(), filter.to ?? today())) {
          const month: Record<string, number> = {};
          for (const f of wanted) {
            month[f.key] = await figureValue(sql, ledgers, f, { ...filter, from: m.from, to: m.to }, today());
          }
          const at = (k: keyof typeof TREND) => month[TREND[k]] ?? 0;
          out.push({
            month: m.month,
            registrations: at('registrations'),
            referrals: at('referrals'),
            hires: at('hires'),
            placementsStarted: at('placementsStarted'),
            completions: at('completions'),
          });
        }
        return out;
      }),
    ledger: (name: LedgerName) => (name === 'stations' ? stations : (ledgers[name] ?? notBuilt())),
  };
}
