import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import { v7 as uuidv7 } from 'uuid';
import { migrate } from './migrations/migrate';
import { writeMeta } from './repositories/meta';
import { raiseSeqTo, seqHighWater } from './repositories/seq-high-water';
import { withoutServer } from './server-lock';
import { PRIVATE_FILE_MODE, privateFile } from './store/private-files';
import { ALL_TABLES } from './migrations/list';
import { appendTo, chunk, valuesList, type Database, type Row, type Sql } from './store/sql';

/**
 * Backups are the same for SQLite and PostgreSQL: gzip'd JSON lines, one `{"t": table, "r": row}` per row,
 * read from one consistent snapshot; `meta` carries the highest `seq` given out so far. A restore
 * (refused while a server runs on the database) loads them back, keeps `seq` above anything the database or
 * the backup ever gave out, and gives the database a new epoch, so every station pushes again what it holds
 * (DESIGN.md: serverEpoch).
 */
const HEADER = { format: 'doorstep-county-backup', version: 1 } as const;

/** How each table is walked, page by page, in a stable order: its key columns. */
const KEYS: Readonly<Record<string, readonly string[]>> = {
  mutations: ['seq'],
  meta: ['key'],
  records: ['table_name', 'record_id'],
  enrollment_codes: ['code_hash'],
  report_roll_village: ['figure', 'station_id', 'village_code', 'month', 'ready_on'],
  report_roll_station: ['figure', 'station_id', 'month', 'ready_on'],
  report_roll_people: ['figure', 'person_key', 'month'],
  report_roll_county: ['figure', 'month', 'prev_month'],
  report_roll_pending: ['part', 'key'],
};
const PAGE = 2_000;

/** Every row of `table`, a page at a time, after the key of the last row seen (never OFFSET: each page is quick). */
async function* rowsOf(sql: Sql, table: string): AsyncGenerator<Row> {
  const keys = KEYS[table] ?? ['id'];
  const order = keys.join(', ');
  let after: unknown[] | null = null;
  for (;;) {
    const where: string = !after
      ? ''
      : keys.length === 1
        ? `WHERE ${order} > ?`
        : `WHERE (${order}) > (${keys.map(() => '?').join(', ')})`;
    const page: Row[] = await sql.all<Row>(`SELECT * FROM ${table} ${where} ORDER BY ${order} LIMIT ?`, [
      ...(after ?? []),
      PAGE,
    ]);
    yield* page;
    if (page.length < PAGE) return;
    const last = page.at(-1) as Row;
    after = keys.map((k) => last[k]);
  }
}

/**
 * A backup read from one snapshot, outside the writers' queue and without their lock (pushes and pulls go on
 * meanwhile), a page of rows at a time, each line gzip'd and written as it comes: memory stays flat and no
 * request waits for the backup.
 */
export async function backupTo(db: Database, file: string): Promise<{ rows: number }> {
  privateFile(file);
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { mode: PRIVATE_FILE_MODE }));
  // Lines gathered into chunks of about 256 KB: zlib works a chunk at a time, off the main thread.
  let pending: string[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    pendingBytes = 0;
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  const write = async (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    pending.push(line);
    pendingBytes += line.length;
    if (pendingBytes >= 256 * 1024) await flush();
  };
  let rows = 0;
  try {
    await write(HEADER);
    await db.snapshot(async (sql) => {
      for (const table of ALL_TABLES) {
        for await (const row of rowsOf(sql, table)) {
          if (table === 'meta' && row.key === 'seqHighWater') continue;
          await write({ t: table, r: row });
          rows += 1;
        }
        if (table === 'meta') {
          await write({ t: table, r: { key: 'seqHighWater', value: String(await seqHighWater(sql)) } });
          rows += 1;
        }
      }
    });
    await flush();
  } finally {
    gzip.end();
    await written;
  }
  return { rows };
}

export const restoreFrom = (db: Database, file: string): Promise<{ rows: number; epoch: string }> =>
  withoutServer(db, async () => load(db, await readBackup(file)));

async function readBackup(file: string): Promise<Map<string, Row[]>> {
  const source = createReadStream(file);
  // A file that cannot be opened is an error to report, not an unhandled stream event.
  await new Promise((resolve, reject) => source.once('open', resolve).once('error', reject));
  const input = createInterface({ input: source.pipe(createGunzip()), crlfDelay: Infinity });
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
    if (!parsed.t || !parsed.r || !ALL_TABLES.includes(parsed.t)) throw new Error('Damaged backup line');
    appendTo(rows, parsed.t, parsed.r);
  }
  input.close();
  return rows;
}

async function load(db: Database, rows: ReadonlyMap<string, readonly Row[]>): Promise<{ rows: number; epoch: string }> {
  await migrate(db);
  let count = 0;
  // A new epoch in the same transaction: no server can start on the restored data with the old one.
  const epoch = uuidv7();
  await db.transaction(async (sql) => {
    const before = await seqHighWater(sql);
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
    await raiseSeqTo(sql, Math.max(before, await seqHighWater(sql)));
    await writeMeta(sql, 'serverEpoch', epoch);
  });
  return { rows: count, epoch };
}
