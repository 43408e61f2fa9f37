import { useMemo } from 'react';
import type { Finding } from '#shared/rights/types';
import type { Job } from '#shared/entities/job';
import type { Employer } from '#shared/entities/employer';
import { useStation } from '../db/queries';
import { useRuleParams } from '../db/rights-queries';
import { stationDay } from '../state/station-day';
import { checkPosting } from './posting-check';

/**
 * Each posting's pre-screen as it stands today: run again with the rule rows in force (a new minimum wage or
 * hour limit shows at once), exactly as the job page and matching run it — not the copy stored when the
 * posting was last saved. Undefined while the rules load.
 */
export function usePostingFindings(
  jobs: readonly Job[] | undefined,
  employers: readonly Pick<Employer, 'id' | 'villageCode'>[] | undefined,
): ReadonlyMap<string, readonly Finding[]> | undefined {
  const params = useRuleParams();
  const station = useStation();
  const area = station && station !== 'loading' ? station.areaCode : null;
  const today = stationDay();
  return useMemo(() => {
    if (!params || !jobs) return undefined;
    const village = new Map((employers ?? []).map((e) => [e.id, e.villageCode]));
    return new Map(
      jobs.map((j) => [j.id, checkPosting(j, village.get(j.employerId), area, params, today).findings] as const),
    );
  }, [jobs, employers, params, area, today]);
}
