import type { Job } from '#shared/entities/job';
import { gridSchedule } from '#shared/schedule/quarter-week';
import { EMPTY_WEEK } from '#shared/schedule/week-grid';
import type { JobInput } from '../../db/commands/employers';

/** The job form's values: the posting with its schedule and pay spread over plain fields. */
export interface JobFormValues {
  employerId?: string;
  title: string;
  occupation?: string;
  skills?: Job['skills'];
  scheduleKind: 'grid' | 'flexible';
  grid: string;
  /** the week to the quarter hour when a shift starts or ends on one (see ShiftEdges) */
  quarters?: string;
  workplace: Job['workplace'];
  physical: Job['physical'];
  literacyNeeded: Job['literacyNeeded'];
  payKind: Job['pay']['kind'];
  payAmount?: number;
  piecesPerHour?: number;
  contractKind: Job['contractKind'];
  /** '' when the posting does not say */
  payIntervalDays: number | '';
  socialInsurance: boolean;
  positions: number;
  startDate: string;
  endDate?: string;
  status: Job['status'];
  description?: string;
}

/** A new posting: on site, monthly pay, a labour contract with social insurance, starting today. */
export function blankJob(today: string): JobFormValues {
  return {
    title: '',
    scheduleKind: 'grid',
    grid: EMPTY_WEEK,
    workplace: 'on-site',
    physical: {
      standingHours: 0,
      liftKg: 0,
      fineEyesight: false,
      bothHands: true,
      stepFree: 'unknown',
      muchWalking: false,
    },
    literacyNeeded: 'none',
    payKind: 'monthly',
    contractKind: 'labour',
    payIntervalDays: '',
    socialInsurance: true,
    positions: 1,
    startDate: today,
    status: 'open',
  };
}

/** An existing posting as the form shows it. */
export function toJobFormValues(j: Job): JobFormValues {
  return {
    ...j,
    scheduleKind: j.schedule.kind,
    grid: j.schedule.kind === 'grid' ? j.schedule.grid : EMPTY_WEEK,
    quarters: j.schedule.kind === 'grid' ? j.schedule.quarters : undefined,
    payKind: j.pay.kind,
    payAmount: j.pay.amount,
    piecesPerHour: j.pay.kind === 'piece' ? j.pay.piecesPerHour : undefined,
    endDate: j.endDate ?? undefined,
    payIntervalDays: j.payIntervalDays ?? '',
  };
}

/** The form's values as the command takes them. */
export function toJobInput(id: string, v: JobFormValues): JobInput {
  const amount = v.payAmount ?? 0;
  const pay: Job['pay'] =
    v.payKind === 'piece'
      ? { kind: 'piece', amount, piecesPerHour: v.piecesPerHour ?? 0 }
      : { kind: v.payKind, amount };
  return {
    id,
    employerId: v.employerId ?? '',
    title: v.title ?? '',
    occupation: v.occupation ?? '',
    skills: v.skills ?? [],
    schedule: v.scheduleKind === 'flexible' ? { kind: 'flexible' } : gridSchedule(v.grid || EMPTY_WEEK, v.quarters),
    workplace: v.workplace,
    physical: v.physical,
    literacyNeeded: v.literacyNeeded,
    pay,
    contractKind: v.contractKind,
    payIntervalDays: v.payIntervalDays === '' || v.payIntervalDays === undefined ? null : v.payIntervalDays,
    socialInsurance: v.socialInsurance,
    positions: v.positions,
    startDate: v.startDate,
    endDate: v.endDate || null,
    status: v.status,
    description: v.description ?? '',
  };
}
