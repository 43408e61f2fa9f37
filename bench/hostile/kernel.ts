import { mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import { encodeHlc } from '#shared/sync/hlc';
import { buildApp } from '#server/app';
import { createService } from '#server/service';
import { openSqlite } from '#server/store/sqlite';

const SLOW = 1_000;
const FLOOD_WORKERS = 16;
const HONEST_PUSHES = 120;
const PER_PUSH = 50;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/**
 * An honest station pushes batches of 50 villages, one after another, from 127.0.0.1, while another process
 * (attackers.mjs) holds a thousand connections from 127.0.0.2 that send a header line a second (reconnecting
 * whenever the server closes one) and pushes 1 MB gzip bodies with made-up tokens from 127.0.0.3 with sixteen
 * workers, back to back.
 */
export async function runHostileBenchmark() {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const db = openSqlite(join(dir, 'county.sqlite'));
  const service = createService(db, { adminToken: 'bench-admin-token-000000000000000000' });
  await service.init();
  const app = await buildApp({ service, version: 'bench', logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  const { stationId, enrollmentCode } = await service.addStation({ name: '幸福村就业服务站', areaCode: '522626101' });
  const { token } = await service.enroll({ enrollmentCode, deviceName: 'PC' });

  const attackers = spawn(
    process.execPath,
    [fileURLToPath(new URL('./attackers.mjs', import.meta.url)), String(port), String(SLOW), String(FLOOD_WORKERS)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let report = '';
  attackers.stdout.on('data', (chunk: Buffer) => (report += chunk.toString('utf8')));
  const attackersDone = new Promise((resolve) => attackers.once('exit', resolve));

  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const latencies: number[] = [];
  let failures = 0;
  for (let i = 0; i < HONEST_PUSHES; i += 1) {
    const mutations = Array.from({ length: PER_PUSH }, (_, k) => {
      const recordId = uuidv7();
      return {
        id: uuidv7(),
        table: 'villages',
        recordId,
        op: 'upsert',
        hlc: encodeHlc({ ms: Date.now(), counter: k, node: 'bench' }),
        fields: { id: recordId, stationId, createdAt: 1, deleted: false, code: '522626101203', name: `村${i}-${k}` },
      };
    });
    const started = performance.now();
    const r = await fetch(`http://127.0.0.1:${port}/api/v1/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ schemaVersion: 1, mutations }),
    });
    await r.arrayBuffer();
    latencies.push(performance.now() - started);
    if (r.status !== 200) failures += 1;
  }
  attackers.kill('SIGTERM');
  await attackersDone;
  const seen = JSON.parse(report || '{}') as { slowOpened?: number; floodSent?: number; statuses?: object };
  await app.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`wrong-token answers by status: ${JSON.stringify(seen.statuses ?? {})}`);
  return [
    { figure: 'honest push p50 (50 changes)', value: Math.round(percentile(latencies, 50)), unit: 'ms' },
    { figure: 'honest push p95 (50 changes)', value: Math.round(percentile(latencies, 95)), unit: 'ms' },
    { figure: 'honest push failures', value: failures, unit: `of ${HONEST_PUSHES}` },
    { figure: 'slow connections opened', value: seen.slowOpened ?? 0, unit: 'connections' },
    { figure: 'wrong-token pushes sent', value: seen.floodSent ?? 0, unit: 'requests' },
  ];
}
