import { useLiveQuery } from 'dexie-react-hooks';
import type { Staff } from '#shared/entities/staff';
import { maskPhone } from '#shared/identifiers/phone';
import { maskResidentId } from '#shared/identifiers/resident-id';
import type { AttendanceEvent } from '#shared/entities/attendance-event';
import type { Course } from '#shared/entities/course';
import type { Enrolment } from '#shared/entities/enrolment';
import { getDb, type SeekerRow } from './db';

/**
 * Reads of the training screens. What reaches a trainer is a projection: seat, name, village and the
 * pinyin keys to jump by — never ID numbers, phones or the seeker record itself.
 */
export interface CourseListRow extends Course {
  readonly seated: number;
  readonly waiting: number;
}

/** Courses, newest first; a trainer sees only the courses they teach. */
export function useCourses(trainerId: string | null): CourseListRow[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const courses = trainerId
      ? await db.courses.where('trainerId').equals(trainerId).toArray()
      : await db.courses.toArray();
    const live = courses.filter((c) => !c.deleted).sort((a, b) => b.createdAt - a.createdAt);
    const enrolments = await db.enrolments
      .where('courseId')
      .anyOf(live.map((c) => c.id))
      .toArray();
    return live.map((c) => {
      const mine = enrolments.filter((e) => e.courseId === c.id && !e.deleted);
      return {
        ...c,
        seated: mine.filter((e) => e.status === 'enrolled' || e.status === 'completed').length,
        waiting: mine.filter((e) => e.status === 'waiting').length,
      };
    });
  }, [trainerId]);
}

/** One course: undefined while loading, null when there is none (or a trainer does not teach it). */
export function useCourse(id: string | undefined, trainerId: string | null): Course | null | undefined {
  const result = useLiveQuery(async () => {
    const c = id ? await getDb().courses.get(id) : undefined;
    return { id, course: c && !c.deleted && (!trainerId || c.trainerId === trainerId) ? c : null };
  }, [id, trainerId]);
  return result && result.id === id ? result.course : undefined;
}

export function useTrainers(): Staff[] {
  return useLiveQuery(
    async () =>
      (await getDb().staff.toArray())
        .filter((s) => s.role === 'trainer' && s.active && !s.deleted)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    [],
    [],
  );
}

/** A trainee as the training screens show them. */
export interface Trainee {
  readonly enrolment: Enrolment;
  readonly name: string;
  readonly villageName: string | null;
  /** lower-case name, full pinyin and initials, to jump to someone by typing */
  readonly keys: readonly string[];
}

/** With masked ID and phone for the staff's roster (花名册); never given to a trainer's screen. */
export interface RosterTrainee extends Trainee {
  readonly sex: SeekerRow['sex'];
  readonly idMasked: string;
  readonly phoneMasked: string;
}

const NAME_KEY = /^[a-z\u3400-\u9fff]+$/;

async function trainees(
  courseId: string,
): Promise<{ enrolments: Enrolment[]; seekers: Map<string, SeekerRow>; villages: Map<string, string> }> {
  const db = getDb();
  const enrolments = (await db.enrolments.where('courseId').equals(courseId).toArray()).filter((e) => !e.deleted);
  const rows = await db.seekers.bulkGet(enrolments.map((e) => e.seekerId));
  const seekers = new Map(rows.flatMap((s) => (s ? [[s.id, s] as const] : [])));
  const codes = [...new Set([...seekers.values()].flatMap((s) => (s.villageCode ? [s.villageCode] : [])))];
  const villages = new Map((await db.villages.where('code').anyOf(codes).toArray()).map((v) => [v.code, v.name]));
  return { enrolments, seekers, villages };
}

const bySeat = (a: Trainee, b: Trainee): number =>
  (a.enrolment.seat ?? 9999) - (b.enrolment.seat ?? 9999) || a.enrolment.requestedAt - b.enrolment.requestedAt;

/** The course's trainees (enrolled, waiting, completed, withdrawn), by seat. */
export function useTrainees(courseId: string | undefined): Trainee[] | undefined {
  return useLiveQuery(async () => {
    if (!courseId) return [];
    const { enrolments, seekers, villages } = await trainees(courseId);
    return enrolments
      .map((enrolment): Trainee => {
        const s = seekers.get(enrolment.seekerId);
        return {
          enrolment,
          name: s?.name ?? '—',
          villageName: s?.villageCode ? (villages.get(s.villageCode) ?? null) : null,
          keys: (s?.searchKeys ?? []).filter((k) => NAME_KEY.test(k)),
        };
      })
      .sort(bySeat);
  }, [courseId]);
}

/** The roster with masked ID numbers and phones (staff only). */
export function useRoster(courseId: string | undefined): RosterTrainee[] | undefined {
  return useLiveQuery(async () => {
    if (!courseId) return [];
    const { enrolments, seekers, villages } = await trainees(courseId);
    return enrolments
      .map((enrolment): RosterTrainee => {
        const s = seekers.get(enrolment.seekerId);
        return {
          enrolment,
          name: s?.name ?? '—',
          villageName: s?.villageCode ? (villages.get(s.villageCode) ?? null) : null,
          keys: [],
          sex: s?.sex ?? 'female',
          idMasked: s?.idNumber ? maskResidentId(s.idNumber) : '—',
          phoneMasked: s?.phone ? maskPhone(s.phone) : '—',
        };
      })
      .sort(bySeat);
  }, [courseId]);
}

export function useAttendance(courseId: string | undefined): AttendanceEvent[] | undefined {
  return useLiveQuery(
    async () =>
      courseId ? (await getDb().attendance.where('courseId').equals(courseId).toArray()).filter((e) => !e.deleted) : [],
    [courseId],
  );
}
