// Hostile clients (sync and county-server hardening): an honest station's push latency while 1,000 slow
// connections and a flood of wrong-token pushes hit the county server. The work is in bench/hostile/kernel.ts.
import { tsImport } from 'tsx/esm/api';

export async function run() {
  const { runHostileBenchmark } = await tsImport('./hostile/kernel.ts', import.meta.url);
  return runHostileBenchmark();
}
