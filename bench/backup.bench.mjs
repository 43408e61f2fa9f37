// Backup while the county serves: /health latency and 5xx answers during a backup of 600,000 rows.
// The work is in bench/backup/kernel.ts.
import { tsImport } from 'tsx/esm/api';

export async function run() {
  const { runBackupBenchmark } = await tsImport('./backup/kernel.ts', import.meta.url);
  return runBackupBenchmark();
}
