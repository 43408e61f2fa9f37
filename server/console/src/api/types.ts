/**
 * What the console's API answers, as JSON. The figures and ledger shapes are the ledger contract's
 * (server/src/reporting/ledger-source.ts); the rest is the console API's own (docs/county-console.md).
 */
import type {
  CellKind,
  LedgerCell,
  LedgerColumn,
  LedgerName,
  LedgerRow,
  SummaryFigures,
} from '#server/reporting/ledger-source';

export type { CellKind, LedgerCell, LedgerColumn, LedgerName, LedgerRow, SummaryFigures };

export type ConsoleRole = 'county-admin' | 'viewer';

export interface ConsoleUser {
  name: string;
  displayName: string;
  role: ConsoleRole;
}

/** A refusal as the server words it: `{error, message, messageZh}` and, for a lock, when it runs out. */
export interface Refusal {
  status: number;
  error: string;
  message: string;
  messageZh: string;
  unlocksAt?: number;
}

/** One page of a ledger, and what the ledger is. */
export interface LedgerPage {
  name: LedgerName;
  titleZh?: string;
  rowIsZh?: string;
  /** Whether ID numbers and phones are masked on this page. */
  masked?: boolean;
  columns: LedgerColumn[];
  rows: LedgerRow[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditEntry {
  id: number;
  at: number;
  userId: number | null;
  username: string | null;
  action: string;
  target: string | null;
  reason: string | null;
  detail: string | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** A monthly report workbook the server wrote into `<data>/exports/` (`522626-月报-2026-11.xlsx`). */
export interface ReportFile {
  name: string;
  month: string;
  bytes: number;
  writtenAt: number;
}

/** Where a figure's records are listed: the ledger and its query parameters (strings, ready for a URL). */
export interface Drill {
  ledger: LedgerName;
  filter: Record<string, string>;
}

/** The summary as the console API answers it: the figures, the day they run to, and each figure's drill-down. */
export type ConsoleSummary = SummaryFigures & {
  asOf?: string;
  /** The server's clock (ms) when it answered: every JSON answer carries it. */
  serverTime?: number;
  drill?: Record<string, Drill>;
};

/** `GET /trend`: one entry per calendar month the period touches. */
export interface TrendAnswer {
  months: {
    month: string;
    registrations: number;
    referrals: number;
    hires: number;
    placementsStarted: number;
    completions: number;
  }[];
}

/** A station PC enrolled with the county. */
export interface StationDevice {
  id: string;
  name: string;
  enrolledAt: number | null;
  lastUsedAt: number | null;
}

/** `GET /stations`: one station's sync health and its month (docs/county-console.md, Stations). */
export interface StationHealth {
  id: string;
  name: string;
  areaCode: string;
  lastPushAt: number | null;
  lastPullAt: number | null;
  /** How far the station's clock ran ahead of the server's (ms; negative: behind); null before its first change. */
  clockSkewMs: number | null;
  appVersion: string | null;
  /** Changes held back for a clock more than 5 minutes ahead (their station's, waiting or refused). */
  heldBack: number;
  /** No push or pull for more than 7 days. */
  silent: boolean;
  devices: StationDevice[];
  month: { registrations: number; referrals: number; placements: number; visits: number; visitsOnTime: number };
}

/** A new enrolment code: once only, until `expiresAt`. */
export interface EnrolmentCode {
  stationId: string;
  enrollmentCode: string;
  expiresAt: number;
}

/** `GET /held`: one station's changes in the clock hold (docs/county-console.md, Stations). */
export interface HeldStation {
  stationId: string;
  name: string;
  areaCode: string;
  /** waiting to be released (their clock more than 5 minutes ahead of the county's) */
  held: number;
  /** refused and kept until the station sends them again and hears why */
  refused: number;
  oldestReceivedAt: number | null;
  /** how far the furthest waiting change is ahead of the county's clock now (0 when due) */
  furthestAheadMs: number;
}

/** `POST /held/release`: how many were applied, and each one the rules refused at release (kept, with why). */
export interface HeldRelease {
  released: number;
  refused: { id: string; stationId: string; code: string; message: string }[];
}
