import type { Database } from '../store/sql';
import type { Reporting } from './ledger-source';

/**
 * The figures and ledgers the console's exports and monthly reports read, over the county's database: the
 * reader of the reporting tables plugs in here. Undefined while the server has none: the console's export and
 * report routes then answer 503 and no monthly report is written.
 */
export function countyReporting(_db: Database): Reporting | undefined {
  return undefined;
}
