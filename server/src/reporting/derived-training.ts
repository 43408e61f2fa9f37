import { ATTENDANCE_MARKS } from '#shared/entities/attendance-event';
import { latestEvents, latestFor, summarise, type EventLike, type SessionLike } from '#shared/training/attendance';
import { evaluateEligibility } from '#shared/training/eligibility';
import type { SubsidyThresholds } from '#shared/training/subsidy';
import { appendTo, chunk, insertRows, placeholders, type Row, type Sql } from '../store/sql';

/** Every session held: the course as it stands once it is over. */
const COURSE_OVER = '9999-12-31';

const ids = (rows: readonly Row[], column: string): string[] => [...new Set(rows.map((r) => String(r[column])))];

/**
 * Each enrolment's attendance figures, by shared/training (the latest mark of a session counts; present and
 * late attend, absent and excused do not): hours planned and attended, the rate and the subsidy verdict once
 * every session is held, and the last day of a session still without a mark. On a day D the trainee is
 * eligible exactly when that verdict is `eligible` and no unmarked session falls after D: then every session
 * is held on D, and the figures on D are these.
 */
export async function refreshEnrolmentFigures(sql: Sql, enrolmentIds: readonly string[]): Promise<void> {
  for (const part of chunk([...new Set(enrolmentIds)], 400)) {
    await sql.run(`DELETE FROM report_enrolment_figures WHERE id IN (${placeholders(part.length)})`, part);
    const enrolments = await sql.all<Row>(
      `SELECT id, course_id FROM report_enrolments WHERE id IN (${placeholders(part.length)})`,
      part,
    );
    const courseIds = ids(enrolments, 'course_id');
    if (courseIds.length === 0) continue;
    const courses = new Map<string, SubsidyThresholds | null>();
    for (const c of await sql.all<Row>(
      `SELECT id, subsidy_programme, min_rate, warn_rate, min_hours FROM report_courses WHERE id IN (${placeholders(courseIds.length)})`,
      courseIds,
    ))
      courses.set(
        String(c.id),
        c.subsidy_programme == null
          ? null
          : {
              minAttendanceRate: Number(c.min_rate),
              warnAttendanceRate: Number(c.warn_rate),
              minClassHours: Number(c.min_hours),
            },
      );
    const sessions = new Map<string, SessionLike[]>();
    for (const s of await sql.all<Row>(
      `SELECT course_id, session_id, session_on, hours FROM report_course_sessions WHERE course_id IN (${placeholders(courseIds.length)})`,
      courseIds,
    ))
      appendTo(sessions, String(s.course_id), {
        id: String(s.session_id),
        date: String(s.session_on),
        hours: Number(s.hours),
      });
    const events: EventLike[] = [];
    for (const e of await sql.all<Row>(
      `SELECT id, enrolment_id, session_id, mark, hlc FROM report_attendance WHERE enrolment_id IN (${placeholders(part.length)})`,
      part,
    )) {
      const mark = ATTENDANCE_MARKS.find((m) => m === e.mark);
      if (mark)
        events.push({
          id: String(e.id),
          enrolmentId: String(e.enrolment_id),
          sessionId: String(e.session_id),
          mark,
          updatedAt: String(e.hlc),
        });
    }
    const latest = latestEvents(events);
    const rows: Row[] = [];
    for (const e of enrolments) {
      const courseId = String(e.course_id);
      if (!courses.has(courseId)) continue;
      const enrolmentId = String(e.id);
      const plan = sessions.get(courseId) ?? [];
      const summary = summarise(plan, latest, enrolmentId, COURSE_OVER);
      const verdict = evaluateEligibility(summary, courses.get(courseId) ?? null);
      const unmarked = plan
        .filter((s) => !latestFor(latest, enrolmentId, s.id))
        .map((s) => s.date)
        .sort();
      rows.push({
        id: enrolmentId,
        course_id: courseId,
        planned_hours: summary.plannedHours,
        attended_hours: summary.attendedHours,
        rate: summary.rate,
        eligibility: verdict.status,
        last_unmarked_on: unmarked.at(-1) ?? null,
      });
    }
    await insertRows(sql, 'report_enrolment_figures', rows);
  }
}
