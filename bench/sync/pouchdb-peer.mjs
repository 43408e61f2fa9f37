// The peer the sync benchmark compares with: PouchDB 9 replicating to express-pouchdb 4.2 (in-memory
// databases on both sides), default options — the set-up ../shared/bench-data/README.md measured.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchCore from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

const PouchDB = PouchCore.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication).plugin(mapreduce);
let counter = 0;

/** An express-pouchdb server on loopback; resolves to its URL and a close function. */
export async function startPouchServer() {
  const ServerDB = PouchDB.defaults({ adapter: 'memory' });
  const app = express();
  app.use(
    '/',
    expressPouchDB(ServerDB, {
      mode: 'minimumForPouchDB',
      logPath: join(mkdtempSync(join(tmpdir(), 'pouch-')), 'log.txt'),
    }),
  );
  const server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A local PouchDB holding `docs`, replicated once to `remote`. */
export async function pushDocs(docs, remote) {
  const local = new PouchDB(`local-${(counter += 1)}`, { adapter: 'memory' });
  await local.bulkDocs(docs);
  const result = await local.replicate.to(remote);
  if (!result.ok) throw new Error('PouchDB replication failed');
}
