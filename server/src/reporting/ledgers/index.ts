import type { LedgerName } from '../ledger-source';
import type { LedgerSpec } from '../ledger-sql';
import { duplicatesLedger } from './duplicates';
import { jobsLedger } from './jobs';
import { placementsLedger } from './placements';
import { rightsFindingsLedger } from './rights-findings';
import { seekersLedger } from './seekers';
import { subsidyClaimsLedger, traineesLedger } from './trainees';
import { visitsLedger } from './visits';

/**
 * The ledgers read from the reporting tables. `stations` (站点: each station's sync health and month) is not
 * among them: it is built with the stations API and plugged in through `createReporting`'s `stations` option.
 */
export const LEDGER_SPECS: Readonly<Record<Exclude<LedgerName, 'stations'>, LedgerSpec>> = {
  seekers: seekersLedger,
  jobs: jobsLedger,
  placements: placementsLedger,
  visits: visitsLedger,
  trainees: traineesLedger,
  'subsidy-claims': subsidyClaimsLedger,
  'rights-findings': rightsFindingsLedger,
  duplicates: duplicatesLedger,
};
