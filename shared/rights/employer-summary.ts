import { isOpen } from './engine';
import type { StoredFinding } from '../entities/stored-finding';
import { SEVERITIES, type Severity, type Status } from './types';

/** One evaluation of one posting or placement of the employer (a pre-screen, or a visit). */
export interface EvaluationRecord {
  readonly subject: { readonly kind: 'posting' | 'placement'; readonly id: string };
  readonly date: string;
  readonly findings: readonly Pick<StoredFinding, 'checkId' | 'status' | 'severity'>[];
}

export interface OpenFinding {
  readonly subject: EvaluationRecord['subject'];
  readonly checkId: string;
  readonly status: Extract<Status, 'fail' | 'warn'>;
  readonly severity: Severity;
  /** the evaluation that last found it */
  readonly date: string;
  /** when it was first found in the current unbroken run of open results */
  readonly since: string;
}

export interface EmployerSummary {
  readonly open: readonly OpenFinding[];
  /** open findings per severity: fails and warnings */
  readonly bySeverity: Readonly<Record<Severity, { readonly fail: number; readonly warn: number }>>;
  readonly evaluations: number;
  readonly lastEvaluated: string | null;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * An employer's open findings: for every posting or placement and every check, the latest evaluation decides
 * (a later pass or unknown closes nothing it did not see: unknown keeps an earlier open finding open; pass
 * closes it). Counted by severity, worst first.
 */
export function employerSummary(records: readonly EvaluationRecord[]): EmployerSummary {
  const ordered = [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const state = new Map<string, OpenFinding>();
  for (const r of ordered) {
    for (const f of r.findings) {
      const key = `${r.subject.kind}:${r.subject.id}:${f.checkId}`;
      const prev = state.get(key);
      if (f.status === 'fail' || f.status === 'warn') {
        state.set(key, {
          subject: r.subject,
          checkId: f.checkId,
          status: f.status,
          severity: f.severity,
          date: r.date,
          since: prev?.since ?? r.date,
        });
      } else if (f.status === 'pass') state.delete(key);
    }
  }
  const open = [...state.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1) ||
      (a.since < b.since ? -1 : a.since > b.since ? 1 : 0),
  );
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((s) => [
      s,
      {
        fail: open.filter((o) => o.severity === s && o.status === 'fail').length,
        warn: open.filter((o) => o.severity === s && o.status === 'warn').length,
      },
    ]),
  ) as Record<Severity, { fail: number; warn: number }>;
  return { open, bySeverity, evaluations: records.length, lastEvaluated: ordered.at(-1)?.date ?? null };
}

/** One visit's place in time: the latest visit of a placement decides what is open there now. */
interface VisitLike {
  readonly placementId: string;
  readonly visitedOn: string;
  readonly createdAt: number;
  readonly deleted: boolean;
  readonly findings: readonly StoredFinding[];
}

/**
 * The serious (critical or high) open findings of each employer's follow-up visits: for every placement, its
 * latest visit decides. They count against all of that employer's postings.
 */
export function seriousVisitFindingsByEmployer(
  placements: readonly { readonly id: string; readonly employerId: string; readonly deleted: boolean }[],
  visits: readonly VisitLike[],
): Map<string, StoredFinding[]> {
  const employerOf = new Map(placements.filter((p) => !p.deleted).map((p) => [p.id, p.employerId]));
  const latest = new Map<string, VisitLike>();
  for (const v of visits) {
    if (v.deleted || !employerOf.has(v.placementId)) continue;
    const have = latest.get(v.placementId);
    if (!have || v.visitedOn > have.visitedOn || (v.visitedOn === have.visitedOn && v.createdAt > have.createdAt))
      latest.set(v.placementId, v);
  }
  const out = new Map<string, StoredFinding[]>();
  for (const [placementId, v] of latest) {
    const serious = v.findings.filter((f) => isOpen(f) && (f.severity === 'critical' || f.severity === 'high'));
    if (serious.length === 0) continue;
    const employerId = employerOf.get(placementId) as string;
    out.set(employerId, [...(out.get(employerId) ?? []), ...serious]);
  }
  return out;
}
