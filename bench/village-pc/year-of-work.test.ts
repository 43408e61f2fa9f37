import { describe, expect, it } from 'vitest';
import { attendanceEventSchema } from '#shared/entities/attendance-event';
import { courseSchema } from '#shared/entities/course';
import { enrolmentSchema } from '#shared/entities/enrolment';
import { placementSchema } from '#shared/entities/placement';
import { referralSchema } from '#shared/entities/referral';
import { visitSchema } from '#shared/entities/visit';
import { synthId } from '#shared/matching/synthetic';
import { addDays, yearOfWork, type YearInput } from './year-of-work';

const input: YearInput = {
  today: '2026-12-01',
  stationId: synthId(15, 1),
  staffName: '王芳',
  seekerIds: Array.from({ length: 200 }, (_, i) => synthId(4, i)),
  jobs: Array.from({ length: 40 }, (_, i) => ({
    id: synthId(3, i),
    employerId: synthId(2, i % 10),
    pay: { kind: 'monthly' as const, amount: 2200 },
    contractKind: 'labour' as const,
  })),
  size: { referrals: 300, courses: 6, traineesPerCourse: 30, sessionsPerCourse: 10, coursesToday: 2 },
};

describe('a year of a station’s work', () => {
  const year = yearOfWork(input);

  it('makes records every entity schema accepts', () => {
    for (const r of year.referrals) expect(referralSchema.safeParse(r).error).toBeUndefined();
    for (const p of year.placements) expect(placementSchema.safeParse(p).error).toBeUndefined();
    for (const v of year.visits) expect(visitSchema.safeParse(v).error).toBeUndefined();
    for (const c of year.courses) expect(courseSchema.safeParse(c).error).toBeUndefined();
    for (const e of year.enrolments) expect(enrolmentSchema.safeParse(e).error).toBeUndefined();
    for (const a of year.attendance) expect(attendanceEventSchema.safeParse(a).error).toBeUndefined();
  });

  it('dates everything within the twelve months up to today, visits after the first day of work', () => {
    const from = addDays(input.today, -365);
    for (const r of year.referrals) expect(r.referredOn! >= from && r.referredOn! <= input.today).toBe(true);
    const startOf = new Map(year.placements.map((p) => [p.id, p.startDate]));
    for (const v of year.visits) {
      expect(v.visitedOn <= input.today).toBe(true);
      expect(v.visitedOn > startOf.get(v.placementId)!).toBe(true);
    }
  });

  it('places a hired referral and links the two; the people in work hold an active placement', () => {
    const hired = year.referrals.filter((r) => r.status === 'hired');
    expect(hired.length).toBe(year.placements.length);
    expect(new Set(hired.map((r) => r.placementId))).toEqual(new Set(year.placements.map((p) => p.id)));
    const active = new Set(year.placements.filter((p) => p.status === 'active').map((p) => p.seekerId));
    for (const id of year.placedSeekerIds) expect(active.has(id)).toBe(true);
  });

  it('leaves the roll-call courses’ two sessions today unmarked, each with a full class enrolled', () => {
    expect(year.rollCallCourseIds).toHaveLength(2);
    for (const id of year.rollCallCourseIds) {
      const course = year.courses.find((c) => c.id === id)!;
      expect(course.sessions.filter((s) => s.date === input.today).map((s) => s.part)).toEqual([
        'morning',
        'afternoon',
      ]);
      expect(year.enrolments.filter((e) => e.courseId === id)).toHaveLength(30);
      expect(year.attendance.some((a) => a.courseId === id)).toBe(false);
    }
    expect(year.attendance).toHaveLength((6 - 2) * 30 * 10);
  });

  it('is the same for the same seed', () => {
    expect(yearOfWork(input).referrals).toEqual(year.referrals);
  });

  it('counts days across months and years', () => {
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
