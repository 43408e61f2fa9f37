import { describe, expect, it } from 'vitest';
import { setUp, testEnv } from '../test-support/test-env';
import { loadDemoCounty } from './load-demo';

describe('demo county loader', () => {
  it('fills an empty station through the commands: villages, seekers, employers, jobs, all audited', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const r = await loadDemoCounty(env, { id: adminId, name: '王芳' }, 50);
    expect(r).toEqual({ ok: true, value: { seekers: 50, jobs: 6 } });
    expect(await env.db.seekers.count()).toBe(50);
    expect(await env.db.employers.count()).toBe(5);
    expect(await env.db.jobs.count()).toBe(6);
    expect(await env.db.villages.count()).toBeGreaterThan(60);
    expect((await env.db.audit.toArray()).filter((a) => a.action === 'seeker.import')).toHaveLength(50);
  });
});
