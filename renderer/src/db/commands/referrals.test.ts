import { describe, expect, it } from 'vitest';
import { presetGrid } from '#shared/schedule/week-grid';
import { saveEmployer, saveJob } from './employers';
import { startDuePlacements } from './placements';
import { advanceReferral, createReferral } from './referrals';
import { saveSeeker } from './seekers';
import { employerInput, jobInput, seekerInput } from '../../test-support/inputs';
import { setUp, testEnv } from '../../test-support/test-env';

async function station() {
  const env = testEnv();
  const { adminId } = await setUp(env);
  const actor = { id: adminId, name: '王芳' };
  const seeker = seekerInput();
  const employer = employerInput();
  const job = jobInput(employer.id);
  for (const r of [
    await saveSeeker(env, actor, seeker),
    await saveEmployer(env, actor, employer),
    await saveJob(env, actor, job),
  ])
    expect(r.ok).toBe(true);
  return { env, actor, seeker, employer, job };
}
const today = '2026-11-25';

describe('referral commands', () => {
  it('records a referral with its outbox mutation and audit entry, once per open pair', async () => {
    const { env, actor, seeker, job, employer } = await station();
    const r = await createReferral(env, actor, { seekerId: seeker.id, jobId: job.id, status: 'referred', today });
    expect(r).toMatchObject({ ok: true, value: { status: 'referred', referredOn: today, employerId: employer.id } });
    if (!r.ok) return;
    expect((await env.db.outbox.toArray()).some((m) => m.table === 'referrals' && m.recordId === r.value.id)).toBe(
      true,
    );
    expect((await env.db.audit.toArray()).find((a) => a.recordId === r.value.id)?.action).toBe('referral.create');
    const again = await createReferral(env, actor, { seekerId: seeker.id, jobId: job.id, today });
    expect(again).toMatchObject({ ok: false, error: { code: 'referral.exists', params: { existingId: r.value.id } } });
    expect(await env.db.referrals.count()).toBe(1);
  });

  it('checks the pair itself: one the engine excludes needs a reason, kept in the audit with the conditions overridden', async () => {
    const { env, actor, seeker, employer } = await station();
    // 08:00–18:00 on weekdays: outside her school-hours availability and over the 15:30 pick-up
    const fullDay = jobInput(employer.id, {
      title: '缝纫工（全天）',
      schedule: { kind: 'grid', grid: presetGrid('weekdaysFullDay') },
    });
    expect((await saveJob(env, actor, fullDay)).ok).toBe(true);
    const bare = await createReferral(env, actor, { seekerId: seeker.id, jobId: fullDay.id, today });
    expect(bare).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { overrideReason: 'referral.overrideReason' } },
    });
    // a reason given for a pair that fits is not an override
    expect(await env.db.referrals.count()).toBe(0);
    const why = '孩子的奶奶可以接送，她本人同意';
    const r = await createReferral(env, actor, { seekerId: seeker.id, jobId: fullDay.id, overrideReason: why, today });
    expect(r).toMatchObject({ ok: true, value: { score: null, overrideReason: why } });
    expect(r.ok && r.value.overriddenChecks).toEqual(expect.arrayContaining(['schedule.outside', 'schedule.care']));
    const entry = (await env.db.audit.toArray()).find((a) => a.table === 'referrals');
    expect(entry).toMatchObject({ action: 'referral.include-excluded', reason: why });
  });

  it('a pair that fits is a plain referral even when the caller sends a reason', async () => {
    const { env, actor, seeker, job } = await station();
    const r = await createReferral(env, actor, {
      seekerId: seeker.id,
      jobId: job.id,
      overrideReason: '没有必要',
      today,
    });
    expect(r).toMatchObject({ ok: true, value: { overrideReason: null, overriddenChecks: [] } });
    expect((await env.db.audit.toArray()).find((a) => a.table === 'referrals')?.action).toBe('referral.create');
  });

  it('moves forward only; hired writes the placement and marks the person placed in the same transaction', async () => {
    const { env, actor, seeker, job } = await station();
    const r = await createReferral(env, actor, { seekerId: seeker.id, jobId: job.id, today });
    if (!r.ok) throw new Error(r.error.message);
    expect(await advanceReferral(env, actor, r.value.id, { status: 'interviewed', today })).toMatchObject({
      ok: false,
      error: { code: 'referral.step' },
    });
    expect((await advanceReferral(env, actor, r.value.id, { status: 'referred', today })).ok).toBe(true);
    expect((await advanceReferral(env, actor, r.value.id, { status: 'interviewed', today: '2026-11-27' })).ok).toBe(
      true,
    );
    expect(await advanceReferral(env, actor, r.value.id, { status: 'hired', today: '2026-11-28' })).toMatchObject({
      ok: false,
      error: { fields: { startDate: 'referral.startDate' } },
    });
    expect(await env.db.placements.count()).toBe(0);
    env.clock.now = Date.UTC(2026, 11, 1, 9); // the first day of work has come
    const hired = await advanceReferral(env, actor, r.value.id, {
      status: 'hired',
      today: '2026-11-28',
      startDate: '2026-12-01',
    });
    expect(hired).toMatchObject({ ok: true, value: { status: 'hired', interviewOn: '2026-11-27' } });
    const [placement] = await env.db.placements.toArray();
    expect(placement).toMatchObject({
      seekerId: seeker.id,
      jobId: job.id,
      startDate: '2026-12-01',
      contractStatus: 'unknown',
      wage: job.pay,
      status: 'active',
    });
    expect(hired.ok && hired.value.placementId).toBe(placement?.id);
    const person = await env.db.seekers.get(seeker.id);
    expect(person?.status).toBe('placed');
    expect(person?.searchKeys).toContain('lxy');
    expect(
      await advanceReferral(env, actor, r.value.id, { status: 'not-hired', today, outcomeReason: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'referral.step' } });
  });

  it('needs a reason for "not hired"', async () => {
    const { env, actor, seeker, job } = await station();
    const r = await createReferral(env, actor, { seekerId: seeker.id, jobId: job.id, status: 'referred', today });
    if (!r.ok) throw new Error(r.error.message);
    expect(
      await advanceReferral(env, actor, r.value.id, { status: 'not-hired', today, outcomeReason: '  ' }),
    ).toMatchObject({ ok: false, error: { fields: { outcomeReason: 'referral.outcomeReason' } } });
    const done = await advanceReferral(env, actor, r.value.id, {
      status: 'not-hired',
      today,
      outcomeReason: '单位嫌路远',
    });
    expect(done).toMatchObject({ ok: true, value: { status: 'not-hired', outcomeReason: '单位嫌路远' } });
    expect((await env.db.audit.toArray()).find((a) => a.action === 'referral.not-hired')?.reason).toBe('单位嫌路远');
    // a closed referral no longer blocks a new one for the same pair
    expect((await createReferral(env, actor, { seekerId: seeker.id, jobId: job.id, today })).ok).toBe(true);
  });

  it('a hire that starts later keeps the person looking for work until the first day, then moves them', async () => {
    const { env, actor, seeker, job } = await station();
    const r = await createReferral(env, actor, { seekerId: seeker.id, jobId: job.id, status: 'referred', today });
    if (!r.ok) throw new Error(r.error.message);
    const hired = await advanceReferral(env, actor, r.value.id, { status: 'hired', today, startDate: '2027-02-01' });
    expect(hired.ok).toBe(true);
    expect((await env.db.seekers.get(seeker.id))?.status).toBe('active');
    expect(await startDuePlacements(env, actor)).toEqual({ ok: true, value: { started: 0 } });
    expect((await env.db.seekers.get(seeker.id))?.status).toBe('active');

    env.clock.now = Date.UTC(2027, 1, 1, 1); // 09:00 in China on the first day of work
    expect(await startDuePlacements(env, actor)).toEqual({ ok: true, value: { started: 1 } });
    expect((await env.db.seekers.get(seeker.id))?.status).toBe('placed');
    expect(await startDuePlacements(env, actor)).toEqual({ ok: true, value: { started: 0 } });
    expect((await env.db.audit.toArray()).filter((a) => a.action === 'seeker.placed')).toHaveLength(1);
  });
});
