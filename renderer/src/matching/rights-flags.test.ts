import { describe, expect, it } from 'vitest';
import type { StoredFinding } from '../../../shared/rights/placement';
import { flagsFromFindings, visitFindingsByEmployer } from './rights-flags';

const finding = (checkId: string, status: StoredFinding['status'], severity: StoredFinding['severity']): StoredFinding => ({ checkId, status, severity, reason: 'x', params: {} });

describe('rights flags for matching', () => {
  it('keeps open findings only, once per check', () => {
    const flags = flagsFromFindings([finding('pay.minimum', 'fail', 'critical'), finding('pay.minimum', 'warn', 'critical'), finding('hours.limit', 'pass', 'high'), finding('contract.written', 'unknown', 'high')]);
    expect(flags.map((f) => f.code)).toEqual(['pay.minimum']);
  });

  it("counts each placement's latest visit against its employer, serious findings only", () => {
    const placements = [
      { id: 'p1', employerId: 'e1', deleted: false },
      { id: 'p2', employerId: 'e1', deleted: false },
      { id: 'p3', employerId: 'e2', deleted: false },
      { id: 'p4', employerId: 'e3', deleted: true },
    ];
    const visit = (placementId: string, visitedOn: string, findings: StoredFinding[], createdAt = 0) => ({ placementId, visitedOn, createdAt, deleted: false, findings });
    const byEmployer = visitFindingsByEmployer(placements, [
      visit('p1', '2026-10-01', [finding('id.withheld', 'fail', 'critical')]),
      visit('p1', '2026-11-01', [finding('id.withheld', 'pass', 'critical')]), // returned since: closed
      visit('p2', '2026-11-02', [finding('pay.late', 'fail', 'high'), finding('rest.day', 'warn', 'medium')]),
      visit('p3', '2026-11-02', [finding('pay.late', 'unknown', 'high')]),
      visit('p4', '2026-11-02', [finding('pay.late', 'fail', 'high')]), // a removed placement
    ]);
    expect([...byEmployer.keys()]).toEqual(['e1']);
    expect(byEmployer.get('e1')?.map((f) => f.checkId)).toEqual(['pay.late']);
  });
});
