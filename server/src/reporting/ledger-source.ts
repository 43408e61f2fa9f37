/**
 * What a ledger (台账) is to the county console: named columns and rows read from the reporting tables, a page at
 * a time for the screen, or as a stream for an export, so no export ever holds all its rows in memory.
 *
 * Values are raw: identity numbers and phones are full here. Whatever leaves the server (a page, a file) masks the
 * columns whose kind is `id-number` or `phone` unless a county admin asked for them with a written reason
 * (`maskLedgerRow`).
 */
import { maskPhone } from '#shared/identifiers/phone';
import { maskResidentId } from '#shared/identifiers/resident-id';
import type { Severity } from '#shared/entities/stored-finding';

export const LEDGER_NAMES = [
  'seekers',
  'jobs',
  'placements',
  'visits',
  'trainees',
  'subsidy-claims',
  'rights-findings',
  'stations',
  'duplicates',
] as const;
export type LedgerName = (typeof LEDGER_NAMES)[number];

/** How a cell is shown and written: `date` is `YYYY-MM-DD`, `datetime` is ms since the epoch, `percent` is 0–1. */
export type CellKind = 'text' | 'number' | 'percent' | 'date' | 'datetime' | 'id-number' | 'phone';

export interface LedgerColumn {
  key: string;
  headerZh: string;
  headerEn: string;
  kind: CellKind;
  /** Width in Excel characters. */
  width: number;
  sortable: boolean;
}

export type LedgerCell = string | number | null;
export type LedgerRow = Readonly<Record<string, LedgerCell>>;

/** The console's filters, the same for the summary, a ledger page and an export (all optional but the paging). */
export interface LedgerFilter {
  /** Inclusive `YYYY-MM-DD` bounds on the ledger's own date (registration, referral, start, visit, course start). */
  from?: string;
  to?: string;
  /** One station's own records. */
  station?: string;
  /** Records whose station or village area code starts with this. */
  area?: string;
  /** Free text: name, or the start of an ID number or phone, as each ledger defines. */
  q?: string;
  /**
   * The ledger's own filters, as query parameters (`only=placements`, `retained3m=1`, `severity=high`…; each
   * ledger's list is in docs/county-console.md). A key the ledger does not know is refused.
   */
  own?: Readonly<Record<string, string>>;
}

export interface LedgerPageQuery extends LedgerFilter {
  sort?: string;
  order?: 'asc' | 'desc';
  /** 1-based. */
  page: number;
  /** 1–200. */
  pageSize: number;
}

export interface LedgerSource {
  name: LedgerName;
  titleZh: string;
  titleEn: string;
  /** What one row is (one live seeker record, one placement…), for the console's help and the export's note. */
  rowIsZh: string;
  columns: readonly LedgerColumn[];
  page(query: LedgerPageQuery): Promise<{ rows: LedgerRow[]; total: number }>;
  /** Every row the filter selects, in the ledger's default order, read in batches. */
  stream(filter: LedgerFilter): AsyncIterable<LedgerRow>;
}

/** The row with its identity numbers and phones masked (`5226**********0023`, `138****8000`). */
export function maskLedgerRow(columns: readonly LedgerColumn[], row: LedgerRow): LedgerRow {
  const out: Record<string, LedgerCell> = { ...row };
  for (const column of columns) {
    const value = row[column.key];
    if (typeof value !== 'string' || value === '') continue;
    if (column.kind === 'id-number') out[column.key] = maskResidentId(value);
    else if (column.kind === 'phone') out[column.key] = maskPhone(value);
  }
  return out;
}

/** The dashboard's figures for one filter (definitions in docs/county-console.md); more may be added. */
export interface SummaryFigures {
  period: { from: string; to: string };
  seekers: { registered: number; byPriorityGroup: Record<string, number>; active: number };
  referrals: { made: number; hired: number };
  placements: { started: number; retained3m: number };
  jobs: { open: number; positions: number };
  training: { enrolments: number; completions: number; certificates: number; subsidyEligible: number };
  rights: { openFindings: Record<Severity, number> };
  followUps: { due: number; overdue: number };
  stations: { stationId: string; name: string; lastPushAt: number | null }[];
}

/** One calendar month of the trend (`YYYY-MM`), each figure as the summary defines it for that month. */
export interface TrendMonth {
  month: string;
  registrations: number;
  referrals: number;
  hires: number;
  placementsStarted: number;
  completions: number;
}

/** What the console's routes, exports and monthly report read: the figures and the ledgers. */
export interface Reporting {
  summary(filter: LedgerFilter): Promise<SummaryFigures>;
  /** The period's months, oldest first (the period's part of each). */
  trend(filter: LedgerFilter): Promise<TrendMonth[]>;
  ledger(name: LedgerName): LedgerSource;
}
