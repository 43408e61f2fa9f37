import { describe, expect, it } from 'vitest';
import type { Job } from '#shared/entities/job';
import type { Placement } from '#shared/entities/placement';
import type { Visit } from '#shared/entities/visit';
import type { PlacementView } from '../../db/rights-queries';
import { employerHistory, storedFor, summaryOf } from './employer-evaluations';

const fail = (checkId: string, severity: 'critical' | 'high' | 'medium' | 'low' = 'high') => ({
  checkId,
  status: 'fail' as const,
  severity,
  reason: 'below-minimum',
  params: {},
});
const pass = (checkId: string) => ({
  checkId,
  status: 'pass' as const,
  severity: 'high' as const,
  reason: 'ok',
  params: {},
});
// a job saved at 2026-11-20 12:00 local time (the hybrid clock's wall time)
const savedAt = (iso: string) => `${String(new Date(iso).getTime()).padStart(15, '0')}:00000:dev1`;
const job = (id: string, title: string, updatedAt: string, rightsFindings: Job['rightsFindings']) =>
  ({ id, title, updatedAt, startDate: '2026-12-01', rightsFindings }) as unknown as Job;
const visit = (id: string, visitedOn: string, findings: Visit['findings']) =>
  ({ id, kind: 'month-1', visitedOn, findings }) as unknown as Visit;
const placed = (id: string, visits: Visit[]): PlacementView => ({
  placement: { id } as Placement,
  seeker: { id: 's', name: '张桂兰', birthDate: '1975-03-04', sex: 'female', pregnant: false },
  job: null,
  employer: null,
  visits,
});

describe("an employer's rights history and summary", () => {
  it('counts the open findings of postings and visits by severity; a later visit that passes closes a finding', () => {
    const jobs = [
      job('j1', '包装工', savedAt('2026-11-20T12:00:00+08:00'), [
        fail('pay.minimum-wage'),
        pass('forced.posting-deposit'),
      ]),
      job('j2', '缝纫工', savedAt('2026-11-21T12:00:00+08:00'), [pass('pay.minimum-wage')]),
    ];
    const placements = [
      placed('p1', [
        visit('v1', '2026-11-22', [fail('forced.papers-held', 'critical'), fail('contract.written')]),
        visit('v2', '2026-11-24', [pass('forced.papers-held')]),
      ]),
    ];
    const history = employerHistory(jobs, placements);
    expect(history.map((h) => h.date)).toEqual(['2026-11-24', '2026-11-22', '2026-11-21', '2026-11-20']);
    const summary = summaryOf(history);
    expect(summary.open.map((o) => `${o.subject.id}:${o.checkId}`).sort()).toEqual([
      'j1:pay.minimum-wage',
      'p1:contract.written',
    ]);
    expect(summary.bySeverity.high).toEqual({ fail: 2, warn: 0 });
    expect(summary.bySeverity.critical).toEqual({ fail: 0, warn: 0 });
    expect(storedFor(history, 'p1', 'contract.written', '2026-11-22')).toMatchObject({ status: 'fail' });
  });
});

describe("a placement's current findings decide what the employer's card and letters show", () => {
  it('facts recorded on the placement after the last visit reach the summary and the letter without another visit', () => {
    const placements = [placed('p1', [visit('v1', '2026-11-22', [pass('contract.written')])])];
    // the placement now records no written contract 40 days in: its current findings fail the check
    const currentOf = () => ({ date: '2026-11-25', findings: [fail('contract.written')] });
    const history = employerHistory([], placements, currentOf);
    expect(history.map((h) => h.kind)).toEqual(['current', 'visit']);
    const summary = summaryOf(history);
    expect(summary.open.map((o) => `${o.subject.id}:${o.checkId}:${o.date}`)).toEqual([
      'p1:contract.written:2026-11-25',
    ]);
    expect(storedFor(history, 'p1', 'contract.written', '2026-11-25')).toMatchObject({ status: 'fail' });
  });

  it('on the same day as a visit, the current findings come after it and decide', () => {
    const placements = [placed('p1', [visit('v1', '2026-11-25', [fail('forced.papers-held', 'critical')])])];
    const currentOf = () => ({ date: '2026-11-25', findings: [pass('forced.papers-held')] });
    expect(summaryOf(employerHistory([], placements, currentOf)).open).toEqual([]);
  });
});
