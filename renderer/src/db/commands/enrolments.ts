import type { Result } from '#shared/result';
import type { Enrolment } from '#shared/entities/enrolment';
import { placeFor } from '#shared/training/waiting-list';
import { fail, runCommand, writeRecord, type Actor, type CommandEnv } from './command';
import { courseEnrolments, liveCourse, promoteWaiting, staffOnly, strip } from './training-guards';

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
