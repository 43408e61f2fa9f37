import { describe, expect, it } from 'vitest';
import { seriousVisitFindingsByEmployer } from './employer-summary';
import type { StoredFinding } from '../entities/stored-finding';

const finding = (
  checkId: string,
  status: StoredFinding['status'],
  severity: StoredFinding['severity'],
): StoredFinding => ({ checkId, status, severity, reason: 'x', params: {} });

describe('visit findings that count against an employer', () => {
  it("counts each placement's latest visit against its employer, serious findings only", () => {
    const placements = [
      { id: 'p1', employerId: 'e1', deleted: false },
      { id: 'p2', employerId: 'e1', deleted: false },
      { id: 'p3', employerId: 'e2', deleted: false },
      { id: 'p4', employerId: 'e3', deleted: true },
    ];
    const visit = (placementId: string, visitedOn: string, findings: StoredFinding[], createdAt = 0) => ({
      placementId,
      visitedOn,
      createdAt,
      deleted: false,
      findings,
    });
    const byEmployer = seriousVisitFindingsByEmployer(placements, [
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
