// A year of a station's work for the village-PC benchmark: referrals (a third of them hired), the placements
// they led to with their follow-up visits, and training courses with their enrolments and attendance, dated
// over the twelve months up to `today`. Deterministic for a seed; every record passes its entity schema.
import type { AttendanceEvent } from '#shared/entities/attendance-event';
import type { Course } from '#shared/entities/course';
import type { Enrolment } from '#shared/entities/enrolment';
import type { Job } from '#shared/entities/job';
import type { Placement } from '#shared/entities/placement';
import { UNKNOWN_PLACEMENT_FACTS } from '#shared/entities/placement';
import type { Referral } from '#shared/entities/referral';
import type { Visit } from '#shared/entities/visit';
import { mulberry32, synthId } from '#shared/matching/synthetic';

export interface YearSize {
  readonly referrals: number;
  readonly courses: number;
  /** trainees per course, and on the roll-call courses */
  readonly traineesPerCourse: number;
  /** the last courses of the year, held today with nobody marked yet */
  readonly coursesToday: number;
  readonly sessionsPerCourse: number;
}

export interface YearInput {
  readonly today: string;
  readonly stationId: string;
  readonly staffName: string;
  readonly seekerIds: readonly string[];
  readonly jobs: readonly Pick<Job, 'id' | 'employerId' | 'pay' | 'contractKind'>[];
  readonly size: YearSize;
  readonly seed?: number;
}

export interface YearOfWork {
  readonly referrals: Referral[];
  readonly placements: Placement[];
  readonly visits: Visit[];
  readonly courses: Course[];
  readonly enrolments: Enrolment[];
  readonly attendance: AttendanceEvent[];
  /** the people in work at the end of the year (their status is `placed`) */
  readonly placedSeekerIds: ReadonlySet<string>;
  /** the courses whose two sessions today are left for the roll-call */
  readonly rollCallCourseIds: readonly string[];
}

/** Id kinds of the records made here (the synthetic county uses 1–4 and 15). */
const KIND = { referral: 5, placement: 6, visit: 7, course: 8, enrolment: 9, attendance: 10 } as const;
const DAY_MS = 86_400_000;
const COURSE_SKILLS = ['sewing-machine', 'elderly-care', 'ecommerce-service', 'bamboo-weaving', 'chinese-cooking'];

/** The ISO date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const msOf = (date: string): number => Date.parse(`${date}T02:00:00Z`);
const hlcAt = (ms: number): string => `${String(ms).padStart(15, '0')}:00000:bench`;

export function yearOfWork(input: YearInput): YearOfWork {
  const rnd = mulberry32(input.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const base = (kind: number, n: number, date: string) => ({
    id: synthId(kind, n),
    stationId: input.stationId,
    createdAt: msOf(date),
    updatedAt: hlcAt(msOf(date)),
    deleted: false,
  });
  const referrals: Referral[] = [];
  const placements: Placement[] = [];
  const visits: Visit[] = [];
  const placed = new Set<string>();
  for (let i = 0; i < input.size.referrals; i += 1) {
    const referredOn = addDays(input.today, -Math.floor(rnd() * 365));
    const seekerId = pick(input.seekerIds);
    const job = pick(input.jobs);
    const roll = rnd();
    const status = roll < 0.33 ? 'hired' : roll < 0.6 ? 'not-hired' : roll < 0.8 ? 'interviewed' : 'referred';
    const placementId = status === 'hired' ? synthId(KIND.placement, placements.length) : null;
    referrals.push({
      ...base(KIND.referral, i, referredOn),
      seekerId,
      jobId: job.id,
      employerId: job.employerId,
      status,
      score: Math.round(40 + rnd() * 60),
      overrideReason: null,
      overriddenChecks: [],
      referredOn,
      interviewOn: status === 'referred' ? null : addDays(referredOn, 3),
      outcomeReason: status === 'not-hired' ? '用人单位已招满' : '',
      placementId,
      note: '',
      referredBy: input.staffName,
    });
    if (!placementId) continue;
    const startDate = addDays(referredOn, 7);
    const ended = rnd() < 0.25 && startDate < addDays(input.today, -60);
    if (!ended && startDate <= input.today) placed.add(seekerId);
    const placement: Placement = {
      ...base(KIND.placement, placements.length, referredOn),
      ...UNKNOWN_PLACEMENT_FACTS,
      seekerId,
      jobId: job.id,
      employerId: job.employerId,
      status: ended ? 'ended' : 'active',
      startDate,
      endDate: ended ? addDays(startDate, 45) : null,
      contractKind: job.contractKind,
      wage: job.pay,
      note: '',
    };
    placements.push(placement);
    for (const [kind, after] of [
      ['week-1', 7],
      ['month-1', 30],
      ['month-3', 91],
    ] as const) {
      const visitedOn = addDays(startDate, after);
      if (visitedOn > input.today || (ended && after > 45)) continue;
      visits.push({
        ...base(KIND.visit, visits.length, visitedOn),
        placementId: placement.id,
        kind,
        visitedOn,
        recordedBy: input.staffName,
        answers: [{ questionId: 'contract-signed', answer: pick(['yes', 'no', 'unknown'] as const), evidence: '' }],
        findings: [],
        note: '',
      });
    }
  }
  const training = coursesOfTheYear(input, rnd, base);
  return { referrals, placements, visits, ...training, placedSeekerIds: placed };
}

type Base = (
  kind: number,
  n: number,
  date: string,
) => Pick<Referral, 'id' | 'stationId' | 'createdAt' | 'updatedAt' | 'deleted'>;

/**
 * Courses spread over the year, each with its trainees and a mark for every session held; the last few run
 * today, twice (morning and afternoon), with nobody marked yet: the roll-calls the benchmark takes.
 */
function coursesOfTheYear(input: YearInput, rnd: () => number, base: Base) {
  const { courses: count, traineesPerCourse, sessionsPerCourse, coursesToday } = input.size;
  const courses: Course[] = [];
  const enrolments: Enrolment[] = [];
  const attendance: AttendanceEvent[] = [];
  for (let c = 0; c < count; c += 1) {
    const today = c >= count - coursesToday;
    const start = today ? input.today : addDays(input.today, -365 + Math.floor((c * 350) / count));
    const sessions = Array.from({ length: sessionsPerCourse }, (_, s) => ({
      id: `s${s + 1}`,
      date: addDays(start, Math.floor(s / 2)),
      part: s % 2 === 0 ? ('morning' as const) : ('afternoon' as const),
      hours: 3,
    }));
    const course: Course = {
      ...base(KIND.course, c, addDays(start, -14)),
      title: `${['缝纫', '养老护理', '电商客服', '竹编', '中式烹调'][c % 5]}培训第${c + 1}期`,
      skillCode: COURSE_SKILLS[c % COURSE_SKILLS.length] as string,
      skillLevel: 'beginner',
      certificateKind: 'completion',
      certificateName: '结业证书',
      sessions,
      venue: '乡镇培训室',
      trainerId: null,
      trainerName: '李老师',
      targetGroups: [],
      capacity: traineesPerCourse,
      subsidy: null,
      status: today ? 'open' : 'finished',
      notes: '',
    };
    courses.push(course);
    for (let t = 0; t < traineesPerCourse; t += 1) {
      const enrolment: Enrolment = {
        ...base(KIND.enrolment, enrolments.length, addDays(start, -7)),
        courseId: course.id,
        seekerId: input.seekerIds[(c * traineesPerCourse + t) % input.seekerIds.length] as string,
        seat: t + 1,
        status: 'enrolled',
        requestedAt: msOf(addDays(start, -7)),
        certificateSerial: null,
        completedOn: null,
        reason: '',
      };
      enrolments.push(enrolment);
      for (const session of today ? [] : sessions) {
        const roll = rnd();
        const mark = roll < 0.85 ? 'present' : roll < 0.9 ? 'late' : roll < 0.97 ? 'absent' : 'excused';
        attendance.push({
          ...base(KIND.attendance, attendance.length, session.date),
          courseId: course.id,
          sessionId: session.id,
          enrolmentId: enrolment.id,
          mark,
          method: 'roll-call',
          signedAt: mark === 'present' || mark === 'late' ? msOf(session.date) : null,
          recordedBy: null,
          corrects: null,
          reason: null,
        });
      }
    }
  }
  const rollCallCourseIds = courses.slice(count - coursesToday).map((c) => c.id);
  return { courses, enrolments, attendance, rollCallCourseIds };
}
