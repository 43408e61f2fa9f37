import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchJobsForSeeker } from '#shared/matching/rank';
import { syntheticCounty } from '#shared/matching/synthetic';
import type { PreparedSeeker } from '#shared/matching/types';
import { saveSeeker } from '../db/commands/seekers';
import { seekerInput } from '../test-support/inputs';
import { setUp, testEnv } from '../test-support/test-env';
import { MatchBase } from './base';
import { watchMatchChanges } from './changes';
import { loadMatchData } from './load';
import { MatchService, type MatchAnswer } from './service';
import { MatchStore, type MatchProgress } from './store';

const TODAY = '2026-03-02';
const county = syntheticCounty({ villages: 6, jobs: 8, seekers: 30 }, TODAY, 11);

/** A station with 30 seekers and 8 postings of 2 employers, matched in chunks of 4 records. */
async function station() {
  const env = testEnv();
  const { adminId } = await setUp(env);
  await env.db.villages.bulkPut(county.villages);
  await env.db.employers.bulkPut(county.employers.map((e) => ({ ...e, searchKeys: [] })));
  await env.db.jobs.bulkPut(county.jobs.map((j) => ({ ...j, searchKeys: [] })));
  await env.db.seekers.bulkPut(county.seekers.map((s) => ({ ...s, searchKeys: [] })));
  let day = TODAY;
  const store = new MatchStore(env.db, { today: () => day, chunk: 4 });
  const stop = watchMatchChanges(env.db.name, (changes) => store.noteChanges(changes));
  stops.push(stop);
  const prepared = {
    seekers: vi.spyOn(MatchBase.prototype, 'seeker'),
    jobs: vi.spyOn(MatchBase.prototype, 'job'),
  };
  return {
    env,
    actor: { id: adminId, name: '王芳' },
    store,
    service: new MatchService(store),
    prepared,
    nextDay: () => (day = '2026-03-03'),
  };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.restoreAllMocks();
});

const seeker = county.seekers[0]?.id ?? '';
const job = county.jobs[0]?.id ?? '';

describe('the match store', () => {
  it("answers a person's jobs from a cold start with the postings read, only those that could fit prepared", async () => {
    const { service, prepared } = await station();
    const progress: MatchProgress[] = [];
    const answer = await service.answer({ kind: 'jobs-for-seeker', seekerId: seeker, filters: {}, limit: 5 }, (p) =>
      progress.push(p),
    );
    expect(answer.kind).toBe('ranked');
    expect(prepared.jobs.mock.calls.length).toBeLessThan(8);
    expect(prepared.seekers).toHaveBeenCalledTimes(1);
    expect(progress.every((p) => p.side === 'jobs' && p.total === 8)).toBe(true);
    expect(progress.map((p) => p.done)).toEqual([0, 4, 8]);
  });

  it('gives every person, cold, warm and filtered, the list ranking all the postings gives', async () => {
    const { env, service, prepared } = await station();
    const fresh = await loadMatchData(env.db, TODAY);
    const filters = [
      {},
      { workplace: 'on-site' as const },
      { workplace: 'home-based' as const },
      { area: '522626102' },
    ];
    for (const [n, s] of county.seekers.slice(0, 12).entries()) {
      const filter = filters[n % filters.length] ?? {};
      const answer = await service.answer({ kind: 'jobs-for-seeker', seekerId: s.id, filters: filter, limit: 3 });
      const jobs = fresh.jobs.filter(
        (pj) =>
          (!filter.workplace || pj.source.workplace === filter.workplace) &&
          (!filter.area || (fresh.ctx.employers.get(pj.source.employerId)?.villageCode ?? '').startsWith(filter.area)),
      );
      const full = matchJobsForSeeker(fresh.seekerById.get(s.id) as PreparedSeeker, jobs, fresh.ctx, { limit: 3 });
      expect(answer.kind === 'ranked' && answer.answer.list).toEqual(full);
    }
    // each posting prepared at most once over all those people
    expect(prepared.jobs.mock.calls.length).toBeLessThanOrEqual(8);
  });

  it("prepares the people for a posting's list in chunks, with progress, and answers a person's query in between", async () => {
    const { service } = await station();
    const order: string[] = [];
    const progress: MatchProgress[] = [];
    const forJob = service
      .answer({ kind: 'seekers-for-job', jobId: job, filters: {}, limit: 5 }, (p) => progress.push(p))
      .then((a) => (order.push('job'), a));
    const forSeeker = service
      .answer({ kind: 'jobs-for-seeker', seekerId: seeker, filters: {}, limit: 5 })
      .then((a) => (order.push('seeker'), a));
    const answers: MatchAnswer[] = await Promise.all([forJob, forSeeker]);
    expect(order).toEqual(['seeker', 'job']);
    expect(answers.map((a) => a.kind)).toEqual(['ranked', 'ranked']);
    // the list waited for everyone: 30 people read four at a time, then prepared four at a time, never a partial list
    const quarters = [0, 4, 8, 12, 16, 20, 24, 28];
    expect(progress.map((p) => p.done)).toEqual([...quarters, ...quarters]);
    expect(progress.every((p) => p.side === 'seekers' && p.total === 30)).toBe(true);
    const ranked = answers[0];
    expect(ranked?.kind === 'ranked' && ranked.answer.list.considered).toBe(30);
  });

  it('prepares one changed person again, alone, and none of the postings', async () => {
    const { env, actor, store, prepared } = await station();
    await store.when(['seekers', 'jobs'], () => undefined);
    expect(prepared.seekers).toHaveBeenCalledTimes(30);
    const person = seekerInput();
    expect((await saveSeeker(env, actor, person)).ok).toBe(true);
    const list = await store.when(['seekers', 'jobs'], (view) => view.seekers.list.map((p) => p.id));
    expect(prepared.seekers).toHaveBeenCalledTimes(31);
    expect(prepared.jobs).toHaveBeenCalledTimes(8);
    expect(list).toContain(person.id);
    expect(list).toEqual([...list].sort());
  });

  it('prepares again only the postings of an employer that moved, and everything on a new day', async () => {
    const { env, store, prepared, nextDay } = await station();
    await store.when(['seekers', 'jobs'], () => undefined);
    const moved = county.employers[1];
    if (!moved) throw new Error('two employers expected');
    const other = county.villages.find((v) => v.code !== moved.villageCode && !v.deleted);
    await env.db.employers.put({ ...moved, villageCode: other?.code ?? null, searchKeys: [] });
    await store.when(['seekers', 'jobs'], () => undefined);
    const itsJobs = county.jobs.filter((j) => j.employerId === moved.id).length;
    expect(prepared.jobs).toHaveBeenCalledTimes(8 + itsJobs);
    expect(prepared.seekers).toHaveBeenCalledTimes(30);
    nextDay();
    await store.when(['seekers', 'jobs'], () => undefined);
    expect(prepared.jobs).toHaveBeenCalledTimes(16 + itsJobs);
    expect(prepared.seekers).toHaveBeenCalledTimes(60);
  });

  it('prepares the rest in the background once warmed, a chunk at a time', async () => {
    const { store, prepared } = await station();
    await store.when(['jobs'], () => undefined);
    expect(prepared.seekers).not.toHaveBeenCalled();
    store.warm();
    await vi.waitFor(() => expect(prepared.seekers).toHaveBeenCalledTimes(30));
    const before = prepared.seekers.mock.calls.length;
    await store.when(['seekers'], () => undefined);
    expect(prepared.seekers).toHaveBeenCalledTimes(before);
  });
});
