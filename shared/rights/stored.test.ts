import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import { prescreenPosting, seriousFindings } from './prescreen';
import { storedFindingSchema } from '../entities/stored-finding';
import { fromStored, toStored } from './stored';
import { EMPTY_WEEK, WEEKDAYS, withRange } from '../schedule/week-grid';

const findings = prescreenPosting({
  job: {
    title: '包装工',
    occupation: '',
    description: '入职交押金300元',
    schedule: { kind: 'grid', grid: withRange(EMPTY_WEEK, WEEKDAYS, 16, 24, true) },
    workplace: 'on-site',
    pay: { kind: 'hourly', amount: 12 },
    contractKind: 'part-time',
    socialInsurance: true,
  },
  employer: { villageCode: '310101001001' },
  params: DEFAULT_PARAMETER_ROWS,
  date: '2026-11-25',
}).findings;

describe('findings as stored with a posting or visit', () => {
  it('keep the verdict and fill the same texts again when shown', () => {
    const stored = toStored(findings);
    for (const s of stored) expect(storedFindingSchema.safeParse(s).success).toBe(true);
    const shown = stored.map((s) => fromStored(s));
    expect(shown.map((f) => [f.checkId, f.status, f.explanation.zh, f.nextStep.en])).toEqual(
      findings.map((f) => [f.checkId, f.status, f.explanation.zh, f.nextStep.en]),
    );
    expect(
      seriousFindings(stored)
        .map((f) => f.checkId)
        .sort(),
    ).toEqual(
      seriousFindings(findings)
        .map((f) => f.checkId)
        .sort(),
    );
    expect(seriousFindings(stored).map((f) => f.checkId)).toEqual(
      expect.arrayContaining(['pay.minimum-wage', 'forced.posting-deposit']),
    );
  });

  it('a finding of a check this version does not know is shown with a plain text, never dropped', () => {
    const f = fromStored({ checkId: 'gone.check', status: 'fail', severity: 'high', reason: 'x', params: {} });
    expect(f).toMatchObject({ checkId: 'gone.check', status: 'fail', severity: 'high' });
    expect(f.explanation.zh).toContain('gone.check');
  });
});
