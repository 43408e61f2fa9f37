import { skillByCode } from '#shared/catalogue/skills';
import type { Result } from '#shared/result';
import type { Course } from '#shared/entities/course';
import { fail, runCommand, writeRecord, type Actor, type CommandEnv } from './command';
import { courseEnrolments, promoteWaiting, staffOnly } from './training-guards';

export type CourseInput = Omit<Course, 'stationId' | 'createdAt' | 'updatedAt' | 'deleted' | 'trainerName'>;

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
