// `npm run bench -- NAME`: runs bench/NAME.bench.mjs, which prints `figure: value unit` lines; the same
// figures and the machine go to bench/results/NAME.json (ignored by git).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .map((f) => f.replace('.bench.mjs', ''));
// Options that take a value (`--throttle 4`): the value is not a benchmark's name.
const WITH_VALUE = new Set(['--throttle', '--stored']);
const names = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('-') && !(i > 0 && WITH_VALUE.has(all[i - 1] ?? '')));
const chosen = names.length > 0 ? names : available;
for (const name of chosen) {
  if (!available.includes(name)) {
    console.error(`No benchmark "${name}". Available: ${available.join(', ')}`);
    process.exit(2);
  }
}

const machine = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
};

for (const name of chosen) {
  const { run } = await import(join(here, `${name}.bench.mjs`));
  console.log(`# ${name} — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`);
  // Other programs' load skews every figure on a shared machine: the 1-minute load average before and after.
  const loadBefore = loadavg()[0];
  /** @type {{figure: string, value: number, unit: string}[]} */
  const figures = await run();
  const load = { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2)) };
  console.log(`# load average (1 min): ${load.before} before, ${load.after} after`);
  for (const f of figures) console.log(`${f.figure}: ${f.value} ${f.unit}`);
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(
    join(here, 'results', `${name}.json`),
    `${JSON.stringify({ name, machine, load, at: new Date().toISOString(), figures }, null, 2)}\n`,
  );
}
