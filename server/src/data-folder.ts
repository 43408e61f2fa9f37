import { join } from 'node:path';
import { openPostgres } from './store/postgres';
import { privateFolder, writePrivateFile } from './store/private-files';
import type { Database } from './store/sql';
import { openSqlite } from './store/sqlite';

/** Where the county server keeps its files: the SQLite database (unless PostgreSQL) and the first admin token. */
export const SQLITE_FILE = 'county.sqlite';
export const ADMIN_TOKEN_FILE = 'admin-token.txt';

/** The county's database: PostgreSQL when `databaseUrl` is given, else `<dataDir>/county.sqlite`. */
export function openCountyDatabase(dataDir: string, databaseUrl: string | undefined): { db: Database; where: string } {
  if (databaseUrl) return { db: openPostgres(databaseUrl), where: 'PostgreSQL (DATABASE_URL)' };
  privateFolder(dataDir);
  const file = join(dataDir, SQLITE_FILE);
  return { db: openSqlite(file), where: file };
}

/**
 * The admin token made at first start goes to a file only its owner may read, never to the log: the log
 * says where it is. Returns the file's path.
 */
export function writeAdminToken(dataDir: string, token: string): string {
  privateFolder(dataDir);
  const file = join(dataDir, ADMIN_TOKEN_FILE);
  writePrivateFile(file, `${token}\n`);
  return file;
}
