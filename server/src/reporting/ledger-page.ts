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
 *
 * With `byId` (the id is a table's primary key), the order is read on the ids alone, which an index holding the
 * filter's columns answers without reading the table; the display columns are then read for the page's ids.
 */
export function pageStatement(
  dialect: Dialect,
  plan: PagePlan,
  order: PageOrder,
  rows: number,
  skip: number,
  byId: boolean,
): { sql: string; params: unknown[] } {
  const dir = order.dir === 'desc' ? 'DESC' : 'ASC';
  const idDir = order.idDir === 'desc' ? 'DESC' : 'ASC';
  const nativeNullsLast = dialect === 'sqlite' ? order.dir === 'desc' : order.dir === 'asc';
  const columns = byId ? '' : `${plan.select}, `;
  let picked: { sql: string; params: unknown[] };
  if (!order.nullsLast || nativeNullsLast)
    picked = {
      sql: `SELECT ${columns}${order.id} AS "__id" FROM ${plan.rowsFrom} ${plan.where}
        ORDER BY ${order.key} ${dir}, ${order.id} ${idDir} LIMIT ? OFFSET ?`,
      params: [...plan.params, rows, skip],
    };
  else {
    const upTo = rows + skip;
    const keyed = `SELECT ${columns}0 AS "__g", ${order.key} AS "__k", ${order.id} AS "__id"
      FROM ${plan.rowsFrom} ${and(plan.where, `${order.key} IS NOT NULL`)}
      ORDER BY ${order.key} ${dir}, ${order.id} ${idDir} LIMIT ?`;
    const unkeyed = `SELECT ${columns}1 AS "__g", ${order.key} AS "__k", ${order.id} AS "__id"
      FROM ${plan.rowsFrom} ${and(plan.where, `${order.key} IS NULL`)}
      ORDER BY ${order.id} ${idDir} LIMIT ?`;
    picked = {
      sql: `SELECT * FROM (SELECT * FROM (${keyed}) a UNION ALL SELECT * FROM (${unkeyed}) b) u
        ORDER BY "__g", "__k" ${dir}, "__id" ${idDir} LIMIT ? OFFSET ?`,
      params: [...plan.params, upTo, ...plan.params, upTo, rows, skip],
    };
  }
  if (!byId) return picked;
  const nulls = order.nullsLast ? `(${order.key}) IS NULL, ` : '';
  return {
    sql: `SELECT ${plan.select} FROM ${plan.rowsFrom} WHERE ${order.id} IN (SELECT "__id" FROM (${picked.sql}) p)
      ORDER BY ${nulls}${order.key} ${dir}, ${order.id} ${idDir}`,
    params: picked.params,
  };
}
