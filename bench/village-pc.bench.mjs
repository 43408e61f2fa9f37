// The village-PC benchmark: the built browser edition in headless Chromium, its main thread slowed 4× through
// CDP (Emulation.setCPUThrottlingRate) as a stand-in for a county's cheap desktop, on a station holding a county:
// 100,000 seekers, 20,000 jobs and a year of referrals, placements, visits, courses and attendance, stored
// straight into IndexedDB by a kit the page imports (bench/village-pc/page-kit.ts). The day runs twice in new
// tabs: unthrottled (figures suffixed `_1x`) and at 4× (no suffix).
//   start_to_login_ms      navigation → the log-in screen shows the staff names and the page is free for input
//   login_to_home_ms       the 登录 click → the home page's greeting painted
//   login_to_home_full_ms  the 登录 click → the whole home page painted (its shortcuts drawn after the greeting)
//   first_match_cold_ms    right after log-in, a person's matches opened → the first match on screen
//   match_warm_ms          the same for three other people afterwards, from their own page (median)
//   open_seeker_ms         a click on a row of the list → the person's form filled in (median of three)
//   search_p95_ms          a keystroke in the seekers search → that query's list painted
//   search_vs_filter_ratio search_p95_ms ÷ the median of the same words through Dexie's full-scan filter()
//   heap_mb                live heap of the page and its workers after matching (JS + DOM, after a full GC)
//   initial_js_gzip_kb     the scripts fetched before the log-in screen was usable, gzip -9
//   long_tasks_over_200ms  main-thread tasks over 200 ms during search, roll-call (30 trainees) and typing
// Progress goes to stderr; `--profile` also writes a CPU profile of each pass to bench/results/; `--rate=4`
// runs one pass only; `--keep=DIR` keeps the seeded browser profile in DIR for the next run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { root, serveApp } from './browser-app.mjs';
import { dayPass } from './village-pc/day-pass.mjs';
import { bundleKit } from './village-pc/kit.mjs';
import { seededStation } from './village-pc/station.mjs';

const PORT = Number(process.argv.find((a) => a.startsWith('--port='))?.slice('--port='.length) ?? 4329);
const SIZE = {
  villages: 300,
  jobs: 20_000,
  seekers: 100_000,
  referrals: 15_000,
  courses: 120,
  coursesToday: 4,
  traineesPerCourse: 30,
  sessionsPerCourse: 10,
};
// `--rate=N` runs only that pass (when looking into one figure).
const only = process.argv.find((a) => a.startsWith('--rate='));
const RATES = only ? [Number(only.slice('--rate='.length))] : [1, 4];
const started = Date.now();
const log = (line) => console.error(`# [${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);

function figuresOf(pass, suffix, f) {
  const ms = (name, value) => ({ figure: `${name}${suffix}`, value: f.roundMs(value), unit: 'ms' });
  const search = f.percentile(pass.search, 95);
  const filter = f.percentile(pass.searchTimes.filterMs, 50);
  const tasks = f.longTasksByPhase(pass.longTasks, pass.phases, 200);
  const over = Object.values(tasks).flat();
  const jsKb = pass.scripts
    .map((p) => gzipSync(readFileSync(join(root, 'out', 'renderer', p)), { level: 9 }).length)
    .reduce((a, b) => a + b, 0);
  return {
    tasks,
    figures: [
      ms('start_to_login_ms', pass.startToLogin),
      ms('login_to_home_ms', pass.loginToHome),
      ms('login_to_home_full_ms', pass.loginToHomeFull),
      ms('first_match_cold_ms', pass.matchCold),
      ms('match_warm_ms', f.percentile(pass.matchWarm, 50)),
      ms('open_seeker_ms', f.percentile(pass.openSeeker, 50)),
      ms('search_p95_ms', search),
      ms('search_median_ms', f.percentile(pass.search, 50)),
      ms('search_filter_median_ms', filter),
      ms('search_indexed_query_p95_ms', f.percentile(pass.searchTimes.indexedMs, 95)),
      { figure: `search_vs_filter_ratio${suffix}`, value: Number((search / filter).toFixed(3)), unit: '' },
      {
        figure: `heap_mb${suffix}`,
        value: Math.round(pass.heap.reduce((a, h) => a + h.bytes, 0) / 2 ** 20),
        unit: 'MB',
      },
      { figure: `initial_js_gzip_kb${suffix}`, value: Math.round(jsKb / 1024), unit: 'KB' },
      { figure: `long_tasks_over_200ms${suffix}`, value: over.length, unit: '' },
      ms('roll_call_open_ms', pass.rollOpen),
      ms('roll_call_key_p95_ms', f.percentile(pass.rollKeys, 95)),
      ms('typing_key_p95_ms', f.percentile(pass.typing, 95)),
    ],
  };
}

export async function run() {
  const f = await tsImport('./village-pc/figures.ts', import.meta.url);
  const profile = process.argv.includes('--profile');
  const keepIn = process.argv.find((a) => a.startsWith('--keep='))?.slice('--keep='.length);
  const names = JSON.parse(readFileSync(join(root, '..', 'shared', 'bench-data', 'seekers.json'), 'utf8')).map((s) => ({
    name: s.name,
    phone: s.phone,
  }));
  log('bundling the in-page kit; serving the built app');
  const kit = await bundleKit();
  const app = await serveApp(PORT);
  const load = [loadavg()[0]];
  let station;
  try {
    station = await seededStation({ url: app.url, kit, size: SIZE, names, keepIn, log, passes: RATES.length });
    const { context, seeded } = station;
    const results = join(root, 'bench', 'results');
    mkdirSync(results, { recursive: true });
    const shotPath = (name) => join(results, `village-pc-${name}.png`);
    const figures = [];
    for (const [i, rate] of RATES.entries()) {
      log(`day at CPU ${rate}×`);
      const rollCall = seeded.rollCalls[i];
      const keepProfile = (p) => writeFileSync(join(results, `village-pc-${rate}x.cpuprofile`), JSON.stringify(p));
      const pass = await dayPass({
        ...{ context, url: app.url, rate, seeded, rollCall, log, shotPath },
        profile: profile && keepProfile,
      });
      load.push(loadavg()[0]);
      const { tasks, figures: own } = figuresOf(pass, rate === 1 ? '_1x' : '', f);
      for (const [name, list] of Object.entries(tasks))
        for (const t of list) log(`long task in ${name} at ${rate}×: ${t.duration.toFixed(0)} ms`);
      const longest = [...pass.longTasks].sort((a, b) => b.duration - a.duration).slice(0, 5);
      log(`longest tasks: ${longest.map((t) => `${t.duration.toFixed(0)} ms @${t.start.toFixed(0)}`).join(', ')}`);
      log(`phases: ${pass.phases.map((p) => `${p.name} ${p.from.toFixed(0)}–${p.to.toFixed(0)}`).join(', ')}`);
      log(`scripts before log-in: ${pass.scripts.map((s) => s.split('/').pop()).join(' ')}`);
      figures.push(...own);
    }
    station.used(RATES.length);
    log(`load average (1 min) at the start and after each pass: ${load.map((l) => l.toFixed(1)).join(', ')}`);
    return [
      ...figures,
      { figure: 'load_average_max', value: Number(Math.max(...load).toFixed(1)), unit: '' },
      { figure: 'seekers_stored', value: seeded.counts.seekers, unit: 'records' },
      { figure: 'jobs_stored', value: seeded.counts.jobs, unit: 'records' },
    ];
  } finally {
    await station?.close();
    app.stop();
  }
}
