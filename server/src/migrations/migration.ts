import type { Dialect, Sql } from '../store/sql';

/** One statement, written once, or in both dialects where SQLite and PostgreSQL spell it differently. */
export type Statement = string | Readonly<Record<Dialect, string>>;

/**
 * One step of the county database's schema. Versions count up from 1 with no gaps; each step runs in its own
 * transaction, together with the row that records it in `schema_migrations`, so it lands whole or not at all.
 */
export interface Migration {
  readonly version: number;
  /** kebab-case, the file's name without its number */
  readonly name: string;
  /** run in order */
  readonly statements: readonly Statement[];
  /** The tables it creates, in an order a restore can load them in: backups carry exactly these. */
  readonly tables?: readonly string[];
  /** Work that SQL alone does not express (rewriting stored JSON, say), run after the statements. */
  readonly after?: (sql: Sql) => Promise<void>;
}

export const inDialect = (statement: Statement, dialect: Dialect): string =>
  typeof statement === 'string' ? statement : statement[dialect];
