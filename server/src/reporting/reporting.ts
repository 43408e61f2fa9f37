import { ServiceError } from '../service-error';
import type { Database } from '../store/sql';
import { figures } from './figures';
import { sqlLedger, type SqlLedger } from './ledger-engine';
import type { LedgerFilter, LedgerName, LedgerSource, Reporting, TrendMonth } from './ledger-source';
import { LEDGER_SPECS } from './ledgers/index';
import { beijingDate } from './project-values';
import { figureValue, summarise, type SummaryAnswer } from './summary';
import { monthsOf } from './months';
import { catchUpRollups, PENDING_TABLE } from './rollups/keep';

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
  /**
   * Counts again the roll-up keys merges left pending, a part per transaction so merges go on between parts;
   * returns how many keys were counted (0 at once, without the writers' lock, when none wait).
   */
  catchUp(): Promise<number>;
}

/** Pending roll-up keys counted in one transaction by the catch-up between merges. */
const CATCH_UP_PART = 2_000;

/** How often the server counts again what merges left pending. */
export const CATCH_UP_EVERY_MS = 2_000;

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
    async catchUp() {
      const waiting = await db.snapshot((sql) => sql.all(`SELECT 1 AS one FROM ${PENDING_TABLE} LIMIT 1`));
      if (waiting.length === 0) return 0;
      let total = 0;
      for (;;) {
        const counted = await db.transaction((sql) => catchUpRollups(sql, CATCH_UP_PART));
        total += counted;
        if (counted < CATCH_UP_PART) return total;
      }
    },
    // The roll-ups are read with what merges left pending counted first, in the same transaction.
    summary: (filter) =>
      db.transaction(async (sql) => {
        await catchUpRollups(sql);
        return summarise(sql, ledgers, filter, today());
      }),
    trend: (filter) =>
      db.transaction(async (sql) => {
        await catchUpRollups(sql);
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
