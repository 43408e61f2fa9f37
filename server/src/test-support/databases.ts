import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgres } from '../store/postgres';
import type { Database } from '../store/sql';
import { openSqlite } from '../store/sqlite';

/** Where the county's database lives for one test: a fresh SQLite file, or a fresh PostgreSQL database. */
export interface DbFactory {
  readonly name: string;
  /** PostgreSQL's connection string, for a process of its own (the CLI) */
  readonly url?: string;
  open(): Database;
  cleanup(): Promise<void>;
}

export function sqliteFactory(): DbFactory {
  const dir = mkdtempSync(join(tmpdir(), 'county-'));
  return {
    name: 'SQLite',
    open: () => openSqlite(join(dir, 'county.sqlite')),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh database in the cluster `baseUrl` points at (TEST_DATABASE_URL; CI starts one). */
export async function postgresFactory(baseUrl: string): Promise<DbFactory> {
  const name = `county_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    url: url.toString(),
    open: () => openPostgres(url.toString()),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The stores a test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set (CI must set it). */
export function testBackends(): { name: string; make: () => Promise<DbFactory> }[] {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (process.env.CI && !pgUrl)
    throw new Error('CI must provide TEST_DATABASE_URL (a PostgreSQL cluster): see .ci/run');
  const list: { name: string; make: () => Promise<DbFactory> }[] = [
    { name: 'SQLite', make: async () => sqliteFactory() },
  ];
  if (pgUrl) list.push({ name: 'PostgreSQL', make: () => postgresFactory(pgUrl) });
  return list;
}
