// The app's matching store in a browser Web Worker over a real IndexedDB (Chromium's), as the app's matching
// worker runs it: the synthetic county (20,000 jobs, 100,000 seekers) is stored first, then
//   first_answer_cold_ms        a new (cold) store answers one seeker's jobs: it reads and prepares the 20,000
//                               postings (and that one person), not the 100,000 people
//   first_job_answer_cold_ms    a new store answers one posting's people: all 100,000 read and prepared in chunks
//   reprepare_one_change_ms     one seeker of 100,000 written, then the store up to date again (median of 21)
//   answer_after_one_change_ms  the same, through to a posting's list of people answered again (median of 21)
//   full_reprepare_ms           reading and preparing everything at once, as every change cost before
// Bundled by bench/matching.bench.mjs and started from a page in headless Chromium.
import { DoorstepDb } from '#renderer/db/db';
import { loadMatchData } from '#renderer/matching/load';
import { MatchService } from '#renderer/matching/service';
import { MatchStore } from '#renderer/matching/store';
import { syntheticCounty } from '#shared/matching/synthetic';

const TODAY = '2026-03-02';
const scope = self as unknown as { postMessage: (message: unknown) => void };
const ms = (x: number): number => Math.round(x * 10) / 10;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function stored(): Promise<{ db: DoorstepDb; county: ReturnType<typeof syntheticCounty> }> {
  const county = syntheticCounty({ villages: 300, jobs: 20_000, seekers: 100_000 }, TODAY, 2026);
  const db = new DoorstepDb(`matching-store-bench-${Date.now()}`);
  await db.villages.bulkPut(county.villages);
  await db.employers.bulkPut(county.employers.map((e) => ({ ...e, searchKeys: [] })));
  for (let i = 0; i < county.jobs.length; i += 5_000)
    await db.jobs.bulkPut(county.jobs.slice(i, i + 5_000).map((j) => ({ ...j, searchKeys: [] })));
  for (let i = 0; i < county.seekers.length; i += 5_000)
    await db.seekers.bulkPut(county.seekers.slice(i, i + 5_000).map((s) => ({ ...s, searchKeys: [] })));
  return { db, county };
}

async function run() {
  const { db, county } = await stored();
  const seeker = county.seekers[4242];
  const job = county.jobs[17];
  if (!seeker || !job) throw new Error('the synthetic county is empty');
  const today = () => TODAY;

  let t = performance.now();
  const cold = new MatchService(new MatchStore(db, { today }));
  await cold.answer({ kind: 'jobs-for-seeker', seekerId: seeker.id, filters: {}, limit: 50 });
  const firstAnswer = performance.now() - t;

  t = performance.now();
  const coldJob = new MatchService(new MatchStore(db, { today }));
  await coldJob.answer({ kind: 'seekers-for-job', jobId: job.id, filters: {}, limit: 50 });
  const firstJobAnswer = performance.now() - t;

  const store = new MatchStore(db, { today });
  const service = new MatchService(store);
  await store.when(['seekers', 'jobs'], () => undefined);
  const upkeep: number[] = [];
  const answered: number[] = [];
  for (let i = 0; i < 21; i += 1) {
    const changed = county.seekers[(i * 4_999) % county.seekers.length];
    if (!changed) continue;
    const row = { ...changed, commute: { ...changed.commute, maxMinutes: 30 + i }, searchKeys: [] };
    await db.seekers.put(row);
    t = performance.now();
    store.noteChanges({ seekers: [row.id] });
    await store.when(['seekers'], () => undefined);
    upkeep.push(performance.now() - t);
    await db.seekers.put({ ...row, commute: changed.commute });
    t = performance.now();
    store.noteChanges({ seekers: [row.id] });
    await service.answer({ kind: 'seekers-for-job', jobId: job.id, filters: {}, limit: 50 });
    answered.push(performance.now() - t);
  }

  t = performance.now();
  await loadMatchData(db, TODAY);
  const full = performance.now() - t;
  db.close();
  await DoorstepDb.delete(db.name);
  return [
    { figure: 'first_answer_cold_ms', value: ms(firstAnswer), unit: 'ms' },
    { figure: 'first_job_answer_cold_ms', value: ms(firstJobAnswer), unit: 'ms' },
    { figure: 'reprepare_one_change_ms', value: ms(median(upkeep)), unit: 'ms' },
    { figure: 'answer_after_one_change_ms', value: ms(median(answered)), unit: 'ms' },
    { figure: 'full_reprepare_ms', value: ms(full), unit: 'ms' },
  ];
}

run().then(
  (figures) => scope.postMessage({ figures }),
  (error: unknown) =>
    scope.postMessage({ error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) }),
);
