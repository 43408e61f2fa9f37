import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { encodeHlc } from '#shared/sync/hlc';
import { buildApp } from '#server/app';
import { backupTo } from '#server/backup';
import { insertMutations, type MutationRow } from '#server/repositories/mutations';
import { createService } from '#server/service';
import { openSqlite } from '#server/store/sqlite';

const ROWS = Number(process.env.BACKUP_ROWS ?? 600_000);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/**
 * A SQLite county holding 600,000 stored changes is backed up by the server's own process (the harshest case:
 * one event loop for both) while a prober asks `/health` every 20 ms and a station pushes, one change at a
 * time, back to back. Figures: /health p50/p99/max during the backup, answers 5xx, the backup's time and size.
 */
export async function runBackupBenchmark() {
  const dir = mkdtempSync(join(tmpdir(), 'backup-bench-'));
  const db = openSqlite(join(dir, 'county.sqlite'));
  const service = createService(db, { adminToken: 'bench-admin-token-000000000000000000' });
  await service.init();
  const { stationId, enrollmentCode } = await service.addStation({ name: '幸福村就业服务站', areaCode: '522626101' });
  const { token } = await service.enroll({ enrollmentCode, deviceName: 'PC' });
  const now = Date.now();
  for (let done = 0; done < ROWS; done += 20_000)
    await db.transaction(async (sql) => {
      const rows: MutationRow[] = Array.from({ length: Math.min(20_000, ROWS - done) }, (_, i) => {
        const recordId = uuidv7();
        return {
          id: uuidv7(),
          table: 'villages',
          recordId,
          op: 'upsert',
          hlc: encodeHlc({ ms: now, counter: (done + i) % 99_999, node: 'bench' }),
          fields: { id: recordId, stationId, name: `村${done + i}`, code: '522626101203' },
          authorStationId: stationId,
          ownerStationId: stationId,
          enrollmentId: 'bench',
          shared: true,
          receivedAt: now,
        };
      });
      await insertMutations(sql, rows);
    });

  const app = await buildApp({ service, version: 'bench', rateLimitPerMinute: 1_000_000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}/api/v1`;

  let backingUp = true;
  const health: number[] = [];
  let fiveHundreds = 0;
  let pushes = 0;
  const prober = (async () => {
    while (backingUp) {
      const started = performance.now();
      const r = await fetch(`${base}/health`);
      await r.arrayBuffer();
      health.push(performance.now() - started);
      if (r.status >= 500) fiveHundreds += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const pusher = (async () => {
    while (backingUp) {
      const recordId = uuidv7();
      const r = await fetch(`${base}/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          schemaVersion: 1,
          mutations: [
            {
              id: uuidv7(),
              table: 'villages',
              recordId,
              op: 'upsert',
              hlc: encodeHlc({ ms: Date.now(), counter: 0, node: 'bench2' }),
              fields: { id: recordId, stationId, name: '新村' },
            },
          ],
        }),
      });
      await r.arrayBuffer();
      pushes += 1;
      if (r.status >= 500) fiveHundreds += 1;
    }
  })();

  const started = performance.now();
  const file = join(dir, 'county.jsonl.gz');
  const { rows } = await backupTo(db, file);
  const seconds = (performance.now() - started) / 1000;
  backingUp = false;
  await Promise.all([prober, pusher]);
  const size = statSync(file).size;
  await app.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  return [
    { figure: 'rows backed up', value: rows, unit: 'rows' },
    { figure: 'backup time', value: Math.round(seconds * 10) / 10, unit: 's' },
    { figure: 'backup file', value: Math.round(size / 2 ** 20), unit: 'MiB' },
    { figure: '/health p50 during backup', value: Math.round(percentile(health, 50)), unit: 'ms' },
    { figure: '/health p99 during backup', value: Math.round(percentile(health, 99)), unit: 'ms' },
    { figure: '/health max during backup', value: Math.round(Math.max(...health)), unit: 'ms' },
    { figure: 'pushes during backup', value: pushes, unit: 'pushes' },
    { figure: '5xx answers during backup', value: fiveHundreds, unit: 'answers' },
  ];
}
