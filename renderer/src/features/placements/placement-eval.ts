import { evaluateVisit, visitSchedule, type VisitResult } from '#shared/rights/follow-up';
import type { RuleParams } from '#shared/rights/parameters/rule-params';
import type { VisitAnswer, VisitKind } from '#shared/entities/visit';
import type { PlacementView } from '../../db/rights-queries';
import type { MaternityInput } from '../../db/commands/maternity';

/** The area a placement is checked for: the employer's village, else this station's area. */
export const placementArea = (view: PlacementView, stationArea: string | null): string | null =>
  view.employer?.villageCode ?? stationArea;

/** The automatic checks and the contract tracker of a placement on `date`, with any answers given so far. */
export function evaluatePlacement(
  view: PlacementView,
  params: RuleParams,
  stationArea: string | null,
  date: string,
  answers: readonly VisitAnswer[] = [],
  maternity?: MaternityInput,
): VisitResult {
  return evaluateVisit({
    placement: view.placement,
    job: view.job,
    person: view.seeker ? { ...view.seeker, ...(maternity ?? {}) } : null,
    areaCode: placementArea(view, stationArea),
    answers,
    params,
    date,
  });
}

/** The latest visit of a placement: by visit date, then by when it was recorded. */
export function latestVisit(view: Pick<PlacementView, 'visits'>): PlacementView['visits'][number] | null {
  return (
    [...view.visits]
      .sort((a, b) => (a.visitedOn !== b.visitedOn ? (a.visitedOn < b.visitedOn ? -1 : 1) : a.createdAt - b.createdAt))
      .at(-1) ?? null
  );
}

/**
 * A placement's current findings — the one source every screen and printable uses: the facts recorded on the
 * placement (and the person) now, with the worker's answers at the latest visit, evaluated on `date`.
 */
export function currentFindings(
  view: PlacementView,
  params: RuleParams,
  stationArea: string | null,
  date: string,
): VisitResult {
  return evaluatePlacement(view, params, stationArea, date, latestVisit(view)?.answers ?? []);
}

/** The first scheduled visit not yet made, with its due date; null when all three are done. */
export function nextVisit(
  view: PlacementView,
): { readonly kind: Exclude<VisitKind, 'extra'>; readonly due: string } | null {
  return visitSchedule(view.placement.startDate).find((v) => !view.visits.some((x) => x.kind === v.kind)) ?? null;
}
