import type { Dialect } from '../store/sql';

/** The parts of a ledger's statement a page is read from, `:today` already written in. */
export interface PagePlan {
  readonly select: string;
  /** FROM with the display joins */
  readonly rowsFrom: string;
  /** `WHERE …` or empty */
  readonly where: string;
  /** the values of the FROM clause and the conditions */
  readonly params: readonly unknown[];
}

export interface PageOrder {
  /** the sort expression, or the ledger's own key when no column was asked for */
  readonly key: string;
  /** the unique record id that breaks ties */
  readonly id: string;
  readonly dir: 'asc' | 'desc';
  /** null keys last (a sorted column); the ledger's own key is never null */
  readonly nullsLast: boolean;
  /** ties broken by id in `dir` (the ledger's own order) or always ascending (a sorted column) */
  readonly idDir: 'asc' | 'desc';
}

const and = (where: string, condition: string): string => (where ? `${where} AND ${condition}` : `WHERE ${condition}`);

/**
 * The statement of one page: `rows` rows after `skip`, in the order given, null keys after the others.
 *
 * Where the database's own order already puts nulls last (SQLite's descending, PostgreSQL's ascending), or the
 * key is never null, the page is one ORDER BY … LIMIT that an index on (key, id) answers by reading the page's
 * rows alone. Otherwise it is two such reads, the keyed rows and the null-keyed rows, each limited to what the
 * page can need, put together in order: the same rows as sorting on `key IS NULL` first, without sorting every
 * row the filter selects.
 */
export function pageStatement(
  dialect: Dialect,
  plan: PagePlan,
  order: PageOrder,
  rows: number,
  skip: number,
): { sql: string; params: unknown[] } {
  const dir = order.dir === 'desc' ? 'DESC' : 'ASC';
  const idDir = order.idDir === 'desc' ? 'DESC' : 'ASC';
  const nativeNullsLast = dialect === 'sqlite' ? order.dir === 'desc' : order.dir === 'asc';
  if (!order.nullsLast || nativeNullsLast)
    return {
      sql: `SELECT ${plan.select} FROM ${plan.rowsFrom} ${plan.where}
        ORDER BY ${order.key} ${dir}, ${order.id} ${idDir} LIMIT ? OFFSET ?`,
      params: [...plan.params, rows, skip],
    };
  const upTo = rows + skip;
  const keyed = `SELECT ${plan.select}, 0 AS "__g", ${order.key} AS "__k", ${order.id} AS "__id"
    FROM ${plan.rowsFrom} ${and(plan.where, `${order.key} IS NOT NULL`)}
    ORDER BY ${order.key} ${dir}, ${order.id} ${idDir} LIMIT ?`;
  const unkeyed = `SELECT ${plan.select}, 1 AS "__g", NULL AS "__k", ${order.id} AS "__id"
    FROM ${plan.rowsFrom} ${and(plan.where, `${order.key} IS NULL`)}
    ORDER BY ${order.id} ${idDir} LIMIT ?`;
  return {
    sql: `SELECT * FROM (SELECT * FROM (${keyed}) a UNION ALL SELECT * FROM (${unkeyed}) b) u
      ORDER BY "__g", "__k" ${dir}, "__id" ${idDir} LIMIT ? OFFSET ?`,
    params: [...plan.params, upTo, ...plan.params, upTo, rows, skip],
  };
}
