import { describe, expect, it } from 'vitest';
import { jobSchema } from '#shared/entities/job';
import { seriousFindings } from '#shared/rights/prescreen';
import { importJobs, saveEmployer, saveJob } from './employers';
import { saveRuleParameter } from './rule-parameters';
import { employerInput, jobInput } from '../../test-support/inputs';
import { countyAdmin, HENAN, partTimeHourly, tier2 } from '../../test-support/rights';
import { testEnv } from '../../test-support/test-env';

describe('posting pre-screen on save', () => {
  it('stores the findings with the posting: ¥12 an hour where the minimum is ¥19.6 (tier 2 since 2025-07-01) is a serious finding', async () => {
    const env = testEnv();
    const admin = await countyAdmin(env);
    await saveRuleParameter(env, admin, tier2());
    const e = employerInput({ villageCode: null });
    expect((await saveEmployer(env, admin, e)).ok).toBe(true);
    const j = jobInput(e.id, partTimeHourly);
    expect((await saveJob(env, admin, j)).ok).toBe(true);
    const stored = await env.db.jobs.get(j.id);
    const pay = stored?.rightsFindings?.find((f) => f.checkId === 'pay.minimum-wage');
    expect(pay).toMatchObject({ status: 'fail', severity: 'high' });
    expect(pay?.params).toMatchObject({ value: '12.00', floor: '19.60' });
    expect(seriousFindings(stored?.rightsFindings ?? []).map((f) => f.checkId)).toContain('pay.minimum-wage');
    const mutation = (await env.db.outbox.toArray()).find((m) => m.table === 'jobs' && m.recordId === j.id);
    expect(mutation?.fields).toHaveProperty('rightsFindings');
  });

  it("the employer's village decides the area, and a fair posting has no serious finding", async () => {
    const env = testEnv();
    const admin = await countyAdmin(env, '522626101203');
    await saveRuleParameter(env, admin, tier2());
    const e = employerInput({ villageCode: HENAN });
    await saveEmployer(env, admin, e);
    const low = jobInput(e.id, partTimeHourly);
    await saveJob(env, admin, low);
    expect((await env.db.jobs.get(low.id))?.rightsFindings?.find((f) => f.checkId === 'pay.minimum-wage')?.status).toBe(
      'fail',
    );
    // at least every Henan tier (20.6 is the highest): fair whatever the county's tier
    const fair = jobInput(e.id, { ...partTimeHourly, pay: { kind: 'hourly', amount: 21 } });
    await saveJob(env, admin, fair);
    const findings = (await env.db.jobs.get(fair.id))?.rightsFindings ?? [];
    expect(findings.find((f) => f.checkId === 'pay.minimum-wage')?.status).toBe('pass');
    expect(seriousFindings(findings)).toEqual([]);
  });

  it('imports store the findings too, and a job saved before the pre-screen still validates with none', async () => {
    const env = testEnv();
    const admin = await countyAdmin(env);
    await saveRuleParameter(env, admin, tier2());
    const e = employerInput({ villageCode: null });
    await saveEmployer(env, admin, e);
    const { id: _id, ...draft } = jobInput(e.id, {
      ...partTimeHourly,
      title: '押金工',
      description: '入职需交押金200元',
    });
    expect((await importJobs(env, admin, [draft])).ok).toBe(true);
    const [imported] = await env.db.jobs.toArray();
    const ids = seriousFindings(imported?.rightsFindings ?? []).map((f) => f.checkId);
    expect(ids).toEqual(expect.arrayContaining(['pay.minimum-wage', 'forced.posting-deposit']));
    const { rightsFindings: _r, searchKeys: _k, _stamps: _s, ...old } = imported ?? ({} as never);
    const parsed = jobSchema.safeParse(old);
    expect(parsed.success && parsed.data.rightsFindings).toEqual([]);
  });
});
