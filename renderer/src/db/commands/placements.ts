import type { Job } from '../../../../shared/entities/job';
import type { Placement } from '../../../../shared/rights/placement';
import { writeRecord, type CommandContext } from './command';

export interface NewPlacement {
  readonly seekerId: string;
  readonly job: Job;
  /** first day of work (用工之日) */
  readonly startDate: string;
  readonly note?: string;
}

/**
 * Writes a new placement inside a running command (the referral that ends in "hired", or the placement
 * form). The contract and insurance are 'unknown' until someone asks: the follow-up visits fill them in.
 */
export async function insertPlacement(ctx: CommandContext, input: NewPlacement): Promise<Placement> {
  const { job } = input;
  return writeRecord(
    ctx,
    'placements',
    {
      id: ctx.env.newId(),
      stationId: ctx.stationId,
      createdAt: ctx.env.now(),
      deleted: false,
      seekerId: input.seekerId,
      jobId: job.id,
      employerId: job.employerId,
      status: 'active',
      startDate: input.startDate,
      endDate: null,
      contractKind: job.contractKind,
      contractStatus: 'unknown',
      contractSignedOn: null,
      contractTerm: null,
      contractTermMonths: null,
      probationMonths: null,
      probationMonthlyPay: null,
      wage: job.pay,
      actualMonthlyPay: null,
      actualWeeklyHours: null,
      actualMaxDailyHours: null,
      actualWorkDaysPerWeek: null,
      overtimeHoursLastMonth: null,
      payIntervalDays: null,
      socialInsuranceStatus: 'unknown',
      socialInsuranceRegisteredOn: null,
      injuryDate: null,
      injuryReportedOn: null,
      retirementPost: null,
      drawsPension: null,
      note: input.note ?? '',
    },
    { action: 'placement.create' },
  );
}
