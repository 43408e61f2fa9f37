import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETER_ROWS } from './defaults';
import { minimumRange, minimumWageFor, rowInForce } from './lookup';
import { parameterRowSchema, ruleParameterSchema, type ParameterRow } from '../../entities/rule-parameter';
import { paramsFromRecords } from './rule-params';

const mw = (
  areaPrefix: string,
  effectiveFrom: string,
  monthly: number,
  hourly: number,
  tier: number | null = null,
): ParameterRow => ({
  areaPrefix,
  effectiveFrom,
  source: 'test',
  verified: true,
  note: '',
  value: { kind: 'minimum-wage', tier, monthly, hourly },
});

describe('parameter lookup: the row in force on date D for area A', () => {
  it('uses the row that starts on its effective date, and the earlier one the day before (Shanghai 2025)', () => {
    const before = minimumWageFor(DEFAULT_PARAMETER_ROWS, '310101', '2025-06-30');
    const on = minimumWageFor(DEFAULT_PARAMETER_ROWS, '310101', '2025-07-01');
    expect(before?.kind === 'exact' && before.row.value.monthly).toBe(2690);
    expect(on?.kind === 'exact' && on.row.value.monthly).toBe(2740);
    expect(minimumWageFor(DEFAULT_PARAMETER_ROWS, '310101', '2023-06-30')).toBeNull();
  });

  it('prefers the most specific area prefix even when a wider row is newer', () => {
    const rows = [
      mw('52', '2024-01-01', 1900, 19),
      mw('522626', '2023-01-01', 1700, 17),
      mw('522626101', '2023-06-01', 1750, 17.5),
    ];
    expect(rowInForce(rows, 'minimum-wage', '522626101201', '2024-06-01')?.value).toMatchObject({ monthly: 1750 });
    expect(rowInForce(rows, 'minimum-wage', '522626102201', '2024-06-01')?.value).toMatchObject({ monthly: 1700 });
    expect(rowInForce(rows, 'minimum-wage', '522627000000', '2024-06-01')?.value).toMatchObject({ monthly: 1900 });
    expect(rowInForce(rows, 'minimum-wage', '522626102201', '2022-12-31')).toBeNull();
  });

  it("gives Henan's tier range until the county's tier is recorded, then the exact tier (17.6 yuan an hour for tier 2)", () => {
    const range = minimumWageFor(DEFAULT_PARAMETER_ROWS, '411000', '2025-01-01');
    expect(range?.kind).toBe('tier-unknown');
    expect(range && minimumRange(range).hourly).toEqual({ low: 15.6, high: 19.6 });
    const tier2: ParameterRow = {
      areaPrefix: '411000',
      effectiveFrom: '2022-01-01',
      source: 'county admin',
      verified: true,
      note: '',
      value: { kind: 'area-tier', tier: 2 },
    };
    const exact = minimumWageFor([...DEFAULT_PARAMETER_ROWS, tier2], '411000101201', '2025-01-01');
    expect(exact?.kind === 'exact' && exact.row.value).toMatchObject({ monthly: 1800, hourly: 17.6 });
  });

  it("gives the demo county (Guizhou 522626) its province's three tiers from the day Guizhou's notice takes effect", () => {
    expect(minimumWageFor(DEFAULT_PARAMETER_ROWS, '522626101201', '2025-01-31')).toBeNull();
    const guizhou = minimumWageFor(DEFAULT_PARAMETER_ROWS, '522626101201', '2025-02-01');
    expect(guizhou?.kind).toBe('tier-unknown');
    expect(guizhou && minimumRange(guizhou)).toMatchObject({
      monthly: { low: 1890, high: 2130 },
      hourly: { low: 19.8, high: 22.4 },
    });
    expect(guizhou && minimumRange(guizhou).sources.join()).toContain('文号未读到');
  });

  it('gives Shenzhen its own figure, not the tiers of the rest of Guangdong', () => {
    const shenzhen = minimumWageFor(DEFAULT_PARAMETER_ROWS, '440305001001', '2026-01-01');
    expect(shenzhen?.kind === 'exact' && shenzhen.row.value).toMatchObject({ monthly: 2520, hourly: 23.7 });
    expect(minimumWageFor(DEFAULT_PARAMETER_ROWS, '440105001001', '2026-01-01')?.kind).toBe('tier-unknown');
  });

  it('ships every minimum-wage row unverified unless its source text was read', () => {
    const rows = DEFAULT_PARAMETER_ROWS.filter((r) => r.value.kind === 'minimum-wage');
    expect(new Set(rows.map((r) => r.areaPrefix.slice(0, 2))).size).toBe(31);
    for (const r of rows) expect(r.source.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.verified).map((r) => `${r.areaPrefix} ${r.effectiveFrom}`)).toEqual([
      '11 2025-09-01',
      '31 2025-07-01',
      '44 2026-09-01',
      '44 2026-09-01',
      '44 2026-09-01',
      '4403 2026-09-01',
    ]);
  });

  it('finds national rows with the empty prefix for any area', () => {
    expect(rowInForce(DEFAULT_PARAMETER_ROWS, 'hour-limits', '522626101201', '2025-06-01')?.value).toMatchObject({
      standardDailyHours: 8,
      partTimeWeeklyMax: 24,
    });
  });
});

describe('parameter schemas', () => {
  it('accepts every shipped default row', () => {
    for (const row of DEFAULT_PARAMETER_ROWS) expect(parameterRowSchema.safeParse(row).success).toBe(true);
  });

  it('accepts a synced record and refuses a bad prefix or a negative wage', () => {
    const record = {
      id: '0190b4b6-b79f-7403-916f-3ad23cb4a2a6',
      stationId: '0190b4b6-b79f-7403-916f-3ad23cb4a2a7',
      createdAt: 1,
      updatedAt: '000000000000001:00000:node1',
      deleted: false,
      ...mw('522626', '2025-01-01', 1890, 19.6),
    };
    expect(ruleParameterSchema.safeParse(record).success).toBe(true);
    expect(ruleParameterSchema.safeParse({ ...record, areaPrefix: '5226' + '2' }).success).toBe(false);
    expect(
      ruleParameterSchema.safeParse({ ...record, value: { kind: 'minimum-wage', tier: null, monthly: -1, hourly: 10 } })
        .success,
    ).toBe(false);
    const parsed = ruleParameterSchema.parse(record);
    expect(paramsFromRecords([parsed, { ...parsed, deleted: true }])).toHaveLength(1);
  });
});
