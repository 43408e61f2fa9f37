import { describe, expect, it } from 'vitest';
import type { StoredFinding } from '#shared/entities/stored-finding';
import { flagsFromFindings, postingFlagsFrom } from './rights-flags';

const finding = (
  checkId: string,
  status: StoredFinding['status'],
  severity: StoredFinding['severity'],
): StoredFinding => ({ checkId, status, severity, reason: 'x', params: {} });

describe('rights flags for matching', () => {
  it('keeps open findings only, once per check', () => {
    const flags = flagsFromFindings([
      finding('pay.minimum', 'fail', 'critical'),
      finding('pay.minimum', 'warn', 'critical'),
      finding('hours.limit', 'pass', 'high'),
      finding('contract.written', 'unknown', 'high'),
    ]);
    expect(flags.map((f) => f.code)).toEqual(['pay.minimum']);
  });
});

describe("a posting's flags from its employer's follow-up visits", () => {
  const owed: StoredFinding = {
    checkId: 'contract.written',
    status: 'fail',
    severity: 'critical',
    reason: 'double-wages',
    params: { day: 75, from: '2026-02-01', to: '2026-03-15', months: 1.5, amount: 4500, dueBy: '2026-01-31' },
  };

  it("says what the employer did, never the other worker's days, dates or money", () => {
    const [flag, ...rest] = postingFlagsFrom([], [owed]);
    expect(rest).toEqual([]);
    expect(flag?.code).toBe('contract.written');
    expect(flag?.severity).toBe('critical');
    expect(flag?.zh).toBe('回访该单位已上岗的人时发现没有做到：用工一个月内是否签订了书面劳动合同');
    for (const value of ['75', '4500', '2026', '双倍', '二倍']) expect(flag?.zh).not.toContain(value);
    expect(flag?.en).not.toMatch(/4500|75|2026|double/i);
  });

  it('leaves out findings about the worker’s own situation (pregnancy, retirement age, pension)', () => {
    const personal = ['osh.pregnancy-breastfeeding', 'contract.retirement-age', 'contract.pension-drawn'];
    expect(
      postingFlagsFrom(
        [],
        personal.map((id) => finding(id, 'fail', 'critical')),
      ),
    ).toEqual([]);
    expect(postingFlagsFrom([], [finding('forced.papers-held', 'fail', 'critical')]).map((f) => f.code)).toEqual([
      'forced.papers-held',
    ]);
  });

  it("keeps the posting's own finding, with its explanation, when a visit found the same check", () => {
    const own = flagsFromFindings([finding('pay.minimum-wage', 'fail', 'critical')]);
    const flags = postingFlagsFrom(
      [finding('pay.minimum-wage', 'fail', 'critical')],
      [finding('pay.minimum-wage', 'fail', 'critical'), finding('pay.arrears', 'warn', 'high')],
    );
    expect(flags.map((f) => f.code)).toEqual(['pay.minimum-wage', 'pay.arrears']);
    expect(flags[0]).toEqual(own[0]);
  });
});
