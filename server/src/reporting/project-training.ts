import type { Projected } from './project-people';
import { beijingDate, isoDate, latestHlc, list, num, object, text, type ProjectionSource } from './project-values';

/** A course and its sessions; the first and last session's days bound it, their hours are its plan. */
export function projectCourse(s: ProjectionSource): Projected {
  const v = s.state.values;
  const sessions = list(v.sessions).flatMap((raw) => {
    const x = object(raw);
    const id = text(x.id);
    const date = isoDate(x.date);
    const hours = num(x.hours);
    return id && date && hours !== null ? [{ id, date, hours }] : [];
  });
  const days = sessions.map((x) => x.date).sort();
  const subsidy = v.subsidy === null ? null : object(v.subsidy);
  return {
    report_courses: [
      {
        id: s.recordId,
        station_id: s.owner,
        title: text(v.title) ?? '',
        skill_code: text(v.skillCode),
        certificate_kind: text(v.certificateKind),
        certificate_name: text(v.certificateName),
        status: text(v.status) ?? 'planned',
        first_session: days[0] ?? null,
        last_session: days.at(-1) ?? null,
        planned_hours: sessions.reduce((sum, x) => sum + x.hours, 0),
        subsidy_programme: subsidy ? text(subsidy.programme) : null,
        min_rate: subsidy ? num(subsidy.minAttendanceRate) : null,
        warn_rate: subsidy ? num(subsidy.warnAttendanceRate) : null,
        min_hours: subsidy ? num(subsidy.minClassHours) : null,
        capacity: num(v.capacity),
        trainer_name: text(v.trainerName),
        created_on: beijingDate(num(v.createdAt) ?? 0),
      },
    ],
    report_course_sessions: sessions.map((x) => ({
      id: `${s.recordId}/${x.id}`,
      course_id: s.recordId,
      session_id: x.id,
      session_on: x.date,
      hours: x.hours,
    })),
  };
}

export function projectEnrolment(s: ProjectionSource): Projected {
  const v = s.state.values;
  const courseId = text(v.courseId);
  const seekerId = text(v.seekerId);
  if (!courseId || !seekerId) return {};
  return {
    report_enrolments: [
      {
        id: s.recordId,
        station_id: s.owner,
        course_id: courseId,
        seeker_id: seekerId,
        status: text(v.status) ?? 'waiting',
        seat: num(v.seat),
        certificate_serial: text(v.certificateSerial) || null,
        completed_on: isoDate(v.completedOn),
        requested_at: num(v.requestedAt),
      },
    ],
  };
}

/** One attendance event, ordered among the others by its write's clock (the latest mark of a session counts). */
export function projectAttendance(s: ProjectionSource): Projected {
  const v = s.state.values;
  const courseId = text(v.courseId);
  const sessionId = text(v.sessionId);
  const enrolmentId = text(v.enrolmentId);
  const mark = text(v.mark);
  if (!courseId || !sessionId || !enrolmentId || !mark) return {};
  return {
    report_attendance: [
      {
        id: s.recordId,
        station_id: s.owner,
        course_id: courseId,
        session_id: sessionId,
        enrolment_id: enrolmentId,
        mark,
        hlc: latestHlc(s.state),
      },
    ],
  };
}
