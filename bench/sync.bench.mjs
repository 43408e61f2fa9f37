// The sync benchmark (issue 4): bytes on the wire against brotli and PouchDB, a day's work over a simulated
// 2G link, and server ingest on SQLite and PostgreSQL. The work is in bench/sync/kernel.ts.
import { tsImport } from 'tsx/esm/api';

export async function run() {
  const { runSyncBenchmark } = await tsImport('./sync/kernel.ts', import.meta.url);
  return runSyncBenchmark();
}
