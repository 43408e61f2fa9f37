// `npm run bench -- NAME`: runs bench/NAME.bench.mjs, which prints `figure: value unit` lines; the same
// figures and the machine go to bench/results/NAME.json (ignored by git).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .map((f) => f.replace('.bench.mjs', ''));
const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
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
  /** @type {{figure: string, value: number, unit: string}[]} */
  const figures = await run();
  for (const f of figures) console.log(`${f.figure}: ${f.value} ${f.unit}`);
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(
    join(here, 'results', `${name}.json`),
    `${JSON.stringify({ name, machine, at: new Date().toISOString(), figures }, null, 2)}\n`,
  );
}
