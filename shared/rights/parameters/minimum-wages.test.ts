import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import type { ParameterRow } from '../../entities/rule-parameter';
import { DEFAULT_PARAMETER_ROWS } from './defaults';
import { minimumRange, minimumWageFor, sourceLabel, type RowOf } from './lookup';
import { WAGE_NOTICES } from './minimum-wage-notices';

const WAGE_ROWS = DEFAULT_PARAMETER_ROWS.filter((r): r is RowOf<'minimum-wage'> => r.value.kind === 'minimum-wage');
/** A document number as provinces write it: an issuer's abbreviation, 〔year〕, a serial and 号. */
const DOC_NUMBER = /^[\u4e00-\u9fa5]{2,8}〔20\d\d〕\d{1,4}号$/;
const NUMBER_IN_SOURCE = /[\u4e00-\u9fa5]{2,8}〔20\d\d〕\d{1,4}号/;

/** The shipped rows grouped into the sets one notice (or one table) gives one area from one day. */
function rowSets(): RowOf<'minimum-wage'>[][] {
  const sets = new Map<string, RowOf<'minimum-wage'>[]>();
  for (const r of WAGE_ROWS) {
    const key = `${r.areaPrefix}|${r.effectiveFrom}|${r.source}`;
    sets.set(key, [...(sets.get(key) ?? []), r]);
  }
  return [...sets.values()];
}

describe('minimum-wage table: every row says where it comes from', () => {
  it('names a document number and where it was read for every verified row', () => {
    const verified = WAGE_ROWS.filter((r) => r.verified);
    expect(verified.length).toBeGreaterThan(0);
    for (const r of verified) {
      expect(r.source, r.areaPrefix).toMatch(NUMBER_IN_SOURCE);
      expect(r.note, r.areaPrefix).toMatch(/读自：.*(https?:\/\/|github\.com\/)/);
    }
  });

  it('records every notice with a well-formed number or none, where it was read, and a number for each verified one', () => {
    for (const n of WAGE_NOTICES) {
      const label = `${n.areaPrefix} ${n.effectiveFrom}`;
      if (n.number !== null) expect(n.number, label).toMatch(DOC_NUMBER);
      if (n.verified) expect(n.number, label).not.toBeNull();
      expect(n.readAt.length, label).toBeGreaterThan(0);
      expect(n.note.length, label).toBeGreaterThan(0);
    }
  });

  it('says in the source of a row without a number that none was read, never leaving it blank', () => {
    for (const r of WAGE_ROWS.filter((row) => !NUMBER_IN_SOURCE.test(row.source)))
      expect(`${r.source}${r.note}`, r.areaPrefix).toMatch(/文号(待补|未读到)/);
  });

  it('cites an unverified row as not checked against its notice, and a verified one as it is', () => {
    const [verified] = WAGE_ROWS.filter((r) => r.verified);
    const [unverified] = WAGE_ROWS.filter((r) => !r.verified);
    expect(verified && sourceLabel(verified)).toBe(verified?.source);
    expect(unverified && sourceLabel(unverified)).toBe(`${unverified?.source}（未核对原文）`);
  });
});

describe('minimum-wage table: each set of tiers is consistent', () => {
  it('numbers the tiers 1..n (or gives one tier-less figure), monthly falling and hourly not rising with the tier', () => {
    for (const set of rowSets()) {
      const label = `${set[0]?.areaPrefix} ${set[0]?.effectiveFrom}`;
      if (set.length === 1) expect(set[0]?.value.tier, label).toBeNull();
      else
        expect(
          set.map((r) => r.value.tier),
          label,
        ).toEqual(set.map((_, i) => i + 1));
      for (let i = 1; i < set.length; i++) {
        const [higher, lower] = [set[i - 1]?.value, set[i]?.value];
        expect(lower && higher && lower.monthly < higher.monthly, label).toBe(true);
        expect(lower && higher && lower.hourly <= higher.hourly, label).toBe(true);
      }
    }
  });

  it('has hourly figures that are non-full-time hourly minimums, not the monthly one spread over 174 hours', () => {
    // A non-full-time hourly minimum includes the social insurance the worker would otherwise get on top, so it is
    // around the monthly minimum ÷ 174 or above (monthly ÷ hourly between 80 and 130); ÷ 174 exactly or less is
    // the full-time hourly equivalent (Beijing's 14.6 beside its 27.7), a misreading.
    for (const r of WAGE_ROWS) {
      const ratio = r.value.monthly / r.value.hourly;
      expect(ratio, `${r.areaPrefix} ${r.effectiveFrom} tier ${r.value.tier}`).toBeGreaterThan(80);
      expect(ratio, `${r.areaPrefix} ${r.effectiveFrom} tier ${r.value.tier}`).toBeLessThan(130);
      expect(r.value.monthly).toBeGreaterThan(1000);
      expect(r.value.monthly).toBeLessThan(4000);
    }
  });
});

describe('minimum-wage lookup: a later notice replaces the earlier set of tiers', () => {
  const tier = (areaPrefix: string, n: number): ParameterRow => ({
    areaPrefix,
    effectiveFrom: '2026-01-01',
    source: 'county admin',
    verified: true,
    note: '',
    value: { kind: 'area-tier', tier: n },
  });

  it('gives Guangdong four tiers until 2026-08-31 and only the three of 粤府函〔2026〕188号 from 2026-09-01', () => {
    const before = minimumWageFor(DEFAULT_PARAMETER_ROWS, '441900001001', '2026-08-31');
    const after = minimumWageFor(DEFAULT_PARAMETER_ROWS, '441900001001', '2026-09-01');
    expect(before?.kind === 'tier-unknown' && before.rows.map((r) => r.value.monthly)).toEqual([
      2500, 2080, 1850, 1750,
    ]);
    expect(after?.kind === 'tier-unknown' && after.rows.map((r) => r.value.monthly)).toEqual([2680, 2300, 2040]);
    expect(after && minimumRange(after).sources).toEqual([
      '粤府函〔2026〕188号《广东省人民政府关于调整我省最低工资标准的通知》',
    ]);
  });

  it("gives a county recorded in a tier the new notice dropped every tier of the new notice, not the old tier's figure", () => {
    const params = [...DEFAULT_PARAMETER_ROWS, tier('4415', 4)];
    const after = minimumWageFor(params, '441500001001', '2026-09-01');
    expect(after?.kind).toBe('tier-unknown');
    expect(after && minimumRange(after).monthly).toEqual({ low: 2040, high: 2680 });
    const recorded = minimumWageFor([...DEFAULT_PARAMETER_ROWS, tier('4419', 2)], '441900001001', '2026-09-01');
    expect(recorded?.kind === 'exact' && recorded.row.value).toMatchObject({ monthly: 2300, hourly: 21.9 });
  });

  it('gives Shenzhen 2700 yuan from 2026-09-01 and Beijing 2540 from 2025-09-01, each the day before its old figure', () => {
    const at = (area: string, date: string) => {
      const mw = minimumWageFor(DEFAULT_PARAMETER_ROWS, area, date);
      return mw?.kind === 'exact' ? [mw.row.value.monthly, mw.row.value.hourly] : null;
    };
    expect(at('440305001001', '2026-08-31')).toEqual([2520, 23.7]);
    expect(at('440305001001', '2026-09-01')).toEqual([2700, 25.4]);
    expect(at('110101001001', '2025-08-31')).toEqual([2420, 26.4]);
    expect(at('110101001001', '2025-09-01')).toEqual([2540, 27.7]);
  });

  it('uses, for any area and day, the tiers of one set only: the latest one started at the most specific prefix', () => {
    // days around the rows' own start dates, where one set gives way to the next
    const shift = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.constantFrom(...WAGE_ROWS),
        fc.stringMatching(/^\d{10}$/),
        fc.integer({ min: -3, max: 600 }),
        (row, rest, days) => {
          const area = (row.areaPrefix + rest).slice(0, 12);
          const date = shift(row.effectiveFrom, days);
          const mw = minimumWageFor(DEFAULT_PARAMETER_ROWS, area, date);
          const started = WAGE_ROWS.filter((r) => area.startsWith(r.areaPrefix) && r.effectiveFrom <= date);
          if (started.length === 0) return mw === null;
          const longest = Math.max(...started.map((r) => r.areaPrefix.length));
          const latest = started
            .filter((r) => r.areaPrefix.length === longest)
            .reduce((d, r) => (r.effectiveFrom > d ? r.effectiveFrom : d), '');
          const used = mw === null ? [] : mw.kind === 'exact' ? [mw.row] : mw.rows;
          return used.length > 0 && used.every((r) => r.areaPrefix.length === longest && r.effectiveFrom === latest);
        },
      ),
      propertyRuns(300),
    );
  });
});
