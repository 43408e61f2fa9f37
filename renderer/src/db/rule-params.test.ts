import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETER_ROWS } from '#shared/rights/parameters/defaults';
import { minimumWageFor } from '#shared/rights/parameters/lookup';
import type { RuleParameter } from '#shared/entities/rule-parameter';
import { paramsInForce } from './rule-params';

const record = (hourly: number, updatedAt: string, over: Partial<RuleParameter> = {}): RuleParameter => ({
  id: '0190b5e5-0000-7000-8000-000000000001',
  stationId: '0190b5e5-0000-7000-8000-000000000002',
  createdAt: 0,
  updatedAt,
  deleted: false,
  areaPrefix: '31',
  effectiveFrom: '2025-07-01',
  source: 'county',
  verified: true,
  note: '',
  value: { kind: 'minimum-wage', tier: null, monthly: 2740, hourly },
  ...over,
});
const hourlyIn = (records: RuleParameter[]) => {
  const mw = minimumWageFor(paramsInForce(records), '310101', '2026-01-01');
  return mw?.kind === 'exact' ? mw.row.value.hourly : null;
};

describe('the parameters in force', () => {
  it('a county row for the same area and start replaces the shipped one; the newest change wins; a withdrawn row does not count', () => {
    expect(hourlyIn([])).toBe(25);
    expect(hourlyIn([record(26, '000000000001000:00000:a')])).toBe(26);
    expect(hourlyIn([record(26, '000000000001000:00000:a'), record(27, '000000000002000:00000:a')])).toBe(27);
    expect(hourlyIn([record(27, '000000000002000:00000:a'), record(26, '000000000001000:00000:a')])).toBe(27);
    expect(hourlyIn([record(26, '000000000001000:00000:a', { deleted: true })])).toBe(25);
    expect(paramsInForce([]).length).toBe(DEFAULT_PARAMETER_ROWS.length);
  });
});
