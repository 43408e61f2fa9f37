import type { Job } from '../entities/job';
import type { Seeker } from '../entities/seeker';
import { trackContract, type ContractTrack } from './contract-tracker';
import { addDays, addMonthsClamped, daysBetween } from './dates';
import { evaluateAll, sortFindings } from './engine';
import { maternityFacts } from './maternity';
import { labourRelation, relationDate, type LabourRelation } from './labour-relation';
import { NO_FACTS, type Facts } from './facts';
import { valueInForce } from './parameters/lookup';
import type { RuleParams } from './parameters/rule-params';
import type { Placement } from '../entities/placement';
import type { VisitAnswer, VisitKind } from '../entities/visit';
import { CHECKS } from './rule-table';
import type { Check, Finding } from './types';
import { applyAnswers } from './visit-questions';

/** Follow-up visits: one week, one month and three months after the start (DESIGN.md, placements). */
export const SCHEDULED_VISITS: readonly {
  readonly kind: Exclude<VisitKind, 'extra'>;
  readonly due: (start: string) => string;
}[] = [
  { kind: 'week-1', due: (s) => addDays(s, 7) },
  { kind: 'month-1', due: (s) => addMonthsClamped(s, 1) },
  { kind: 'month-3', due: (s) => addMonthsClamped(s, 3) },
];

export function visitSchedule(
  startDate: string,
): readonly { readonly kind: Exclude<VisitKind, 'extra'>; readonly due: string }[] {
  return SCHEDULED_VISITS.map((v) => ({ kind: v.kind, due: v.due(startDate) }));
}

/** The person as the checks need them; a seeker record fits (pregnancy and breastfeeding: maternity.ts). */
export type PersonFacts = Pick<Seeker, 'birthDate' | 'sex' | 'pregnant'> &
  Pick<Partial<Seeker>, 'pregnancyDueDate' | 'breastfeedingChildBirthDate'>;

/** Monthly equivalent of agreed pay when it has one without knowing hours (monthly, or daily × paid days). */
export function monthlyEquivalent(pay: Placement['wage'], monthlyPayDays: number | null): number | null {
  if (pay.kind === 'monthly') return pay.amount;
  if (pay.kind === 'daily' && monthlyPayDays !== null) return Math.round(pay.amount * monthlyPayDays * 100) / 100;
  return null;
}

/**
 * A placement as facts. Working time and actual pay are what the placement records (never the job's
 * advertised schedule: that would be a guess); a recorded actual monthly pay is checked against the minimum
 * as monthly pay.
 */
export function placementFacts(
  p: Placement,
  job: Pick<Job, 'workplace'> | null,
  person: PersonFacts | null,
  areaCode: string | null,
  params: RuleParams,
  date: string,
): Facts {
  const limits = valueInForce(params, 'hour-limits', areaCode, date);
  const contractMonthlyWage = monthlyEquivalent(p.wage, limits?.monthlyPayDays ?? null);
  const pay =
    p.actualMonthlyPay !== null
      ? { kind: 'monthly' as const, amount: p.actualMonthlyPay, piecesPerHour: null }
      : {
          kind: p.wage.kind,
          amount: p.wage.amount,
          piecesPerHour: p.wage.kind === 'piece' ? p.wage.piecesPerHour : null,
        };
  const days = p.actualWorkDaysPerWeek;
  return {
    ...NO_FACTS,
    areaCode,
    workplace: job?.workplace ?? null,
    contractKind: p.contractKind === 'unknown' ? null : p.contractKind,
    payKind: pay.kind,
    payAmount: pay.amount,
    piecesPerHour: pay.piecesPerHour,
    hoursPerWeek: p.actualWeeklyHours,
    maxHoursPerDay: p.actualMaxDailyHours,
    avgHoursPerWorkDay: p.actualWeeklyHours !== null && days !== null && days > 0 ? p.actualWeeklyHours / days : null,
    restDaysPerWeek: days === null ? null : 7 - days,
    overtimeHoursLastMonth: p.overtimeHoursLastMonth,
    birthDate: person?.birthDate ?? null,
    sex: person?.sex ?? null,
    ...(person && person.sex === 'female'
      ? maternityFacts(person, date)
      : { pregnancyMonths: person ? 0 : null, breastfeedingUnderOne: null }),
    // overtime recorded on the placement is overtime worked; none recorded says nothing about night shifts
    nightOrOvertimeWork: p.overtimeHoursLastMonth !== null && p.overtimeHoursLastMonth > 0 ? true : null,
    retirementPost: p.retirementPost,
    drawsPension: p.drawsPension,
    startDate: p.startDate,
    contractStatus: p.contractStatus === 'unknown' ? null : p.contractStatus,
    contractSignedOn: p.contractSignedOn,
    contractTerm: p.contractTerm,
    contractTermMonths: p.contractTermMonths,
    probationMonths: p.probationMonths,
    probationMonthlyPay: p.probationMonthlyPay,
    contractMonthlyWage,
    monthlyWageEstimate: p.actualMonthlyPay ?? contractMonthlyWage,
    payIntervalDays: p.payIntervalDays,
    socialInsuranceStatus: p.socialInsuranceStatus === 'unknown' ? null : p.socialInsuranceStatus,
    socialInsuranceRegisteredOn: p.socialInsuranceRegisteredOn,
    injuryOccurred: p.injuryDate !== null ? true : null,
    injuryDate: p.injuryDate,
    injuryReportedOn: p.injuryReportedOn,
  };
}

/**
 * Whether a written labour contract may be owed: a labour contract or none at all (a labour relationship needs one),
 * or a kind not known yet. Part-time work may rest on an oral agreement; labour service needs none.
 */
export const contractMayBeDue = (kind: Placement['contractKind']): boolean =>
  kind === 'labour' || kind === 'none' || kind === 'unknown';

export interface VisitInput {
  readonly placement: Placement;
  readonly job: Pick<Job, 'workplace'> | null;
  readonly person: PersonFacts | null;
  readonly areaCode: string | null;
  readonly answers: readonly VisitAnswer[];
  readonly params: RuleParams;
  /** the visit's date */
  readonly date: string;
  readonly checks?: readonly Check[];
}

export interface VisitResult {
  readonly facts: Facts;
  /** worst first: the automatic checks and the worker's answers together */
  readonly findings: readonly Finding[];
  readonly contract: ContractTrack | null;
  /** labour relationship or labour service (past the retirement age), as the checks concluded */
  readonly relation: LabourRelation['kind'];
}

export function evaluateVisit(input: VisitInput): VisitResult {
  const facts = applyAnswers(
    placementFacts(input.placement, input.job, input.person, input.areaCode, input.params, input.date),
    input.answers,
  );
  const ctx = { date: input.date, params: input.params };
  const deadlines = valueInForce(input.params, 'deadlines', null, input.date);
  const applies = contractMayBeDue(input.placement.contractKind);
  const relation = labourRelation(facts, ctx);
  return {
    facts,
    findings: sortFindings(evaluateAll(input.checks ?? CHECKS, 'placement', facts, ctx)),
    relation: relation.kind,
    contract:
      deadlines && applies && relation.kind === 'labour'
        ? trackContract(facts, relationDate(relation, input.date), deadlines)
        : null,
  };
}

export type FollowUp =
  | {
      readonly kind: 'visit';
      readonly placementId: string;
      readonly visit: Exclude<VisitKind, 'extra'>;
      readonly due: string;
      readonly overdueDays: number;
    }
  | { readonly kind: 'contract'; readonly placementId: string; readonly track: ContractTrack };

export interface FollowUpSource {
  readonly placement: Placement;
  /** visits already made for this placement */
  readonly visits: readonly { readonly kind: VisitKind }[];
  /** the person: past the retirement age there is no written contract to chase (labour service) */
  readonly person?: Pick<PersonFacts, 'birthDate' | 'sex'> | null;
}

/**
 * Follow-ups due on `date`: scheduled visits not yet made whose day has come (overdue ones too), and
 * placements whose written contract needs chasing (reminder, double wages, deemed open-ended). Ended and
 * deleted placements are left out. Ordered by due date, contracts first on the same day.
 */
export function followUpsDue(
  sources: readonly FollowUpSource[],
  date: string,
  params: RuleParams,
): readonly FollowUp[] {
  const deadlines = valueInForce(params, 'deadlines', null, date);
  const out: { item: FollowUp; due: string; order: number }[] = [];
  for (const { placement: p, visits, person } of sources) {
    if (p.deleted || p.status === 'ended') continue;
    for (const v of visitSchedule(p.startDate)) {
      if (v.due <= date && !visits.some((x) => x.kind === v.kind)) {
        out.push({
          item: { kind: 'visit', placementId: p.id, visit: v.kind, due: v.due, overdueDays: daysBetween(v.due, date) },
          due: v.due,
          order: 1,
        });
      }
    }
    const relation = labourRelation(
      {
        birthDate: person?.birthDate ?? null,
        sex: person?.sex ?? null,
        retirementPost: p.retirementPost,
        startDate: p.startDate,
      },
      { date, params },
    );
    if (deadlines && relation.kind !== 'service' && contractMayBeDue(p.contractKind)) {
      const track = trackContract(
        {
          startDate: p.startDate,
          contractStatus: p.contractStatus === 'unknown' ? null : p.contractStatus,
          contractSignedOn: p.contractSignedOn,
          monthlyWageEstimate:
            p.actualMonthlyPay ??
            monthlyEquivalent(p.wage, valueInForce(params, 'hour-limits', null, date)?.monthlyPayDays ?? null),
        },
        date,
        deadlines,
      );
      if (
        track &&
        (track.state === 'reminder' ||
          track.state === 'double-wage' ||
          track.state === 'open-ended-deemed' ||
          track.state === 'unknown')
      ) {
        out.push({
          item: { kind: 'contract', placementId: p.id, track },
          due: track.state === 'reminder' || track.state === 'unknown' ? date : track.doubleWageFrom,
          order: 0,
        });
      }
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.order - b.order)).map((x) => x.item);
}
