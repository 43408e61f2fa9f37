import type { Dialect, Row } from '../store/sql';
import type { LedgerColumn, LedgerFilter, LedgerName, LedgerRow } from './ledger-source';

/** One condition of a WHERE clause with its values. */
export interface Cond {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export const cond = (sql: string, ...params: unknown[]): Cond => ({ sql, params });

/** What a ledger reads for a filter: the FROM clause (joins included) and the conditions. */
export interface SqlPlan {
  /** what the conditions need */
  readonly from: string;
  /**
   * joins only the rows' columns need: pages and exports read them, a count or a figure's sum does not (a sum's
   * expression may read only what `from` joins)
   */
  readonly display?: string;
  readonly where: readonly Cond[];
  /** values the FROM clause itself takes (before the conditions'), if any */
  readonly fromParams?: readonly unknown[];
}

export interface PlanContext {
  /** the county's today, `YYYY-MM-DD` */
  readonly today: string;
  readonly dialect: Dialect;
}

/**
 * The rows of `body` as a table `alias` whose columns are named `columns`: a derived table PostgreSQL folds into
 * the statement around it (so an index can give a page's order), a named WITH on SQLite (which takes no column
 * names on a derived table and folds the WITH itself).
 */
export const namedRows = (dialect: Dialect, alias: string, columns: string, body: string): string =>
  dialect === 'postgres'
    ? `(${body}) ${alias} (${columns})`
    : `(WITH ${alias} (${columns}) AS (${body}) SELECT * FROM ${alias}) ${alias}`;

/** A ledger as SQL over the reporting tables; `ledger-engine.ts` turns it into a `LedgerSource`. */
export interface LedgerSpec {
  readonly name: LedgerName;
  readonly titleZh: string;
  readonly titleEn: string;
  readonly rowIsZh: string;
  readonly columns: readonly LedgerColumn[];
  /** The ledger's own filters: the values each takes, `id` (a record id) or `flag` (`1`). */
  readonly own: Readonly<Record<string, readonly string[] | 'id' | 'flag'>>;
  /** column key → SQL expression */
  readonly select: Readonly<Record<string, string>>;
  /** The default order: a non-null key expression, then a unique id expression. */
  readonly order: { readonly key: string; readonly id: string; readonly dir: 'asc' | 'desc' };
  /**
   * The order's id is a table's primary key, one row per id (no join repeats a row, the FROM clause takes no
   * values): a page picks its ids first, then reads its columns for those ids.
   */
  readonly pageById?: boolean;
  plan(filter: LedgerFilter, ctx: PlanContext): SqlPlan;
  /**
   * How many rows a filter selects, when there is a cheaper way than counting the plan's rows (undefined: count
   * the plan's rows).
   */
  count?(
    filter: LedgerFilter,
    ctx: PlanContext,
  ): { readonly sql: string; readonly params: readonly unknown[] } | undefined;
  /** Codes in a row read as words (statuses, kinds). */
  readonly words?: (row: Row) => LedgerRow;
}

/** Inclusive bounds on a `YYYY-MM-DD` expression. */
export function dateRange(expr: string, filter: LedgerFilter): Cond[] {
  const out: Cond[] = [];
  if (filter.from) out.push(cond(`${expr} >= ?`, filter.from));
  if (filter.to) out.push(cond(`${expr} <= ?`, filter.to));
  return out;
}

export const byStation = (column: string, filter: LedgerFilter): Cond[] =>
  filter.station ? [cond(`${column} = ?`, filter.station)] : [];

/** The ids of the stations whose area code starts with the one given (as a LIKE pattern, `code%`). */
export const AREA_STATIONS = 'SELECT id FROM stations WHERE area_code LIKE ?';

/** Records whose station's area code, or whose own village code, starts with the area code. */
export function byArea(stationColumn: string, villageExpr: string | null, filter: LedgerFilter): Cond[] {
  if (!filter.area) return [];
  const station = cond(`${stationColumn} IN (${AREA_STATIONS})`, `${filter.area}%`);
  if (!villageExpr) return [station];
  const village = startsWith(villageExpr, filter.area);
  return [cond(`(${station.sql} OR ${village.sql})`, ...station.params, ...village.params)];
}

/**
 * A code column starting with a code of digits, as a range an index on the column answers (a LIKE prefix uses
 * no index on SQLite, nor on PostgreSQL outside the C collation): from the code itself up to, not including, the
 * code with its last digit that is not 9 counted up (`5226` → `5227`, `5229` → `523`). Area and village codes are
 * all digits (the filter and the records are checked so), so the range holds exactly the codes starting with it.
 */
export function startsWith(column: string, code: string): Cond {
  const keep = code.replace(/9+$/, '');
  if (keep === '') return cond(`${column} >= ?`, code);
  const next = `${keep.slice(0, -1)}${Number(keep.slice(-1)) + 1}`;
  return cond(`(${column} >= ? AND ${column} < ?)`, code, next);
}

/** The text as a LIKE pattern matching itself (`%`, `_` and `\` taken literally). */
const literal = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Free text: contained in any of `contains`, or the start of any of `prefixes`. */
export function byText(filter: LedgerFilter, contains: readonly string[], prefixes: readonly string[]): Cond[] {
  const q = filter.q?.trim();
  if (!q) return [];
  const parts = [
    ...contains.map((e) => cond(`${e} LIKE ? ESCAPE '\\'`, `%${literal(q)}%`)),
    ...prefixes.map((e) => cond(`${e} LIKE ? ESCAPE '\\'`, `${literal(q)}%`)),
  ];
  return [cond(`(${parts.map((p) => p.sql).join(' OR ')})`, ...parts.flatMap((p) => p.params))];
}

/**
 * A join whose table the conditions may read: in the FROM clause when they do, otherwise among the display joins,
 * so that a count (which reads the FROM clause alone) does not look up a row it never uses.
 */
export function joinWhereRead(join: string, conditionsRead: boolean): { from: string; display: string } {
  return conditionsRead ? { from: join, display: '' } : { from: '', display: join };
}

/**
 * The area and free-text filters read the columns of a record's person or employer (village, name, ID number);
 * the other filters read the ledger's own rows.
 */
export const filtersByAreaOrText = (filter: LedgerFilter): boolean => Boolean(filter.area || filter.q?.trim());

/** What was recorded about a tombstoned person counts nowhere. */
export const livePerson = (seekerColumn: string): Cond =>
  cond(`(${seekerColumn} IS NULL OR ${seekerColumn} NOT IN (SELECT id FROM report_withdrawn))`);

export const ownValue = (filter: LedgerFilter, key: string): string | undefined => filter.own?.[key];

export function whereClause(conds: readonly Cond[]): { sql: string; params: unknown[] } {
  if (conds.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${conds.map((c) => c.sql).join(' AND ')}`, params: conds.flatMap((c) => [...c.params]) };
}

/** Problems with a filter's own part: a key the ledger does not take, or a value it does not know. */
export function ownProblems(spec: Pick<LedgerSpec, 'own'>, own: Readonly<Record<string, string>> = {}): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(own)) {
    const allowed = spec.own[key];
    if (!allowed) problems.push(`${key}: not a filter of this ledger`);
    else if (
      allowed === 'flag'
        ? value !== '1'
        : allowed === 'id'
          ? !/^[0-9a-zA-Z-]{1,64}$/.test(value)
          : !allowed.includes(value)
    )
      problems.push(
        `${key}: ${value} is not one of ${allowed === 'flag' ? '1' : allowed === 'id' ? 'an id' : allowed.join(', ')}`,
      );
  }
  return problems;
}

export const column = (
  key: string,
  headerZh: string,
  headerEn: string,
  kind: LedgerColumn['kind'],
  width: number,
  sortable = true,
): LedgerColumn => ({ key, headerZh, headerEn, kind, width, sortable });
