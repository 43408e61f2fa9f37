// `--profile` for the browser benchmarks: a Chromium trace with the V8 sampling profiler on, so the page's main
// thread AND its Web Workers are profiled (a worker's own CDP profile would be lost when the page ends the
// worker). What each thread spent its time on — the functions with the most self time — is printed as comments;
// the whole trace goes to bench/results/NAME.trace.json (open it in chrome://tracing or DevTools' Performance).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './browser-app.mjs';

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

/** Starts tracing `page`; `stop(name)` writes the trace and prints the hottest functions per thread. */
export async function traceProfile(browser, page) {
  await browser.startTracing(page, { categories: CATEGORIES });
  return {
    async stop(name, top = 12) {
      const buffer = await browser.stopTracing();
      const file = join(root, 'bench', 'results', `${name}.trace.json`);
      writeFileSync(file, buffer);
      for (const line of hottest(JSON.parse(buffer.toString('utf8')), top)) console.log(`# ${line}`);
      console.log(`# profile: ${file}`);
    },
  };
}

/** Self time by function, per thread that ran JavaScript, from the trace's ProfileChunk events. */
export function hottest(trace, top) {
  const events = trace.traceEvents ?? trace;
  const threadNames = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const profiles = new Map();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.tid}:${e.id}`;
    const p = profiles.get(key) ?? { thread: `${e.pid}:${e.tid}`, nodes: new Map(), self: new Map() };
    profiles.set(key, p);
    const { cpuProfile, timeDeltas = [] } = e.args.data ?? {};
    for (const n of cpuProfile?.nodes ?? []) p.nodes.set(n.id, n.callFrame);
    (cpuProfile?.samples ?? []).forEach((id, i) => p.self.set(id, (p.self.get(id) ?? 0) + (timeDeltas[i] ?? 0)));
  }
  const lines = [];
  for (const p of profiles.values()) {
    const byFunction = new Map();
    let total = 0;
    for (const [id, us] of p.self) {
      const f = p.nodes.get(id);
      const label = f
        ? `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber + 1}`
        : '(unknown)';
      if (f?.functionName === '(idle)' || f?.functionName === '(program)') continue;
      byFunction.set(label, (byFunction.get(label) ?? 0) + us);
      total += us;
    }
    if (total < 50_000) continue;
    lines.push(`${threadNames.get(p.thread) ?? p.thread}: ${(total / 1000).toFixed(0)} ms of JavaScript and GC`);
    for (const [label, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
      lines.push(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${label}`);
  }
  return lines;
}
