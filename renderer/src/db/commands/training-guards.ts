import type { Staff } from '#shared/entities/staff';
import type { Course } from '#shared/entities/course';
import type { Enrolment } from '#shared/entities/enrolment';
import { promotions } from '#shared/training/waiting-list';
import { fail, requireActor, writeRecord, type CommandContext } from './command';

/*
 * What every training command checks and shares. Each training command is one transaction: records, outbox and
 * audit together. Trainers may only take the roll-call of courses they teach; courses, enrolment and completion
 * are staff work.
 */

/** Course work is the station staff's: a trainer only takes the roll-call of courses they teach. */
export async function staffOnly(ctx: CommandContext): Promise<Staff> {
  const staff = await requireActor(ctx, 'courses');
  if (staff.role === 'trainer') fail('training.trainerReadOnly', 'Trainers take the roll-call; staff manage courses');
  return staff;
}

/** A course that exists and that this station runs. */
export async function liveCourse(ctx: CommandContext, id: string): Promise<Course> {
  const course = await ctx.env.db.courses.get(id);
  if (!course || course.deleted) return fail('record.notFound', `No course ${id}`);
  // Courses are county-shared, but only the station that runs one enrols, takes roll-call and completes.
  if (course.stationId !== ctx.stationId) return fail('course.otherStation', `Course ${id} is run by another station`);
  return course;
}

/** A stored row as a command writes it again (the clock and field stamps are the command's). */
export const strip = <T extends { updatedAt: string }>(row: T): Omit<T, 'updatedAt' | '_stamps'> => {
  const { updatedAt: _u, _stamps: _s, ...rest } = row as T & { _stamps?: unknown };
  return rest;
};

/** A course's enrolments, removed ones left out. */
export async function courseEnrolments(ctx: CommandContext, courseId: string): Promise<Enrolment[]> {
  return (await ctx.env.db.enrolments.where('courseId').equals(courseId).toArray()).filter((e) => !e.deleted);
}

/** Gives free seats to the people waiting longest. */
export async function promoteWaiting(ctx: CommandContext, courseId: string, capacity: number): Promise<number> {
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
