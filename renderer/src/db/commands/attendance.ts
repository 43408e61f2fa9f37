import type { Result } from '#shared/result';
import { latestEvents, latestFor } from '#shared/training/attendance';
import type { AttendanceEvent, AttendanceMark, SignInMethod } from '#shared/entities/attendance-event';
import { stationDay } from '../../state/station-day';
import { fail, requireActor, runCommand, writeRecord, type Actor, type CommandEnv } from './command';
import { courseEnrolments, liveCourse } from './training-guards';

export interface RollCallInput {
  readonly courseId: string;
  readonly sessionId: string;
  readonly method: SignInMethod;
  readonly marks: readonly {
    readonly enrolmentId: string;
    readonly mark: AttendanceMark;
    readonly signedAt?: number | null;
  }[];
  /** needed when a mark changes one already recorded (a correction); the audit log keeps it */
  readonly reason?: string;
}

/**
 * Records a session's roll-call as append-only events. A mark equal to the one that counts writes nothing;
 * a different one for someone already marked is a correction: it needs a reason and names the event it
 * corrects. Trainers may mark only courses they teach.
 */
export async function recordAttendance(
  env: CommandEnv,
  actor: Actor,
  input: RollCallInput,
): Promise<Result<{ readonly written: number; readonly corrections: number }>> {
  return runCommand(env, actor, async (ctx) => {
    const staff = await requireActor(ctx, 'courses');
    const course = await liveCourse(ctx, input.courseId);
    if (staff.role === 'trainer' && course.trainerId !== staff.id) fail('auth.forbidden', 'Not this trainer’s course');
    const session = course.sessions.find((s) => s.id === input.sessionId) ?? fail('record.notFound', 'No such session');
    // A session is marked on its day or later, never ahead (a mark counts the session as held).
    if (session.date > stationDay(env.now()))
      fail('attendance.future', `Session ${session.id} is on ${session.date}`, { params: { date: session.date } });
    const { db } = ctx.env;
    const enrolments = new Map((await courseEnrolments(ctx, course.id)).map((e) => [e.id, e]));
    const latest = latestEvents(
      await db.attendance.where('[courseId+sessionId]').equals([course.id, input.sessionId]).toArray(),
    );
    const reason = input.reason?.trim() ?? '';
    let written = 0;
    let corrections = 0;
    for (const m of input.marks) {
      const e = enrolments.get(m.enrolmentId);
      if (!e || (e.status !== 'enrolled' && e.status !== 'completed'))
        fail('attendance.notEnrolled', `Enrolment ${m.enrolmentId} is not on the course`);
      const previous = latestFor(latest, m.enrolmentId, input.sessionId);
      if (previous?.mark === m.mark) continue;
      if (previous && reason.length < 2)
        fail('attendance.reasonNeeded', 'A correction needs a reason', {
          fields: { reason: 'attendance.reasonNeeded' },
        });
      const attended = m.mark === 'present' || m.mark === 'late';
      const event: Omit<AttendanceEvent, 'updatedAt'> = {
        id: env.newId(),
        stationId: ctx.stationId,
        createdAt: env.now(),
        deleted: false,
        courseId: course.id,
        sessionId: input.sessionId,
        enrolmentId: m.enrolmentId,
        mark: m.mark,
        method: input.method,
        // A correction made later is not a sign-in: it keeps a sign-in time only when one is given.
        signedAt: attended ? (previous ? (m.signedAt ?? null) : (m.signedAt ?? env.now())) : null,
        recordedBy: staff.id,
        corrects: previous?.id ?? null,
        reason: previous ? reason : null,
      };
      await writeRecord(ctx, 'attendance', event, {
        action: previous ? 'attendance.correct' : 'attendance.record',
        reason: previous ? reason : null,
      });
      written += 1;
      if (previous) corrections += 1;
    }
    return { written, corrections };
  });
}
