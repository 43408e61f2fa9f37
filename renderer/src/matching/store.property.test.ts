import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Course } from '#shared/entities/course';
import type { Placement } from '#shared/entities/placement';
import type { RuleParameter } from '#shared/entities/rule-parameter';
import type { Visit } from '#shared/entities/visit';
import { syntheticCounty, synthId } from '#shared/matching/synthetic';
import { LONG_PROPERTY, propertyRuns } from '#test/support/property-runs';
import { setUp, testEnv } from '../test-support/test-env';
import { watchMatchChanges } from './changes';
import { loadMatchData } from './load';
import { MatchService, type MatchAnswer, type MatchQuery } from './service';
import { MatchStore } from './store';

const TODAY = '2026-03-02';
const county = syntheticCounty({ villages: 10, jobs: 16, seekers: 40 }, TODAY, 7);
const SEEKERS = 24;
const JOBS = 10;
const seekerId = (n: number) => synthId(4, n);
const jobId = (n: number) => synthId(3, n);
const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length] as T;

/** One seeker's record: a synthetic person's details under the id `n`, varied (moved, withdrawn, tombstoned…). */
function seekerRow(n: number, template: number, variant: number) {
  const base = { ...pick(county.seekers, template), id: seekerId(n), searchKeys: [] as string[] };
  if (variant === 1) return { ...base, deleted: true };
  if (variant === 2) return { ...base, consent: { ...base.consent, withdrawnOn: TODAY } };
  if (variant === 3) return { ...base, villageCode: pick(county.villages, n + template).code };
  if (variant === 4) return { ...base, status: 'placed' as const };
  return base;
}
function jobRow(n: number, template: number, variant: number) {
  const base = { ...pick(county.jobs, template), id: jobId(n), searchKeys: [] as string[] };
  if (variant === 1) return { ...base, deleted: true };
  if (variant === 2) return { ...base, status: 'closed' as const };
  if (variant === 3) return { ...base, employerId: pick(county.employers, n + template).id };
  if (variant === 4) return { ...base, pay: { kind: 'hourly' as const, amount: 12 } };
  return base;
}

type Op =
  | { readonly kind: 'seeker'; readonly n: number; readonly template: number; readonly variant: number }
  | { readonly kind: 'job'; readonly n: number; readonly template: number; readonly variant: number }
  | { readonly kind: 'remove'; readonly side: 'seekers' | 'jobs'; readonly n: number }
  | { readonly kind: 'employer'; readonly n: number; readonly village: number; readonly deleted: boolean }
  | { readonly kind: 'village'; readonly n: number; readonly shift: number; readonly deleted: boolean }
  | { readonly kind: 'visit'; readonly employer: number; readonly serious: boolean }
  | { readonly kind: 'rule'; readonly tier: number }
  | { readonly kind: 'course'; readonly n: number; readonly skill: number }
  | { readonly kind: 'bulk'; readonly template: number }
  | { readonly kind: 'clear' }
  | { readonly kind: 'day' }
  | {
      readonly kind: 'ask';
      readonly what: 'seeker' | 'job' | 'gap' | 'explain';
      readonly n: number;
      readonly wait: boolean;
    };

const n = (max: number) => fc.integer({ min: 0, max: max - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 15, arbitrary: fc.record({ kind: fc.constant('seeker'), n: n(SEEKERS), template: n(40), variant: n(6) }) },
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('job'), n: n(JOBS), template: n(16), variant: n(6) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('remove'), side: fc.constantFrom('seekers', 'jobs'), n: n(JOBS) }),
  },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('employer'), n: n(4), village: n(10), deleted: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('village'), n: n(10), shift: n(5), deleted: fc.boolean() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('visit'), employer: n(2), serious: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rule'), tier: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('course'), n: n(3), skill: n(16) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bulk'), template: n(40) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('day') }) },
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant('ask'),
      what: fc.constantFrom('seeker', 'job', 'gap', 'explain'),
      n: n(SEEKERS),
      wait: fc.boolean(),
    }),
  },
);

const withoutTime = (a: MatchAnswer): unknown =>
  a.kind === 'ranked' ? { ...a, answer: { ...a.answer, tookMs: 0 } } : a;

function queryFor(what: 'seeker' | 'job' | 'gap' | 'explain', i: number): MatchQuery {
  if (what === 'seeker') return { kind: 'jobs-for-seeker', seekerId: seekerId(i), filters: {}, limit: 5 };
  if (what === 'job') return { kind: 'seekers-for-job', jobId: jobId(i % JOBS), filters: {}, limit: 5 };
  if (what === 'explain') return { kind: 'explain', seekerId: seekerId(i), jobId: jobId(i % JOBS) };
  return { kind: 'skills-gap' };
}

describe('matching prepared by change', () => {
  it('answers, after any writes, exactly as a fresh preparation of the final data does', LONG_PROPERTY, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(op, { minLength: 1, maxLength: 24, size: 'medium' }),
        async (warmFirst, ops) => {
          const env = testEnv();
          await setUp(env);
          const { db } = env;
          await db.villages.bulkPut(county.villages);
          await db.employers.bulkPut(county.employers.map((e) => ({ ...e, searchKeys: [] })));
          for (let i = 0; i < JOBS; i += 2) await db.jobs.put(jobRow(i, i, 0));
          for (let i = 0; i < SEEKERS; i += 2) await db.seekers.put(seekerRow(i, i, 0));
          let day = TODAY;
          const store = new MatchStore(db, { today: () => day, chunk: 3 });
          const service = new MatchService(store);
          const stop = watchMatchChanges(db.name, (changes) => store.noteChanges(changes));
          // both sides prepared before the writes, or each prepared when a query first needs it
          if (warmFirst) await store.when(['seekers', 'jobs'], () => undefined);
          const inFlight: Promise<MatchAnswer>[] = [];
          let visits = 0;
          try {
            for (const o of ops) {
              if (o.kind === 'seeker') await db.seekers.put(seekerRow(o.n, o.template, o.variant));
              else if (o.kind === 'job') await db.jobs.put(jobRow(o.n, o.template, o.variant));
              else if (o.kind === 'remove')
                await (o.side === 'jobs' ? db.jobs.delete(jobId(o.n)) : db.seekers.delete(seekerId(o.n)));
              else if (o.kind === 'employer') {
                const e = pick(county.employers, o.n);
                const villageCode = pick(county.villages, o.village).code;
                await db.employers.put({ ...e, villageCode, deleted: o.deleted, searchKeys: [] });
              } else if (o.kind === 'village') {
                const v = pick(county.villages, o.n);
                await db.villages.put({ ...v, latitude: v.latitude + o.shift * 0.05, deleted: o.deleted });
              } else if (o.kind === 'visit') {
                visits += 1;
                // employers 0 and 2 have postings from the start
                const placement = { id: synthId(9, visits), employerId: pick(county.employers, 2 * o.employer).id };
                await db.placements.put({ ...placement, deleted: false } as unknown as Placement);
                const finding = {
                  checkId: 'forced.papers-held',
                  status: o.serious ? 'fail' : 'pass',
                  severity: 'critical',
                  reason: 'held',
                  params: {},
                };
                const visit = { id: synthId(10, visits), placementId: placement.id, visitedOn: day, createdAt: visits };
                await db.visits.put({ ...visit, deleted: false, findings: [finding] } as unknown as Visit);
              } else if (o.kind === 'rule') {
                const row = { id: synthId(11, 1), areaPrefix: '522626', effectiveFrom: '2020-01-01', source: '测试' };
                const value = { kind: 'area-tier', tier: o.tier };
                await db.ruleParameters.put({
                  ...row,
                  verified: true,
                  note: '',
                  deleted: false,
                  value,
                } as unknown as RuleParameter);
              } else if (o.kind === 'course') {
                const course = { id: synthId(12, o.n), title: '培训', status: 'open', deleted: false };
                await db.courses.put({
                  ...course,
                  skillCode: pick(county.jobs, o.skill).skills[0]?.code ?? 'welding',
                  skillLevel: 'skilled',
                } as unknown as Course);
              } else if (o.kind === 'bulk')
                await db.seekers.bulkPut(Array.from({ length: 60 }, (_, i) => seekerRow(i, o.template + i, i % 3)));
              else if (o.kind === 'clear') await db.jobs.clear();
              else if (o.kind === 'day') day = '2026-03-03';
              else {
                const asked = service.answer(queryFor(o.what, o.n));
                if (o.wait) await asked;
                else inFlight.push(asked);
              }
            }
            await Promise.all(inFlight);
            const fresh = await loadMatchData(db, day);
            const prepared = await store.when(['seekers', 'jobs'], (view) => ({
              seekers: view.seekers.list,
              jobs: view.jobs.list,
            }));
            expect(prepared.seekers).toEqual(fresh.seekers);
            expect(prepared.jobs).toEqual(fresh.jobs);
            const reference = new MatchService(new MatchStore(db, { today: () => day }));
            const queries = [
              ...Array.from({ length: SEEKERS }, (_, i) => queryFor('seeker', i)),
              ...Array.from({ length: JOBS }, (_, i) => queryFor('job', i)),
              queryFor('explain', 3),
              queryFor('gap', 0),
            ];
            for (const q of queries)
              expect(withoutTime(await service.answer(q))).toEqual(withoutTime(await reference.answer(q)));
          } finally {
            stop();
            await Promise.allSettled(inFlight);
            db.close();
          }
        },
      ),
      propertyRuns(25),
    );
  });
});
