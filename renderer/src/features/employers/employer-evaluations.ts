import { decodeHlc } from '#shared/sync/hlc';
import { employerSummary, type EmployerSummary, type EvaluationRecord } from '#shared/rights/employer-summary';
import type { StoredFinding } from '#shared/entities/stored-finding';
import type { VisitKind } from '#shared/entities/visit';
import type { Job } from '#shared/entities/job';
import type { PlacementView } from '../../db/rights-queries';
import { stationDay } from '../../state/station-day';

export interface EmployerHistoryItem {
  readonly key: string;
  readonly date: string;
  /** a posting's pre-screen, a follow-up visit as recorded, or a placement's current findings */
  readonly kind: 'posting' | 'visit' | 'current';
  /** job title, or the person and the visit's kind */
  readonly label: { readonly title?: string; readonly name?: string; readonly visitKind?: VisitKind };
  readonly subjectId: string;
  readonly findings: readonly StoredFinding[];
}

/** The date a posting was last saved (its hybrid clock's wall time). */
const savedOn = (job: Job): string => {
  const h = decodeHlc(job.updatedAt);
  return h.ok ? stationDay(h.value.ms) : job.startDate;
};

/** A placement's current findings (placement-eval.ts `currentFindings`) on a date, as stored findings. */
export type CurrentOf = (view: PlacementView) => { readonly date: string; readonly findings: readonly StoredFinding[] };

/**
 * An employer's evaluations, newest first: each posting's last pre-screen, every follow-up visit as recorded, and
 * — last, so it decides what is open — each placement's current findings (facts on the placement + latest visit).
 */
export function employerHistory(
  jobs: readonly Job[],
  placements: readonly PlacementView[],
  currentOf?: CurrentOf,
): EmployerHistoryItem[] {
  const items: EmployerHistoryItem[] = [
    ...jobs.map((j) => ({
      key: `job-${j.id}`,
      date: savedOn(j),
      kind: 'posting' as const,
      label: { title: j.title },
      subjectId: j.id,
      findings: j.rightsFindings ?? [],
    })),
    ...placements.flatMap((p) =>
      p.visits.map((v) => ({
        key: `visit-${v.id}`,
        date: v.visitedOn,
        kind: 'visit' as const,
        label: { name: p.seeker?.name ?? '—', visitKind: v.kind },
        subjectId: p.placement.id,
        findings: v.findings,
      })),
    ),
    ...(currentOf
      ? placements.map((p) => {
          const c = currentOf(p);
          return {
            key: `current-${p.placement.id}`,
            date: c.date,
            kind: 'current' as const,
            label: { name: p.seeker?.name ?? '—' },
            subjectId: p.placement.id,
            findings: c.findings,
          };
        })
      : []),
  ];
  return items.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export function summaryOf(history: readonly EmployerHistoryItem[]): EmployerSummary {
  const records: EvaluationRecord[] = history.map((h) => ({
    subject: { kind: h.kind === 'posting' ? 'posting' : 'placement', id: h.subjectId },
    date: h.date,
    findings: h.findings,
  }));
  return employerSummary(records);
}

/** The stored finding behind an open one (for its texts). */
export function storedFor(
  history: readonly EmployerHistoryItem[],
  subjectId: string,
  checkId: string,
  date: string,
): StoredFinding | undefined {
  // a placement's current findings before a visit of the same day: they are what the summary decided on
  const ordered = [...history].sort((a, b) => Number(b.kind === 'current') - Number(a.kind === 'current'));
  return ordered
    .find((h) => h.subjectId === subjectId && h.date === date && h.findings.some((f) => f.checkId === checkId))
    ?.findings.find((f) => f.checkId === checkId);
}
