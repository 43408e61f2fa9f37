import { v7 as uuidv7 } from 'uuid';
import { EMPTY_WEEK, WEEKDAYS, withRange } from '#shared/schedule/week-grid';
import type { RuleParameterInput } from '../db/commands/rule-parameters';
import { setupStation } from '../db/commands/setup-station';
import { pin123456, type testEnv } from './test-env';

/**
 * A Henan county whose tier the admin records. Shipped tiers: 2000/1800/1600 a month, 19.6/17.6/15.6 an hour from
 * 2022; 2100/2000/1800 a month, 20.6/19.6/17.6 an hour from 2025-07-01 (the national table).
 */
export const HENAN = '411521101201';
export const tier2 = (over: Partial<RuleParameterInput> = {}): RuleParameterInput => ({
  id: uuidv7(),
  areaPrefix: '411521',
  effectiveFrom: '2022-01-01',
  source: '豫政〔2021〕33号',
  verified: true,
  note: '',
  value: { kind: 'area-tier', tier: 2 },
  ...over,
});

/** The county office: a station set up with the county's 6-digit code. */
export async function countyAdmin(env: ReturnType<typeof testEnv>, areaCode = HENAN.slice(0, 6)) {
  const r = await setupStation(env, {
    stationName: '罗山县就业服务站',
    areaCode,
    adminName: '赵科长',
    adminRole: 'county_admin',
    pin: await pin123456(),
    deviceId: 'dev1',
  });
  if (!r.ok) throw new Error(r.error.message);
  return { id: r.value.adminId, name: '赵科长' };
}

/** 08:00–12:00 on weekdays at ¥12 an hour: genuinely part-time, paid below every Henan tier. */
export const partTimeHourly = {
  pay: { kind: 'hourly' as const, amount: 12 },
  contractKind: 'part-time' as const,
  schedule: { kind: 'grid' as const, grid: withRange(EMPTY_WEEK, WEEKDAYS, 16, 24, true) },
};
