import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { PRIVATE_FILE_MODE, privateFile } from './store/private-files';
import { migrate } from './migrations/migrate';
import { ALL_TABLES, appendTo, chunk, valuesList, type Database, type Row } from './store/sql';

/**
 * Backups are the same for SQLite and PostgreSQL: gzip'd JSON lines, one `{"t": table, "r": row}` per row,
 * read in one transaction (a consistent snapshot). A restore loads them back and gives the database a new
 * epoch, so every station pushes again what it holds (DESIGN.md: serverEpoch).
 */
const HEADER = { format: 'doorstep-county-backup', version: 1 } as const;

export async function backupTo(db: Database, file: string): Promise<{ rows: number }> {
  const lines: string[] = [JSON.stringify(HEADER)];
  await db.transaction(async (sql) => {
    for (const table of ALL_TABLES) {
      const order =
        table === 'mutations'
          ? 'seq'
          : table === 'meta'
            ? 'key'
            : table === 'records'
              ? 'table_name, record_id'
              : table === 'enrollment_codes'
                ? 'code_hash'
                : 'id';
      for (const row of await sql.all<Row>(`SELECT * FROM ${table} ORDER BY ${order}`))
        lines.push(JSON.stringify({ t: table, r: row }));
    }
  });
  privateFile(file);
  const out = createWriteStream(file, { mode: PRIVATE_FILE_MODE });
  await pipeline(Readable.from(lines.map((l) => `${l}\n`)), createGzip(), out);
  return { rows: lines.length - 1 };
}

export async function restoreFrom(db: Database, file: string): Promise<{ rows: number }> {
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const rows = new Map<string, Row[]>();
  let first = true;
  for await (const line of input) {
    if (!line.trim()) continue;
    const parsed = JSON.parse(line) as { t?: string; r?: Row; format?: string; version?: number };
    if (first) {
      if (parsed.format !== HEADER.format || parsed.version !== HEADER.version)
        throw new Error('Not a Doorstep county backup');
      first = false;
      continue;
    }
    if (!parsed.t || !parsed.r || !(ALL_TABLES as readonly string[]).includes(parsed.t))
      throw new Error('Damaged backup line');
    appendTo(rows, parsed.t, parsed.r);
  }
  input.close();
  await migrate(db);
  let count = 0;
  await db.transaction(async (sql) => {
    for (const table of [...ALL_TABLES].reverse()) await sql.run(`DELETE FROM ${table}`);
    for (const table of ALL_TABLES) {
      const list = rows.get(table) ?? [];
      if (list.length === 0) continue;
      const columns = Object.keys(list[0] as Row);
      for (const part of chunk(list, Math.floor(5_000 / columns.length))) {
        const overriding = sql.dialect === 'postgres' && table === 'mutations' ? ' OVERRIDING SYSTEM VALUE' : '';
        await sql.run(
          `INSERT INTO ${table} (${columns.join(', ')})${overriding} VALUES ${valuesList(part.length, columns.length)}`,
          part.flatMap((r) => columns.map((c) => r[c])),
        );
        count += part.length;
      }
    }
    if (sql.dialect === 'postgres') {
      await sql.run(
        "SELECT setval(pg_get_serial_sequence('mutations', 'seq'), COALESCE((SELECT MAX(seq) FROM mutations), 0) + 1, false)",
      );
    }
  });
  return { rows: count };
}
