import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { saveEmployer, saveJob } from './employers';
import { employerInput, jobInput } from '../../test-support/inputs';
import { setUp, testEnv } from '../../test-support/test-env';

const employer = employerInput;
const job = jobInput;

describe('employer and job commands', () => {
  it('registers an employer and a job, synced, with pinyin keys kept locally', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const e = employer();
    expect((await saveEmployer(env, { id: adminId, name: '王芳' }, e)).ok).toBe(true);
    const j = job(e.id);
    expect((await saveJob(env, { id: adminId, name: '王芳' }, j)).ok).toBe(true);
    expect((await env.db.jobs.get(j.id))?.searchKeys).toEqual(['缝纫工', 'fengrengong', 'frg']);
    const tables = (await env.db.outbox.toArray()).map((m) => m.table);
    expect(tables).toEqual(expect.arrayContaining(['employers', 'jobs']));
  });

  it('refuses a bad or already-registered credit code, and accepts none at all', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const actor = { id: adminId, name: '王芳' };
    expect(await saveEmployer(env, actor, employer({ creditCode: '91350100M000100Y44' }))).toMatchObject({
      ok: false,
      error: { fields: { creditCode: 'creditCode.checksum' } },
    });
    expect((await saveEmployer(env, actor, employer())).ok).toBe(true);
    expect(await saveEmployer(env, actor, employer({ name: '另一家' }))).toMatchObject({
      ok: false,
      error: { fields: { creditCode: 'creditCode.taken' } },
    });
    expect(
      (await saveEmployer(env, actor, employer({ name: '家庭作坊', kind: 'household-workshop', creditCode: null }))).ok,
    ).toBe(true);
  });

  it('refuses a job without an existing employer, with zero positions, or ending before it starts', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const actor = { id: adminId, name: '王芳' };
    const e = employer();
    await saveEmployer(env, actor, e);
    expect(await saveJob(env, actor, job(uuidv7()))).toMatchObject({
      ok: false,
      error: { fields: { employerId: 'job.employer' } },
    });
    expect(await saveJob(env, actor, job(e.id, { positions: 0 }))).toMatchObject({
      ok: false,
      error: { fields: { positions: 'job.positions' } },
    });
    expect(await saveJob(env, actor, job(e.id, { endDate: '2026-11-01' }))).toMatchObject({
      ok: false,
      error: { fields: { endDate: 'date.order' } },
    });
    expect(await env.db.jobs.count()).toBe(0);
  });
});
