import type { Employer } from '../entities/employer';
import type { Job } from '../entities/job';
import { evaluateAll, isOpen, sortFindings } from './engine';
import { NO_FACTS, type Facts } from './facts';
import type { RuleParams } from './parameters/rule-params';
import { CHECKS } from './rule-table';
import { scheduleHours } from './schedule-hours';
import type { Check, Finding } from './types';

/** What the pre-screen reads of a job posting (a draft not yet saved has no record fields). */
export type PostingDraft = Pick<
  Job,
  | 'title'
  | 'occupation'
  | 'description'
  | 'schedule'
  | 'workplace'
  | 'pay'
  | 'contractKind'
  | 'socialInsurance'
  | 'payIntervalDays'
>;

/** A posting as facts. A flexible schedule leaves the hours unknown. */
export function postingFacts(job: PostingDraft, areaCode: string | null): Facts {
  const hours = job.schedule.kind === 'grid' ? scheduleHours(job.schedule) : null;
  return {
    ...NO_FACTS,
    areaCode,
    postingText: [job.title, job.occupation, job.description].join('\n'),
    workplace: job.workplace,
    contractKind: job.contractKind === 'unknown' ? null : job.contractKind,
    payKind: job.pay.kind,
    payAmount: job.pay.amount,
    piecesPerHour: job.pay.kind === 'piece' ? job.pay.piecesPerHour : null,
    hoursPerWeek: hours?.hoursPerWeek ?? null,
    maxHoursPerDay: hours?.maxHoursPerDay ?? null,
    avgHoursPerWorkDay: hours?.avgHoursPerWorkDay ?? null,
    restDaysPerWeek: hours?.restDaysPerWeek ?? null,
    socialInsuranceOffered: job.socialInsurance,
    payIntervalDays: job.payIntervalDays ?? null,
  };
}

export interface PrescreenInput {
  readonly job: PostingDraft;
  /** the employer's village code is the workplace's area unless `areaCode` is given */
  readonly employer: Pick<Employer, 'villageCode'> | null;
  readonly areaCode?: string | null;
  readonly params: RuleParams;
  /** the evaluation date (YYYY-MM-DD), normally today or the posting's start date */
  readonly date: string;
  readonly checks?: readonly Check[];
}

export interface PrescreenResult {
  /** worst first */
  readonly findings: readonly Finding[];
  /** open (fail or warn) critical or high findings: shown before saving and flagged in matching */
  readonly serious: readonly Finding[];
}

/** The pre-screen run when a posting is saved: pay, wording, deposits, hours, part-time, insurance. */
export function prescreenPosting(input: PrescreenInput): PrescreenResult {
  const area = input.areaCode ?? input.employer?.villageCode ?? null;
  const findings = sortFindings(
    evaluateAll(input.checks ?? CHECKS, 'posting', postingFacts(input.job, area), {
      date: input.date,
      params: input.params,
    }),
  );
  return { findings, serious: seriousFindings(findings) };
}

/** Works on findings as evaluated and as stored with a posting (`job.rightsFindings`). */
export function seriousFindings<F extends Pick<Finding, 'status' | 'severity'>>(findings: readonly F[]): readonly F[] {
  return findings.filter((f) => isOpen(f) && (f.severity === 'critical' || f.severity === 'high'));
}
