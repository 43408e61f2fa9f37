import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { loadRuleParams } from '../rule-params';
import { removeRuleParameter, saveRuleParameter } from './rule-parameters';
import { countyAdmin, HENAN, tier2 } from '../../test-support/rights';
import { setUp, testEnv } from '../../test-support/test-env';

describe('rule parameters', () => {
  it("a county admin records a county's tier: record, outbox and audit together, and the lookup uses it", async () => {
    const env = testEnv();
    const admin = await countyAdmin(env);
    const row = tier2();
    const saved = await saveRuleParameter(env, admin, row);
    expect(saved.ok).toBe(true);
    expect((await env.db.outbox.toArray()).filter((m) => m.recordId === row.id).map((m) => m.table)).toEqual([
      'ruleParameters',
    ]);
    expect((await env.db.audit.toArray()).filter((a) => a.recordId === row.id).map((a) => a.action)).toEqual([
      'ruleParameter.create',
    ]);
    const params = await loadRuleParams(env.db);
    expect(params[0]).toMatchObject({ areaPrefix: '411521', value: { kind: 'area-tier', tier: 2 } });
  });

  it('station staff may not change the rules; a bad area code is refused and nothing is written', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    expect(await saveRuleParameter(env, { id: adminId, name: '王芳' }, tier2())).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    const env2 = testEnv();
    const admin = await countyAdmin(env2);
    const before = await env2.db.outbox.count();
    expect(await saveRuleParameter(env2, admin, tier2({ areaPrefix: '4115' + '2' }))).toMatchObject({
      ok: false,
      error: { fields: { areaPrefix: 'ruleParameter.areaPrefix' } },
    });
    expect(await env2.db.ruleParameters.count()).toBe(0);
    expect(await env2.db.outbox.count()).toBe(before);
    // a county admin at a village station: the rules come from the county office
    const env3 = testEnv();
    const villageAdmin = await countyAdmin(env3, HENAN);
    expect(await saveRuleParameter(env3, villageAdmin, tier2())).toMatchObject({
      ok: false,
      error: { code: 'ruleParameter.notCountyOffice' },
    });
    expect(await env3.db.ruleParameters.count()).toBe(0);
  });

  it('a later row for the same area and start date replaces an earlier one; removing it needs a reason', async () => {
    const env = testEnv();
    const admin = await countyAdmin(env);
    const first = {
      id: uuidv7(),
      areaPrefix: '5226',
      effectiveFrom: '2026-01-01',
      source: '县人社局录入',
      verified: false,
      note: '',
      value: { kind: 'minimum-wage' as const, tier: null, monthly: 1700, hourly: 17 },
    };
    expect((await saveRuleParameter(env, admin, first)).ok).toBe(true);
    env.clock.now += 1000;
    expect(
      (await saveRuleParameter(env, admin, { ...first, id: uuidv7(), value: { ...first.value, hourly: 17.6 } })).ok,
    ).toBe(true);
    const mw = (await loadRuleParams(env.db)).find((r) => r.value.kind === 'minimum-wage' && r.areaPrefix === '5226');
    expect(mw?.value).toMatchObject({ hourly: 17.6 });
    expect(await removeRuleParameter(env, admin, first.id, ' ')).toMatchObject({
      ok: false,
      error: { fields: { reason: 'ruleParameter.reason' } },
    });
    expect((await removeRuleParameter(env, admin, first.id, '录错了')).ok).toBe(true);
    expect((await env.db.ruleParameters.get(first.id))?.deleted).toBe(true);
    expect(
      (await env.db.audit.toArray()).some((a) => a.action === 'ruleParameter.remove' && a.reason === '录错了'),
    ).toBe(true);
  });
});
