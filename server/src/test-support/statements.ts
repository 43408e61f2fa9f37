import type { Database, Sql } from '../store/sql';

/** The database with every transaction's and snapshot's statements passed through `wrap` (to watch or skip them). */
export function withStatements(db: Database, wrap: (sql: Sql) => Sql): Database {
  return {
    dialect: db.dialect,
    transaction: (body) => db.transaction((sql) => body(wrap(sql))),
    snapshot: (body) => db.snapshot((sql) => body(wrap(sql))),
    lock: (kind) => db.lock(kind),
    close: () => db.close(),
  };
}
