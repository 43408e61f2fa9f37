import { ServiceError } from '../service-error';
import type { Database, Row, Sql } from '../store/sql';
import type { LedgerCell, LedgerFilter, LedgerPageQuery, LedgerRow, LedgerSource } from './ledger-source';
import { pageStatement, type PageOrder } from './ledger-page';
import { cond, ownProblems, whereClause, type Cond, type LedgerSpec } from './ledger-sql';

/** Rows an export reads per transaction: the database is free for the stations' pushes in between. */
const STREAM_BATCH = 1000;

export interface SqlLedger extends LedgerSource {
  readonly spec: LedgerSpec;
  /** How many rows the filter selects, inside the caller's transaction (the summary's figures). */
  countIn(sql: Sql, filter: LedgerFilter): Promise<number>;
  /** The total of one number column over the rows the filter selects. */
  sumIn(sql: Sql, filter: LedgerFilter, key: string): Promise<number>;
}

/** `:today` in a ledger's SQL is the county's date, written in as a literal (it is never input). */
function onDay(sql: string, day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a date: ${day}`);
  return sql.split(':today').join(`'${day}'`);
}

const cell = (value: unknown): LedgerCell =>
  value === null || value === undefined ? null : typeof value === 'number' ? value : String(value);

/** A filter the ledger cannot read is the asker's mistake: a 400 that says what. */
export function checkFilter(spec: LedgerSpec, filter: LedgerFilter): void {
  const problems = ownProblems(spec, filter.own);
  if (problems.length > 0)
    throw new ServiceError(
      400,
      'request.invalid',
      `Invalid ${spec.name} filter: ${problems.join('; ')}`,
      `${spec.titleZh}的筛选条件不对：${problems.join('；')}`,
    );
}

/** A ledger spec read through the database: pages for the screen, batches for an export, counts for figures. */
export function sqlLedger(db: Database, spec: LedgerSpec, today: () => string, batch = STREAM_BATCH): SqlLedger {
  const selectAll = Object.entries(spec.select)
    .map(([key, expr]) => `${expr} AS "${key}"`)
    .join(', ');
  const toRow = (raw: Row): LedgerRow => {
    const row: Record<string, LedgerCell> = {};
    for (const c of spec.columns) row[c.key] = cell(raw[c.key]);
    return spec.words ? { ...row, ...spec.words(raw) } : row;
  };
  const planned = (filter: LedgerFilter) => {
    checkFilter(spec, filter);
    const day = today();
    const plan = spec.plan(filter, { today: day, dialect: db.dialect });
    const where = whereClause(plan.where);
    return {
      day,
      select: onDay(selectAll, day),
      from: onDay(plan.from, day),
      rowsFrom: onDay(`${plan.from} ${plan.display ?? ''}`, day),
      where: onDay(where.sql, day),
      params: [...(plan.fromParams ?? []), ...where.params],
    };
  };
  const countIn = async (sql: Sql, filter: LedgerFilter): Promise<number> => {
    const custom = spec.count?.(filter, { today: today(), dialect: db.dialect });
    if (custom) {
      checkFilter(spec, filter);
      return Number((await sql.all<Row>(custom.sql, custom.params))[0]?.n ?? 0);
    }
    const p = planned(filter);
    return Number((await sql.all<Row>(`SELECT COUNT(*) AS n FROM ${p.from} ${p.where}`, p.params))[0]?.n ?? 0);
  };
  const sortable = new Set(spec.columns.filter((c) => c.sortable).map((c) => c.key));
  const { key, id, dir } = spec.order;

  return {
    name: spec.name,
    titleZh: spec.titleZh,
    titleEn: spec.titleEn,
    rowIsZh: spec.rowIsZh,
    columns: spec.columns,
    spec,
    countIn,
    async sumIn(sql, filter, key) {
      const p = planned(filter);
      const expr = onDay(spec.select[key] ?? 'NULL', p.day);
      const rows = await sql.all<Row>(`SELECT COALESCE(SUM(${expr}), 0) AS n FROM ${p.from} ${p.where}`, p.params);
      return Number(rows[0]?.n ?? 0);
    },
    async page(query: LedgerPageQuery) {
      if (query.sort !== undefined && !sortable.has(query.sort))
        throw new ServiceError(400, 'request.invalid', `Cannot sort by ${query.sort}`, `不能按“${query.sort}”排序`);
      const p = planned(query);
      const sorted = query.sort !== undefined ? spec.select[query.sort] : undefined;
      const order: PageOrder = sorted
        ? { key: onDay(sorted, p.day), id, dir: query.order ?? 'asc', nullsLast: true, idDir: 'asc' }
        : { key, id, dir, nullsLast: false, idDir: dir };
      const page = pageStatement(
        db.dialect,
        p,
        order,
        query.pageSize,
        (query.page - 1) * query.pageSize,
        spec.pageById === true,
      );
      return db.transaction(async (sql) => {
        const rows = await sql.all<Row>(page.sql, page.params);
        return { rows: rows.map(toRow), total: await countIn(sql, query) };
      });
    },
    // Each batch continues from the last row's (key, id), a seek on an index in that order: no batch sorts or
    // skips the rows before it.
    async *stream(filter: LedgerFilter) {
      const p = planned(filter);
      const after = dir === 'asc' ? '>' : '<';
      let last: { k: unknown; id: unknown } | null = null;
      for (;;) {
        const seek: Cond | null = last ? cond(`(${key}, ${id}) ${after} (?, ?)`, last.k, last.id) : null;
        const where: string = seek ? (p.where ? `${p.where} AND ${seek.sql}` : `WHERE ${seek.sql}`) : p.where;
        const rows: Row[] = await db.transaction((sql) =>
          sql.all<Row>(
            `SELECT ${p.select}, ${key} AS "__k", ${id} AS "__id" FROM ${p.rowsFrom} ${where}
             ORDER BY ${key} ${dir}, ${id} ${dir} LIMIT ${batch}`,
            [...p.params, ...(seek?.params ?? [])],
          ),
        );
        for (const row of rows) yield toRow(row);
        const end: Row | undefined = rows.at(-1);
        if (!end || rows.length < batch) return;
        last = { k: end.__k, id: end.__id };
      }
    },
  };
}
