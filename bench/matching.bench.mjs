// Matching engine benchmark (issue 5), in Node and in a Chromium Web Worker (where the app runs it). Both run
// shared/matching/bench-kernel.ts: in Node through tsx's API, in the browser bundled by Vite and started as a
// module worker from a page served on loopback.
//   seeker_vs_20k_jobs_median_ms   one seeker against 20,000 open jobs: screen, score, order all; reasons for a page of 50
//   job_vs_100k_seekers_median_ms  one job against 100,000 seekers, likewise
//   pairs_per_s                    candidate pairs screened per second over both kinds of query
//   browser_…                      the same figures from the Chromium worker
// and, from the app's matching store in a Chromium worker over a real IndexedDB (bench/matching-store-worker.ts):
//   first_answer_cold_ms, first_job_answer_cold_ms, reprepare_one_change_ms, answer_after_one_change_ms,
//   full_reprepare_ms (what every change cost when everything was prepared again)
// Data: a seeded synthetic county (shared/matching/synthetic.ts), the same on every run.
// `npm run bench -- matching --node-only` skips the browser.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

async function inBrowser() {
  const out = mkdtempSync(join(tmpdir(), 'doorstep-matching-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: { worker: join(here, 'matching-worker.ts'), store: join(here, 'matching-store-worker.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
    },
  });
  // the kernel first, then the store, one after the other so they do not share the CPU
  const page = `<!doctype html><meta charset="utf-8"><script type="module">
    const run = (file) => new Promise((resolve) => {
      const w = new Worker(file, { type: 'module' });
      w.onmessage = (e) => { w.terminate(); resolve(e.data); };
    });
    window.result = await run('./worker.js');
    window.storeResult = await run('./store.js');
  </script>`;
  const server = createServer((req, res) => {
    if (req.url?.endsWith('.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(readFileSync(join(out, basename(req.url))));
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${port}/`);
    const handle = await tab.waitForFunction(() => window.result, undefined, { timeout: 600_000, polling: 1000 });
    const result = await handle.jsonValue();
    if (result.error) throw new Error(`worker failed: ${result.error}`);
    const stored = await tab.waitForFunction(() => window.storeResult, undefined, { timeout: 900_000, polling: 1000 });
    const store = await stored.jsonValue();
    if (store.error) throw new Error(`store worker failed: ${store.error}`);
    return [...result.figures.map((f) => ({ ...f, figure: `browser_${f.figure}` })), ...store.figures];
  } finally {
    await browser.close();
    server.close();
  }
}

export async function run() {
  const kernel = await tsImport('#shared/matching/bench-kernel', import.meta.url);
  const node = kernel.runMatchingBenchmark({ now: () => performance.now() });
  if (process.argv.includes('--node-only')) return node;
  return [...node, ...(await inBrowser())];
}
