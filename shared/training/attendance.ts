import type { AttendanceEvent, AttendanceMark } from '../entities/attendance-event';
import type { Session } from '../entities/course';

/**
 * Attendance maths. Events are append-only; for each trainee and session the LATEST event wins, ordered by
 * `updatedAt` (the hybrid logical clock of the write, so the order is the same on every PC) then by id.
 *
 * Decisions (documented in README.md):
 * - present and late earn the session's class hours; absent and excused earn none. Excused explains an
 *   absence for the record, it does not count as attendance for a subsidy.
 * - A session counts as held once its date is on or before `asOf`, or once the trainee has a mark for it.
 *   A held session without a mark counts as not attended in the rate and hours, and its hours are reported
 *   apart (`unmarkedHours`): the roll-call may simply not be entered yet, so the subsidy verdict treats them
 *   as still open, never as absences.
 * - The attendance rate is attended hours ÷ held hours (null before any session is held).
 */
export type EventLike = Pick<AttendanceEvent, 'id' | 'enrolmentId' | 'sessionId' | 'mark' | 'updatedAt'>;
export type SessionLike = Pick<Session, 'id' | 'date' | 'hours'>;

export const ATTENDED: Readonly<Record<AttendanceMark, boolean>> = {
  present: true,
  late: true,
  absent: false,
  excused: false,
};

const cellKey = (enrolmentId: string, sessionId: string): string => `${enrolmentId}/${sessionId}`;

/** Whether event `a` was written after `b`. */
export const isLater = (a: EventLike, b: EventLike): boolean =>
  a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.id > b.id);

/** The event that counts for each trainee and session, keyed `enrolmentId/sessionId`. */
export function latestEvents<E extends EventLike>(events: readonly E[]): Map<string, E> {
  const latest = new Map<string, E>();
  for (const e of events) {
    const key = cellKey(e.enrolmentId, e.sessionId);
    const seen = latest.get(key);
    if (!seen || isLater(e, seen)) latest.set(key, e);
  }
  return latest;
}

export const latestFor = <E extends EventLike>(
  latest: ReadonlyMap<string, E>,
  enrolmentId: string,
  sessionId: string,
): E | undefined => latest.get(cellKey(enrolmentId, sessionId));

export interface AttendanceSummary {
  readonly plannedHours: number;
  readonly heldHours: number;
  readonly attendedHours: number;
  /** hours of sessions not yet held */
  readonly remainingHours: number;
  /** hours of held sessions with no mark for this trainee (roll-call not entered yet) */
  readonly unmarkedHours: number;
  /** attended ÷ held, null when nothing was held yet */
  readonly rate: number | null;
  readonly counts: Readonly<Record<AttendanceMark | 'unmarked', number>>;
}

/** One trainee's attendance over a course's sessions, as of a date (YYYY-MM-DD). */
export function summarise(
  sessions: readonly SessionLike[],
  latest: ReadonlyMap<string, EventLike>,
  enrolmentId: string,
  asOf: string,
): AttendanceSummary {
  let planned = 0;
  let held = 0;
  let attended = 0;
  let unmarked = 0;
  const counts = { present: 0, late: 0, absent: 0, excused: 0, unmarked: 0 };
  for (const s of sessions) {
    planned += s.hours;
    const e = latest.get(cellKey(enrolmentId, s.id));
    if (!e && s.date > asOf) continue;
    held += s.hours;
    if (!e) {
      counts.unmarked += 1;
      unmarked += s.hours;
    } else {
      counts[e.mark] += 1;
      if (ATTENDED[e.mark]) attended += s.hours;
    }
  }
  return {
    plannedHours: planned,
    heldHours: held,
    attendedHours: attended,
    remainingHours: planned - held,
    unmarkedHours: unmarked,
    rate: held > 0 ? attended / held : null,
    counts,
  };
}
