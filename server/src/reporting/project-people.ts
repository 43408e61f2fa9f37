import { visitSchedule } from '#shared/rights/follow-up';
import {
  beijingDate,
  isoDate,
  list,
  num,
  object,
  text,
  writtenOn,
  type ProjectionSource,
  type ReportRow,
} from './project-values';

/** What one record becomes in the reporting tables: rows per table (a table left out gets none). */
export type Projected = Readonly<Record<string, readonly ReportRow[]>>;

/**
 * A seeker: one row, its priority groups one row each. `person_key` is the ID number, or the record itself
 * for a person registered without one (each such record is a person of its own).
 */
export function projectSeeker(s: ProjectionSource): Projected {
  const v = s.state.values;
  const createdAt = num(v.createdAt) ?? 0;
  const idNumber = text(v.idNumber);
  const groups = list(v.groups).filter((g): g is string => typeof g === 'string');
  const person = {
    station_id: s.owner,
    registered_on: beijingDate(createdAt),
    person_key: idNumber ?? `record:${s.recordId}`,
  };
  return {
    report_seekers: [
      {
        id: s.recordId,
        ...person,
        name: text(v.name) ?? '',
        sex: text(v.sex),
        birth_date: isoDate(v.birthDate),
        id_number: idNumber,
        phone: text(v.phone),
        village_code: text(v.villageCode),
        education: text(v.education),
        status: text(v.status) ?? 'active',
        groups_list: groups.join(','),
        created_at: createdAt,
      },
    ],
    report_seeker_groups: groups.map((g) => ({
      id: `${s.recordId}/${g}`,
      seeker_id: s.recordId,
      group_code: g,
      ...person,
      village_code: text(v.villageCode),
    })),
  };
}

export const projectEmployer = (s: ProjectionSource): Projected => ({
  report_employers: [
    {
      id: s.recordId,
      station_id: s.owner,
      name: text(s.state.values.name) ?? '',
      kind: text(s.state.values.kind),
      credit_code: text(s.state.values.creditCode),
      village_code: text(s.state.values.villageCode),
    },
  ],
});

/** A posting, with its stored pre-screen (the open-findings table reads it) and the day it was last made. */
export function projectJob(s: ProjectionSource): Projected {
  const v = s.state.values;
  const pay = object(v.pay);
  const findings = list(v.rightsFindings).map(object);
  return {
    report_jobs: [
      {
        id: s.recordId,
        station_id: s.owner,
        employer_id: text(v.employerId),
        title: text(v.title) ?? '',
        occupation: text(v.occupation),
        positions: num(v.positions) ?? 0,
        start_date: isoDate(v.startDate),
        end_date: isoDate(v.endDate),
        status: text(v.status) ?? 'open',
        pay_kind: text(pay.kind),
        pay_amount: num(pay.amount),
        contract_kind: text(v.contractKind),
        created_on: beijingDate(num(v.createdAt) ?? 0),
        prescreened_on: writtenOn(s.state, 'rightsFindings'),
        findings: JSON.stringify(findings),
      },
    ],
  };
}

export function projectReferral(s: ProjectionSource): Projected {
  const v = s.state.values;
  const seekerId = text(v.seekerId);
  if (!seekerId) return {};
  const createdOn = beijingDate(num(v.createdAt) ?? 0);
  return {
    report_referrals: [
      {
        id: s.recordId,
        station_id: s.owner,
        seeker_id: seekerId,
        job_id: text(v.jobId),
        employer_id: text(v.employerId),
        status: text(v.status) ?? 'suggested',
        referred_on: isoDate(v.referredOn),
        interview_on: isoDate(v.interviewOn),
        placement_id: text(v.placementId),
        referred_by: text(v.referredBy),
        created_on: createdOn,
        // the referral's date in the ledger: when it was referred, else when it was suggested
        dated_on: isoDate(v.referredOn) ?? createdOn,
      },
    ],
  };
}

/**
 * A placement and its scheduled follow-up visits (shared/rights `visitSchedule`); the 3-month visit's day is
 * the day retention is judged on. Whether each visit was made is read from the visits afterwards
 * (`derived-findings.ts`).
 */
export function projectPlacement(s: ProjectionSource): Projected {
  const v = s.state.values;
  const seekerId = text(v.seekerId);
  const start = isoDate(v.startDate);
  if (!seekerId || !start) return {};
  const schedule = visitSchedule(start);
  const month3 = schedule.find((x) => x.kind === 'month-3')?.due ?? start;
  const status = text(v.status) ?? 'active';
  return {
    report_placements: [
      {
        id: s.recordId,
        station_id: s.owner,
        seeker_id: seekerId,
        job_id: text(v.jobId),
        employer_id: text(v.employerId),
        status,
        start_date: start,
        end_date: isoDate(v.endDate),
        retention_day: month3,
        contract_kind: text(v.contractKind),
        contract_status: text(v.contractStatus),
        insurance_status: text(v.socialInsuranceStatus),
      },
    ],
    report_follow_ups: schedule.map((x) => ({
      id: `${s.recordId}/${x.kind}`,
      placement_id: s.recordId,
      station_id: s.owner,
      seeker_id: seekerId,
      kind: x.kind,
      due_on: x.due,
      active: status === 'active' ? 1 : 0,
      made: 0,
    })),
  };
}

/** A visit made, with its stored findings (the open-findings table folds them). */
export function projectVisit(s: ProjectionSource): Projected {
  const v = s.state.values;
  const placementId = text(v.placementId);
  const visitedOn = isoDate(v.visitedOn);
  if (!placementId || !visitedOn) return {};
  const findings = list(v.findings).map(object);
  return {
    report_visits: [
      {
        id: s.recordId,
        station_id: s.owner,
        placement_id: placementId,
        kind: text(v.kind) ?? 'extra',
        visited_on: visitedOn,
        recorded_by: text(v.recordedBy),
        created_at: num(v.createdAt) ?? 0,
        open_findings: findings.filter((f) => f.status === 'fail' || f.status === 'warn').length,
        findings: JSON.stringify(findings),
      },
    ],
  };
}
