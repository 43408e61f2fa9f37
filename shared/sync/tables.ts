import type { ZodType } from 'zod';
import { auditEntrySchema } from '../entities/audit';
import { employerSchema } from '../entities/employer';
import { jobSchema } from '../entities/job';
import { seekerSchema } from '../entities/seeker';
import { stationSchema } from '../entities/station';
import { villageSchema } from '../entities/village';
import { referralSchema } from '../entities/referral';
import { placementFieldsSchema, visitSchema } from '../rights/placement';
import { ruleParameterSchema } from '../rights/parameters/schema';
import { attendanceEventSchema, courseSchema, enrolmentSchema } from '../training/course';

/**
 * The tables that travel to the county, and how each is owned (DESIGN.md, sync protocol). Both sides read
 * this one table: the app to decide what goes in the outbox and what a pull may write, the server to check
 * pushes and scope pulls.
 * - `station`: a station's own records; pushed and pulled only by that station (and the admin).
 * - `county`: county-shared records; pushed by the station that created them, pulled by every station.
 * - `append`: append-only, owned by the station that wrote them; an entry is written once and never changed.
 * Tables not listed (staff, settings) stay on the PC.
 * `writers: 'county-office'`: only a county office — a station registered with a county-level (6-digit) area
 * code — may push them (the rule parameters every station's checks read).
 */
export type TableKind = 'station' | 'county' | 'append';

export const SYNC_TABLES = {
  stations: { kind: 'station', schema: stationSchema },
  seekers: { kind: 'station', schema: seekerSchema },
  employers: { kind: 'county', schema: employerSchema },
  jobs: { kind: 'county', schema: jobSchema },
  villages: { kind: 'county', schema: villageSchema },
  audit: { kind: 'append', schema: auditEntrySchema },
  referrals: { kind: 'station', schema: referralSchema },
  // The fields only: the cross-field rules are the app's (a partial mutation cannot be cross-checked).
  placements: { kind: 'station', schema: placementFieldsSchema },
  // A visit's clock travels as the mutation's hlc, never as a field (as for attendance).
  visits: { kind: 'append', schema: visitSchema.omit({ updatedAt: true }) },
  // Minimum wages, hour limits, …: edited by the county admin, read by every station on the date it checks.
  ruleParameters: { kind: 'county', schema: ruleParameterSchema, writers: 'county-office' },
  // Training (issue 7): courses are county-shared (DESIGN.md: a township's course is open to every station's
  // people, matching suggests it, the skills gap counts it); only the station that runs one changes it, enrols
  // and takes its roll-call. Enrolments are that station's; attendance is append-only events.
  courses: { kind: 'county', schema: courseSchema },
  enrolments: { kind: 'station', schema: enrolmentSchema },
  // An event's clock travels as the mutation's hlc, never as a field: the wire schema leaves updatedAt out.
  attendance: { kind: 'append', schema: attendanceEventSchema.omit({ updatedAt: true }) },
} as const satisfies Record<string, { kind: TableKind; schema: ZodType; writers?: 'county-office' }>;

export type SyncTableName = keyof typeof SYNC_TABLES;

/** A county office is a station registered with a county-level area code (6 digits), not a township or village. */
export const isCountyOffice = (areaCode: string): boolean => /^\d{6}$/.test(areaCode);

/** Whether a table may be pushed only by a county office. */
export const countyOfficeOnly = (name: string): boolean =>
  isSyncTable(name) && 'writers' in SYNC_TABLES[name] && SYNC_TABLES[name].writers === 'county-office';

export const isSyncTable = (name: string): name is SyncTableName =>
  Object.prototype.hasOwnProperty.call(SYNC_TABLES, name);
