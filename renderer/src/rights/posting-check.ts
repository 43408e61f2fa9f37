import { prescreenPosting, type PostingDraft, type PrescreenResult } from '#shared/rights/prescreen';
import type { RuleParams } from '#shared/rights/parameters/rule-params';

/**
 * The date a posting is checked on: today, or its start date when it starts later (a minimum wage that rises
 * before the work starts is the one that applies to it).
 */
export const prescreenDate = (today: string, startDate: string | null | undefined): string =>
  startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate) && startDate > today ? startDate : today;

/**
 * The pre-screen as the job form shows it and the save command stores it: the area is the employer's village
 * code, else the station's area code.
 */
export function checkPosting(
  job: PostingDraft & { readonly startDate?: string | null },
  employerVillage: string | null | undefined,
  stationArea: string | null | undefined,
  params: RuleParams,
  today: string,
): PrescreenResult {
  return prescreenPosting({
    job,
    employer: null,
    areaCode: employerVillage ?? stationArea ?? null,
    params,
    date: prescreenDate(today, job.startDate),
  });
}
