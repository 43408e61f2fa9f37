import { isOpen } from '../../../shared/rights/engine';
import { fromStored } from '../../../shared/rights/stored';
import type { StoredFinding } from '../../../shared/rights/placement';
import type { RightsFlag } from '../../../shared/matching/types';

/**
 * Rights findings (a posting's pre-screen, its employer's follow-up visits) as matching flags: open ones only
 * (fail or warn), once per check, each with the check's explanation in both languages.
 */
export function flagsFromFindings(findings: readonly Pick<StoredFinding, 'checkId' | 'status' | 'severity' | 'reason' | 'params'>[] | undefined): RightsFlag[] {
  const flags: RightsFlag[] = [];
  const seen = new Set<string>();
  for (const f of findings ?? []) {
    if (!isOpen(f) || seen.has(f.checkId)) continue;
    seen.add(f.checkId);
    const { explanation } = fromStored(f);
    flags.push({ code: f.checkId, severity: f.severity, zh: explanation.zh, en: explanation.en });
  }
  return flags;
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
export function visitFindingsByEmployer(
  placements: readonly { readonly id: string; readonly employerId: string; readonly deleted: boolean }[],
  visits: readonly VisitLike[],
): Map<string, StoredFinding[]> {
  const employerOf = new Map(placements.filter((p) => !p.deleted).map((p) => [p.id, p.employerId]));
  const latest = new Map<string, VisitLike>();
  for (const v of visits) {
    if (v.deleted || !employerOf.has(v.placementId)) continue;
    const have = latest.get(v.placementId);
    if (!have || v.visitedOn > have.visitedOn || (v.visitedOn === have.visitedOn && v.createdAt > have.createdAt)) latest.set(v.placementId, v);
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
