import { SKILL_LEVELS, type SkillLevel } from '#shared/entities/common';
import type { Seeker } from '#shared/entities/seeker';
import type { Result } from '#shared/result';
import { latestEvents, summarise } from '#shared/training/attendance';
import type { Course } from '#shared/entities/course';
import type { Enrolment } from '#shared/entities/enrolment';
import { stationDay } from '../../state/station-day';
import { fail, runCommand, writeRecord, type Actor, type CommandEnv } from './command';
import { courseEnrolments, liveCourse, staffOnly, strip } from './training-guards';

/** The default minimum attendance when a course has no subsidy programme (labour-law.md: 80 %). */
export const COMPLETION_MIN_RATE = 0.8;

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
