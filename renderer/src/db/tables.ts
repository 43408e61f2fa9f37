import type { ZodType } from 'zod';
import { employerSchema, type Employer } from '#shared/entities/employer';
import { jobSchema, type Job } from '#shared/entities/job';
import { referralSchema, type Referral } from '#shared/entities/referral';
import { placementSchema, visitSchema, type Placement, type Visit } from '#shared/rights/placement';
import { ruleParameterSchema, type RuleParameter } from '#shared/rights/parameters/schema';
import { seekerSchema, type Seeker } from '#shared/entities/seeker';
import { settingsSchema, type Settings } from '#shared/entities/settings';
import { staffSchema, type Staff } from '#shared/entities/staff';
import { stationSchema, type Station } from '#shared/entities/station';
import { villageSchema, type Village } from '#shared/entities/village';
import {
  attendanceEventSchema,
  courseSchema,
  enrolmentSchema,
  type AttendanceEvent,
  type Course,
  type Enrolment,
} from '#shared/training/course';

/**
 * The record tables the command layer writes, with the schema every write is checked against. Which of them
 * sync to the county is shared/sync/tables.ts (local tables still get audit entries).
 */
export const RECORD_TABLES = {
  stations: { schema: stationSchema },
  staff: { schema: staffSchema },
  settings: { schema: settingsSchema },
  seekers: { schema: seekerSchema },
  employers: { schema: employerSchema },
  jobs: { schema: jobSchema },
  villages: { schema: villageSchema },
  referrals: { schema: referralSchema },
  placements: { schema: placementSchema },
  visits: { schema: visitSchema },
  ruleParameters: { schema: ruleParameterSchema },
  courses: { schema: courseSchema },
  enrolments: { schema: enrolmentSchema },
  attendance: { schema: attendanceEventSchema },
} as const satisfies Record<string, { schema: ZodType }>;

export type RecordTableName = keyof typeof RECORD_TABLES;
interface RecordTypes {
  stations: Station;
  staff: Staff;
  settings: Settings;
  seekers: Seeker;
  employers: Employer;
  jobs: Job;
  villages: Village;
  referrals: Referral;
  placements: Placement;
  visits: Visit;
  ruleParameters: RuleParameter;
  courses: Course;
  enrolments: Enrolment;
  attendance: AttendanceEvent;
}
export type RecordOf<K extends RecordTableName> = RecordTypes[K];
