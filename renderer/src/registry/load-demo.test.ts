import { describe, expect, it } from 'vitest';
import { setUp, testEnv } from '../test-support/test-env';
import { buildPendingBundle } from '../db/commands/sync-bundle';
import { recordEnrolment, stationToEnrol } from '../db/commands/sync-enrolment';
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

describe('demo data never reaches the county', () => {
  it('a PC with the demo loaded is not enrolled and exports no upload file', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const admin = { id: adminId, name: '王芳' };
    expect((await loadDemoCounty(env, admin, 5)).ok).toBe(true);
    const enrol = await stationToEnrol(env, admin);
    expect(enrol.ok ? null : enrol.error.code).toBe('sync.demoLoaded');
    const bundle = await buildPendingBundle(env, admin);
    expect(bundle.ok ? null : bundle.error.code).toBe('sync.demoLoaded');
    expect((await env.db.audit.toArray()).filter((a) => a.action === 'demo.load')).toHaveLength(1);
  });

  it('a PC already enrolled with the county refuses the demo and stays empty', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const admin = { id: adminId, name: '王芳' };
    expect((await recordEnrolment(env, admin, 'http://county.example:8787')).ok).toBe(true);
    const r = await loadDemoCounty(env, admin, 5);
    expect(r.ok ? null : r.error.code).toBe('demo.enrolled');
    expect(await env.db.seekers.count()).toBe(0);
    expect(await env.db.villages.count()).toBe(0);
  });
});
