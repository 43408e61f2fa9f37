import { describe, expect, it } from 'vitest';
import type { MergedRecord } from '#shared/sync/merge';
import { project } from './project';
import type { ProjectionSource } from './project-values';

const HLC = '001764547200000:00001:dev';
const state = (values: Record<string, unknown>, hlc = HLC): MergedRecord => ({
  values,
  stamps: Object.fromEntries(Object.keys(values).map((k) => [k, { hlc, mutationId: 'm1' }])),
});
const source = (table: string, values: Record<string, unknown>, deleted = false): ProjectionSource => ({
  table,
  recordId: 'r1',
  owner: 'station-a',
  state: state(values),
  deleted,
});

describe('project', () => {
  it('makes a seeker one row on the Beijing day of registration, with a row per priority group', () => {
    // 2026-11-30 17:00 UTC is 1 December in Beijing.
    const out = project(
      source('seekers', {
        name: '王芳',
        idNumber: '52262619800101002X',
        phone: '13800138000',
        createdAt: Date.UTC(2026, 10, 30, 17),
        groups: ['poverty-relief', 'returnee'],
        status: 'active',
        villageCode: '522626101203',
      }),
    );
    expect(out.report_seekers).toEqual([
      expect.objectContaining({
        id: 'r1',
        station_id: 'station-a',
        registered_on: '2026-12-01',
        person_key: '52262619800101002X',
        groups_list: 'poverty-relief,returnee',
      }),
    ]);
    expect(out.report_seeker_groups?.map((g) => g.group_code)).toEqual(['poverty-relief', 'returnee']);
  });

  it('counts a seeker without an ID number as a person of its own', () => {
    const out = project(source('seekers', { name: '李四', idNumber: null, createdAt: 0 }));
    expect(out.report_seekers?.[0]?.person_key).toBe('record:r1');
  });

  it('leaves a tombstoned seeker only as withdrawn, and any other tombstoned record as nothing', () => {
    expect(project(source('seekers', { name: '王芳', deleted: true }, true))).toEqual({
      report_withdrawn: [{ id: 'r1' }],
    });
    expect(project(source('placements', { seekerId: 's', startDate: '2026-01-01' }, true))).toEqual({});
  });

  it('schedules a placement’s visits and judges retention on the 3-month visit’s day', () => {
    const out = project(source('placements', { seekerId: 's1', startDate: '2026-01-31', status: 'active' }));
    expect(out.report_placements?.[0]).toEqual(expect.objectContaining({ retention_day: '2026-04-30' }));
    expect(out.report_follow_ups?.map((f) => [f.kind, f.due_on])).toEqual([
      ['week-1', '2026-02-07'],
      ['month-1', '2026-02-28'],
      ['month-3', '2026-04-30'],
    ]);
  });

  it('gives nothing for a record too incomplete to place, or a table the console does not read', () => {
    expect(project(source('placements', { seekerId: 's1' }))).toEqual({});
    expect(project(source('villages', { name: '幸福村' }))).toEqual({});
  });

  it('bounds a course by its sessions and keeps its subsidy thresholds', () => {
    const out = project(
      source('courses', {
        title: '家政服务',
        status: 'open',
        sessions: [
          { id: 's2', date: '2026-11-03', part: 'morning', hours: 4 },
          { id: 's1', date: '2026-11-02', part: 'morning', hours: 3.5 },
        ],
        subsidy: { programme: '职业技能补贴', minAttendanceRate: 0.8, warnAttendanceRate: 0.9, minClassHours: 6 },
      }),
    );
    expect(out.report_courses?.[0]).toEqual(
      expect.objectContaining({
        first_session: '2026-11-02',
        last_session: '2026-11-03',
        planned_hours: 7.5,
        subsidy_programme: '职业技能补贴',
        min_rate: 0.8,
        min_hours: 6,
      }),
    );
    expect(out.report_course_sessions).toHaveLength(2);
  });

  it('orders an attendance event by the clock of its write', () => {
    const out = project(
      source('attendance', { courseId: 'c', sessionId: 's1', enrolmentId: 'e', mark: 'late', signedAt: null }),
    );
    expect(out.report_attendance?.[0]).toEqual(expect.objectContaining({ mark: 'late', hlc: HLC }));
  });
});
