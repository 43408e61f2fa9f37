import { describe, expect, it } from 'vitest';
import { employerSummary } from './employer-summary';
import { evaluateAll, fill } from './engine';
import { FACT_LABELS } from './fact-labels';
import { FACT_KEYS } from './facts';
import { LAWS } from './legal';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import { CHECKS, ruleTree } from './rule-table';

describe('the rule table', () => {
  it('has unique ids, and every check cites a known law, reads declared facts, has a referral and runs somewhere', () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    for (const c of CHECKS) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) expect(Object.keys(LAWS), c.id).toContain(s.law);
      expect(c.reads.length, c.id).toBeGreaterThan(0);
      for (const k of c.reads) expect(FACT_KEYS, c.id).toContain(k);
      expect(c.referral.length, c.id).toBeGreaterThan(0);
      expect(c.contexts.length, c.id).toBeGreaterThan(0);
      expect(c.question.zh.length * c.question.en.length, c.id).toBeGreaterThan(0);
    }
  });

  it('is structured cluster → compliance point → check and loses no check', () => {
    const tree = ruleTree();
    expect(tree.map((c) => c.id)).toEqual([
      'child-labour',
      'discrimination',
      'forced-labour',
      'freedom-of-association',
      'compensation',
      'contracts-and-hr',
      'occupational-safety-and-health',
      'working-time',
    ]);
    expect(tree.flatMap((c) => c.points.flatMap((p) => p.checks.map((x) => x.id))).sort()).toEqual(
      CHECKS.map((c) => c.id).sort(),
    );
    expect(tree.find((c) => c.id === 'compensation')?.points.map((p) => p.id)).toContain('minimum-wage');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} 和 {b}', { a: 1 })).toBe('1 和 {b}');
  });
});

describe('employer summary', () => {
  const posting = { kind: 'posting' as const, id: 'p1' };
  const placement = { kind: 'placement' as const, id: 'x1' };
  it('counts open findings by severity: the latest evaluation decides, unknown keeps a finding open, pass closes it', () => {
    const s = employerSummary([
      {
        subject: posting,
        date: '2025-03-01',
        findings: [
          { checkId: 'pay.minimum-wage', status: 'fail', severity: 'high' },
          { checkId: 'forced.posting-deposit', status: 'fail', severity: 'critical' },
        ],
      },
      {
        subject: posting,
        date: '2025-03-05',
        findings: [
          { checkId: 'pay.minimum-wage', status: 'unknown', severity: 'high' },
          { checkId: 'forced.posting-deposit', status: 'pass', severity: 'critical' },
        ],
      },
      {
        subject: placement,
        date: '2025-04-09',
        findings: [
          { checkId: 'contract.written', status: 'fail', severity: 'high' },
          { checkId: 'pay.payslip', status: 'warn', severity: 'medium' },
        ],
      },
      {
        subject: placement,
        date: '2025-04-10',
        findings: [{ checkId: 'contract.written', status: 'fail', severity: 'high' }],
      },
    ]);
    expect(s.open.map((o) => `${o.checkId}:${o.since}`)).toEqual([
      'pay.minimum-wage:2025-03-01',
      'contract.written:2025-04-09',
      'pay.payslip:2025-04-09',
    ]);
    expect(s.bySeverity).toEqual({
      critical: { fail: 0, warn: 0 },
      high: { fail: 2, warn: 0 },
      medium: { fail: 0, warn: 1 },
      low: { fail: 0, warn: 0 },
    });
    expect(s.lastEvaluated).toBe('2025-04-10');
    expect(employerSummary([]).open).toEqual([]);
  });
});

describe('missing information is named in words', () => {
  it('every fact a check may read has a label in both languages', () => {
    for (const key of FACT_KEYS) {
      expect(FACT_LABELS[key].zh.trim()).not.toBe('');
      expect(FACT_LABELS[key].en.trim()).not.toBe('');
    }
  });

  it('an unknown finding says what is missing in Chinese, not as a field name', () => {
    const [finding] = evaluateAll(
      CHECKS.filter((c) => c.id === 'pay.minimum-wage'),
      'posting',
      {},
      { date: '2026-11-25', params: DEFAULT_PARAMETER_ROWS },
    );
    expect(finding?.status).toBe('unknown');
    expect(finding?.explanation.zh).toContain('计薪方式、工资数额');
    expect(finding?.explanation.zh).not.toMatch(/[a-z]{4,}/);
    expect(finding?.explanation.en).toContain('how pay is counted, the pay');
  });
});
