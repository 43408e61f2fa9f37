// IndexedDB for the app's own database code in Node: must load before Dexie.
import 'fake-indexeddb/auto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Seeker } from '#shared/entities/seeker';
import { pendingCount } from '#renderer/sync/engine';
import { openSqlite } from '#server/store/sqlite';
import { county, enrolledStation, registerThroughCommands, registrationDays } from './county';
import type { Figure } from './figure';
import * as peer from './pouchdb-peer.mjs';
import { startProxy } from './proxy';

/**
 * Bytes on the wire for the full push of what staff produce registering `records` through the registration
 * command: each person's record and its audit entry. The app's own sync code against the county server, and
 * PouchDB 9 against express-pouchdb 4.2 with the same documents, through the same byte-counting proxy in the
 * same run; against brotli (quality 11, 16 MB window) of that same content as compact JSON — the records as
 * stored and the audit entries, in the order they were written.
 */
export async function wireBytes(records: readonly Seeker[]): Promise<Figure[]> {
  const c = await county(openSqlite(join(mkdtempSync(join(tmpdir(), 'bench-county-')), 'county.sqlite')));
  const pouch = await peer.startPouchServer();
  const proxy = await startProxy([
    { prefix: '/api/v1', upstream: c.url },
    { prefix: '/', upstream: pouch.url },
  ]);
  const station = await enrolledStation(proxy.url, c, registrationDays(records.length));
  const started = performance.now();
  const refused = await registerThroughCommands(station, records);
  const registering = (performance.now() - started) / 1000;
  const outbox = await station.env.db.outbox.orderBy('hlc').toArray();
  const content = outbox.map((e) => (e.table === 'audit' ? e.fields : { ...e.fields, updatedAt: e.hlc }));
  const people = outbox.filter((e) => e.table === 'seekers').length;
  proxy.reset();
  const report = await station.sync();
  if ((await pendingCount(station.env.db)) !== 0) throw new Error('push incomplete');
  const ours = proxy.snapshot().get('/api/v1');
  await peer.pushDocs(
    content.map(({ id, ...doc }) => ({ _id: String(id), ...doc })),
    `${proxy.url}/county`,
  );
  const theirs = proxy.snapshot().get('/');
  const json = JSON.stringify(content);
  const brotli = brotliCompressSync(Buffer.from(json), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
  }).length;
  await proxy.close();
  await pouch.close();
  await c.app.close();
  await c.db.close();
  await station.env.db.delete();
  if (!ours || !theirs || report.pushed !== outbox.length) throw new Error('nothing measured');
  return [
    {
      figure: 'wire_bytes_per_seeker',
      value: Math.round((ours.bytes / people) * 10) / 10,
      unit: `B (${people} people registered through the command, ${refused} refused by its checks: ${outbox.length} mutations, records and audit entries, ${ours.bytes} B in ${ours.requests} requests; registering took ${registering.toFixed(0)} s)`,
    },
    {
      figure: 'ratio_to_brotli',
      value: Math.round((ours.bytes / brotli) * 1000) / 1000,
      unit: `× (brotli q11 of the same records and audit entries as compact JSON: ${brotli} B, ${(brotli / people).toFixed(1)} B a person; JSON ${json.length} B)`,
    },
    {
      figure: 'ratio_to_pouchdb',
      value: Math.round((ours.bytes / theirs.bytes) * 1000) / 1000,
      unit: `× (PouchDB: ${theirs.bytes} B in ${theirs.requests} requests, ${(theirs.bytes / people).toFixed(0)} B a person)`,
    },
  ];
}
