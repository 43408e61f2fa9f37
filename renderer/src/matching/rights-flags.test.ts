import { describe, expect, it } from 'vitest';
import type { StoredFinding } from '#shared/entities/stored-finding';
import { flagsFromFindings } from './rights-flags';

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
