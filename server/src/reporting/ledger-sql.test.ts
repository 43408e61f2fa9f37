import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { startsWith } from './ledger-sql';
import { LEDGER_SPECS } from './ledgers';
import { placementsLedger } from './ledgers/placements';
import { subsidyClaimsLedger, traineesLedger } from './ledgers/trainees';
import { visitsLedger } from './ledgers/visits';

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** The range's bounds applied the way the database compares text. */
function inRange(code: string, prefix: string): boolean {
  const { params } = startsWith('c', prefix);
  const [low, high] = params as string[];
  return code >= (low ?? '') && (high === undefined || code < high);
}

describe('startsWith', () => {
  it('is a range on the column, counting up the last digit that is not 9', () => {
    expect(startsWith('v', '5226')).toEqual({ sql: '(v >= ? AND v < ?)', params: ['5226', '5227'] });
    expect(startsWith('v', '52299')).toEqual({ sql: '(v >= ? AND v < ?)', params: ['52299', '523'] });
    expect(startsWith('v', '99')).toEqual({ sql: 'v >= ?', params: ['99'] });
  });

  it('holds exactly the codes of digits that start with the prefix', () => {
    fc.assert(
      fc.property(digits(1, 12), digits(0, 12), fc.boolean(), (prefix, rest, extend) => {
        // half the cases are codes that do start with the prefix
        const code = extend ? prefix + rest : rest;
        expect(inRange(code, prefix)).toBe(code.startsWith(prefix));
      }),
      propertyRuns(2_000),
    );
  });
});

describe("a ledger's FROM clause (what a count reads)", () => {
  const ctx = { today: '2026-11-30', dialect: 'sqlite' as const };
  const year = { from: '2025-12-01', to: '2026-11-30' };

  it.each(Object.entries(LEDGER_SPECS))('%s: station names are joined for the rows only', (_, spec) => {
    expect(spec.plan(year, ctx).from).not.toMatch(/JOIN stations/);
    expect(`${spec.plan(year, ctx).from} ${spec.plan(year, ctx).display ?? ''}`).toMatch(/JOIN stations/);
  });

  it('joins the person only when the area or the free-text filter reads their columns', () => {
    for (const spec of [placementsLedger, visitsLedger, traineesLedger, subsidyClaimsLedger]) {
      expect(spec.plan(year, ctx).from, spec.name).not.toMatch(/report_seekers s\b/);
      expect(spec.plan(year, ctx).display, spec.name).toMatch(/report_seekers s\b/);
      expect(spec.plan({ ...year, q: '张' }, ctx).from, spec.name).toMatch(/report_seekers s\b/);
      expect(spec.plan({ ...year, area: '5226' }, ctx).from, spec.name).toMatch(/report_seekers s\b/);
    }
  });
});
