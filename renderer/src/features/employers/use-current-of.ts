import { toStored } from '#shared/rights/stored';
import { useStation } from '../../db/queries';
import { useRuleParams } from '../../db/rights-queries';
import { stationDay } from '../../state/station-day';
import { currentFindings } from '../placements/placement-eval';
import type { CurrentOf } from './employer-evaluations';

/**
 * The placements' current findings for the employer's card and printables: evaluated today, or on the last day of
 * work for a placement that has ended. Undefined while the rules or the station load.
 */
export function useCurrentOf(): CurrentOf | undefined {
  const params = useRuleParams();
  const station = useStation();
  if (!params || station === 'loading') return undefined;
  const today = stationDay();
  const area = station?.areaCode ?? null;
  return (view) => {
    const end = view.placement.endDate;
    const date = view.placement.status === 'ended' && end !== null && end < today ? end : today;
    return { date, findings: toStored(currentFindings(view, params, area, date).findings) };
  };
}
