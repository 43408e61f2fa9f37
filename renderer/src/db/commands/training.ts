import { skillByCode } from '#shared/catalogue/skills';
import { SKILL_LEVELS, type SkillLevel } from '#shared/entities/common';
import type { Seeker } from '#shared/entities/seeker';
import type { Staff } from '#shared/entities/staff';
import type { Result } from '#shared/result';
import { latestEvents, latestFor, summarise } from '#shared/training/attendance';
import type { AttendanceEvent, AttendanceMark, Course, Enrolment, SignInMethod } from '#shared/training/course';
import { placeFor, promotions } from '#shared/training/waiting-list';
import {
  fail,
  requireActor,
  runCommand,
  writeRecord,
  type Actor,
  type CommandContext,
  type CommandEnv,
} from './command';
import { stationDay } from '../../state/station-day';

/**
 * Training commands (issue 7). Each is one transaction: records, outbox and audit together. Trainers may
 * only take the roll-call of courses they teach; courses, enrolment and completion are staff work.
 */
export type CourseInput = Omit<Course, 'stationId' | 'createdAt' | 'updatedAt' | 'deleted' | 'trainerName'>;

/** The default minimum attendance when a course has no subsidy programme (labour-law.md: 80 %). */
export const COMPLETION_MIN_RATE = 0.8;

async function staffOnly(ctx: CommandContext): Promise<Staff> {
  const staff = await requireActor(ctx, 'courses');
  if (staff.role === 'trainer') fail('training.trainerReadOnly', 'Trainers take the roll-call; staff manage courses');
  return staff;
}

async function liveCourse(ctx: CommandContext, id: string): Promise<Course> {
  const course = await ctx.env.db.courses.get(id);
  if (!course || course.deleted) return fail('record.notFound', `No course ${id}`);
  // Courses are county-shared, but only the station that runs one enrols, takes roll-call and completes.
  if (course.stationId !== ctx.stationId) return fail('course.otherStation', `Course ${id} is run by another station`);
  return course;
}

const strip = <T extends { updatedAt: string }>(row: T): Omit<T, 'updatedAt' | '_stamps'> => {
  const { updatedAt: _u, _stamps: _s, ...rest } = row as T & { _stamps?: unknown };
  return rest;
};

async function courseEnrolments(ctx: CommandContext, courseId: string): Promise<Enrolment[]> {
  return (await ctx.env.db.enrolments.where('courseId').equals(courseId).toArray()).filter((e) => !e.deleted);
}

/** Gives free seats to the people waiting longest. */
async function promoteWaiting(ctx: CommandContext, courseId: string, capacity: number): Promise<number> {
  const list = await courseEnrolments(ctx, courseId);
  const moves = promotions(list, capacity);
  for (const m of moves) {
    const e = list.find((x) => x.id === m.id) as Enrolment;
    await writeRecord(
      ctx,
      'enrolments',
      { ...strip(e), status: 'enrolled', seat: m.seat },
      { action: 'enrolment.promote' },
    );
  }
  return moves.length;
}

/** Creates or changes a course. Its trainer must be an active trainer account on this PC. */
export async function saveCourse(env: CommandEnv, actor: Actor, input: CourseInput): Promise<Result<Course>> {
  return runCommand(env, actor, async (ctx) => {
    await staffOnly(ctx);
    const { db } = ctx.env;
    if (!skillByCode(input.skillCode)) fail('validation', 'Unknown skill', { fields: { skillCode: 'course.skill' } });
    let trainerName = '';
    if (input.trainerId) {
      const trainer = await db.staff.get(input.trainerId);
      if (!trainer || !trainer.active || trainer.deleted || trainer.role !== 'trainer')
        fail('validation', 'Not a trainer', { fields: { trainerId: 'course.trainer' } });
      trainerName = trainer?.name ?? '';
    }
    const existing = await db.courses.get(input.id);
    if (existing?.deleted) fail('record.notFound', 'Course was removed');
    if (existing && existing.stationId !== ctx.stationId)
      fail('course.otherStation', `Course ${input.id} is run by another station`);
    if (existing) {
      const kept = new Set(input.sessions.map((s) => s.id));
      const dropped = existing.sessions.filter((s) => !kept.has(s.id)).map((s) => s.id);
      for (const sessionId of dropped) {
        if ((await db.attendance.where('[courseId+sessionId]').equals([input.id, sessionId]).count()) > 0) {
          fail('validation', 'A session with attendance cannot be removed', {
            fields: { sessions: 'course.sessionInUse' },
          });
        }
      }
      const seated = (await courseEnrolments(ctx, input.id)).filter(
        (e) => e.seat !== null && (e.status === 'enrolled' || e.status === 'completed'),
      );
      if (input.capacity < seated.length || seated.some((e) => (e.seat ?? 0) > input.capacity)) {
        fail('validation', 'Capacity below the seats taken', {
          fields: { capacity: 'course.capacityBelowSeated' },
          params: { seated: seated.length },
        });
      }
    }
    const course = await writeRecord(
      ctx,
      'courses',
      {
        ...input,
        trainerName,
        stationId: existing?.stationId ?? ctx.stationId,
        createdAt: existing?.createdAt ?? env.now(),
        deleted: false,
      },
      { action: existing ? 'course.update' : 'course.create' },
    );
    if (existing) await promoteWaiting(ctx, course.id, course.capacity);
    return course;
  });
}

export interface EnrolOutcome {
  readonly enrolled: number;
  readonly waiting: number;
  /** already on the course (enrolled, waiting or completed) */
  readonly already: number;
}

/** Enrols seekers in order: each takes the lowest free seat, or joins the waiting list when the course is full. */
export async function enrolSeekers(
  env: CommandEnv,
  actor: Actor,
  courseId: string,
  seekerIds: readonly string[],
): Promise<Result<EnrolOutcome>> {
  return runCommand(env, actor, async (ctx) => {
    await staffOnly(ctx);
    const course = await liveCourse(ctx, courseId);
    if (course.status !== 'planned' && course.status !== 'open')
      fail('course.closed', 'The course is not taking enrolments');
    let enrolled = 0;
    let waiting = 0;
    let already = 0;
    for (const seekerId of seekerIds) {
      const seeker = await ctx.env.db.seekers.get(seekerId);
      if (!seeker || seeker.deleted) fail('record.notFound', `No seeker ${seekerId}`);
      const list = await courseEnrolments(ctx, courseId);
      const previous = list.find((e) => e.seekerId === seekerId);
      if (previous && previous.status !== 'withdrawn') {
        already += 1;
        continue;
      }
      const place = placeFor(list, course.capacity);
      const base = previous
        ? strip(previous)
        : {
            id: env.newId(),
            stationId: ctx.stationId,
            createdAt: env.now(),
            deleted: false,
            courseId,
            seekerId,
            certificateSerial: null,
            completedOn: null,
          };
      await writeRecord(
        ctx,
        'enrolments',
        { ...base, ...place, requestedAt: env.now(), reason: '' },
        { action: place.status === 'waiting' ? 'enrolment.waiting' : 'enrolment.create' },
      );
      if (place.status === 'waiting') waiting += 1;
      else enrolled += 1;
    }
    return { enrolled, waiting, already };
  });
}

/** Someone leaves the course (or the waiting list); the longest-waiting person takes a freed seat. */
export async function withdrawEnrolment(
  env: CommandEnv,
  actor: Actor,
  enrolmentId: string,
  reason: string,
): Promise<Result<Enrolment>> {
  return runCommand(env, actor, async (ctx) => {
    await staffOnly(ctx);
    const e = (await ctx.env.db.enrolments.get(enrolmentId)) ?? fail('record.notFound', 'No enrolment');
    if (e.status === 'completed' || e.status === 'withdrawn')
      fail('enrolment.notActive', 'Already completed or withdrawn');
    const course = await liveCourse(ctx, e.courseId);
    const saved = await writeRecord(
      ctx,
      'enrolments',
      { ...strip(e), status: 'withdrawn', seat: null, reason: reason.trim().slice(0, 200) },
      { action: 'enrolment.withdraw', reason: reason.trim() || null },
    );
    await promoteWaiting(ctx, course.id, course.capacity);
    return saved;
  });
}

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

export interface Completion {
  readonly serial: string;
  readonly issuedOn: string;
  /** the certificate's name as printed; the course's certificate name when empty */
  readonly certificateName?: string;
}

const levelRank = (l: SkillLevel): number => SKILL_LEVELS.indexOf(l);

/** The seeker's skills and certificates after completing a course: the skill added or raised, the certificate added. */
export function withCompletion(
  seeker: Pick<Seeker, 'skills' | 'certificates'>,
  course: Pick<Course, 'skillCode' | 'skillLevel'>,
  certificate: { name: string; serial: string; issuedOn: string },
): Pick<Seeker, 'skills' | 'certificates'> {
  const held = seeker.skills.find((s) => s.code === course.skillCode);
  const skills = held
    ? seeker.skills.map((s) =>
        s.code === course.skillCode && levelRank(s.level) < levelRank(course.skillLevel)
          ? { ...s, level: course.skillLevel }
          : s,
      )
    : [...seeker.skills, { code: course.skillCode, level: course.skillLevel }];
  const certificates = seeker.certificates.some((c) => c.serial === certificate.serial)
    ? seeker.certificates
    : [...seeker.certificates, certificate];
  return { skills, certificates };
}

/**
 * A trainee completes the course with a certificate: the enrolment records the serial, and the seeker gets
 * the skill and the certificate, so matching sees them. Refused before the last session is held, and under
 * the course's minimum attendance.
 */
export async function completeTrainee(
  env: CommandEnv,
  actor: Actor,
  enrolmentId: string,
  input: Completion,
): Promise<Result<{ readonly enrolment: Enrolment; readonly seeker: Seeker }>> {
  return runCommand(env, actor, async (ctx) => {
    await staffOnly(ctx);
    const { db } = ctx.env;
    const e = (await db.enrolments.get(enrolmentId)) ?? fail('record.notFound', 'No enrolment');
    if (e.status !== 'enrolled') fail('enrolment.notActive', 'Not an enrolled trainee');
    const course = await liveCourse(ctx, e.courseId);
    const serial = input.serial.trim();
    if (!serial) fail('validation', 'Serial needed', { fields: { serial: 'certificate.serial' } });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.issuedOn))
      fail('validation', 'Issue date', { fields: { issuedOn: 'date.format' } });
    const taken = (await courseEnrolments(ctx, course.id)).some((x) => x.id !== e.id && x.certificateSerial === serial);
    if (taken) fail('validation', 'Serial already used', { fields: { serial: 'certificate.serialTaken' } });
    const events = await db.attendance.where('courseId').equals(course.id).toArray();
    const summary = summarise(course.sessions, latestEvents(events), e.id, stationDay(env.now()));
    // A course ends when its last session is held; a session planned but no longer given is removed from the course.
    if (summary.remainingHours > 0)
      fail('training.notFinished', 'Sessions still to come', { params: { hours: summary.remainingHours } });
    const minRate = course.subsidy?.minAttendanceRate ?? COMPLETION_MIN_RATE;
    if (summary.rate === null || summary.rate + 1e-9 < minRate) {
      fail('training.rateTooLow', 'Attendance below the minimum', {
        params: { rate: Math.round((summary.rate ?? 0) * 100), min: Math.round(minRate * 100) },
      });
    }
    const row = (await db.seekers.get(e.seekerId)) ?? fail('record.notFound', 'No seeker');
    if (row.deleted) fail('record.notFound', 'Seeker was removed');
    const { searchKeys, ...seekerRow } = row;
    const name = input.certificateName?.trim() || course.certificateName;
    const seeker = await writeRecord(
      ctx,
      'seekers',
      { ...strip(seekerRow), ...withCompletion(row, course, { name, serial, issuedOn: input.issuedOn }) },
      { action: 'seeker.training-completed', local: { searchKeys } },
    );
    const enrolment = await writeRecord(
      ctx,
      'enrolments',
      { ...strip(e), status: 'completed', certificateSerial: serial, completedOn: input.issuedOn },
      { action: 'enrolment.complete' },
    );
    return { enrolment, seeker };
  });
}
