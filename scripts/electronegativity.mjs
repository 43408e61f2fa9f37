// Runs Doyensec's electronegativity on the Electron shell and the renderer's HTML, and fails on any HIGH or
// MEDIUM finding. electronegativity always exits 0, so the gate reads its CSV report instead.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports');
const input = join(reports, 'electronegativity-input');
const report = join(reports, 'electronegativity.csv');

// Scan what ships: main, preload and the page's HTML (tests are not part of the app).
rmSync(input, { recursive: true, force: true });
mkdirSync(input, { recursive: true });
cpSync(join(root, 'electron'), join(input, 'electron'), {
  recursive: true,
  filter: (src) => !src.endsWith('.test.ts'),
});
cpSync(join(root, 'renderer', 'index.html'), join(input, 'index.html'));
rmSync(report, { force: true });

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const bin = join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity',
);
execFileSync(bin, ['-i', input, '-o', report, '-r', '-e', electronVersion], { stdio: ['ignore', 'ignore', 'inherit'] });

let csv;
try {
  csv = readFileSync(report, 'utf8');
} catch {
  console.error('electronegativity wrote no report: the check cannot pass.');
  process.exit(1);
}

const rows = csv.trim().split('\n').slice(1).filter(Boolean);
const findings = rows.map((line) => {
  const [issue, severity, confidence, file, location] = line.split(',').map((c) => c.replace(/^"|"$/g, '').trim());
  return { issue, severity, confidence, file, location };
});
const blocking = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
for (const f of findings)
  console.log(`${f.severity.padEnd(13)} ${f.confidence.padEnd(10)} ${f.issue} ${f.file}:${f.location}`);
console.log(
  `electronegativity ${electronVersion}: ${findings.length} findings, ${blocking.length} HIGH or MEDIUM (report: reports/electronegativity.csv)`,
);
process.exit(blocking.length > 0 ? 1 : 0);
