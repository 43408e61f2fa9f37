import { describe, expect, it } from 'vitest';
import { jobScheduleSchema } from '../entities/job';
import { scheduleHours } from '../rights/schedule-hours';
import { countSlots } from '../schedule/week-grid';
import { JOB_COLUMNS, JOB_TEMPLATE, parseJobRows } from './job-import';

const employers = new Map([['思旸镇帮扶车间', '0190b5c1-8c6f-7000-8000-000000000009']]);
const header = JOB_TEMPLATE.columns.map((c) => c.header);

describe('job posting import', () => {
  it('reads the template example: weekday 09:00–15:00 schedule, piece pay, named skill', () => {
    const r = parseJobRows([header, [...JOB_TEMPLATE.sample]], '2026-11-25', employers);
    expect(r.errors).toEqual([]);
    const job = r.jobs[0]!;
    expect(job).toMatchObject({
      title: '缝纫工',
      employerId: employers.get('思旸镇帮扶车间'),
      pay: { kind: 'piece', amount: 0.5, piecesPerHour: 40 },
      contractKind: 'labour',
      socialInsurance: true,
      positions: 10,
      skills: [{ code: 'sewing-machine', level: 'beginner' }],
    });
    expect(job.schedule.kind === 'grid' && countSlots(job.schedule.grid)).toBe(5 * 12);
  });

  it('reports unknown employers, bad times and pay by row and column; empty hours mean flexible', () => {
    const r = parseJobRows(
      [
        header,
        ['不存在的厂', '包装工', '', '', '', '', '', '按月', '3000', '', '', '', '', ''],
        ['思旸镇帮扶车间', '包装工', '', '一二', '9:10', '08:00', '', '按年', 'abc', '', '口头', '', '', ''],
        ['思旸镇帮扶车间', '客服', '', '', '', '', '是', '按小时', '20', '', '非全日制', '否', '2', ''],
      ],
      '2026-11-25',
      employers,
    );
    expect(r.errors).toEqual([
      { row: 2, field: 'employer', code: 'import.employer' },
      { row: 3, field: 'from', code: 'time.quarterFormat' },
      { row: 3, field: 'payKind', code: 'import.payKind' },
      { row: 3, field: 'contract', code: 'import.contract' },
      { row: 3, field: 'payAmount', code: 'import.number' },
    ]);
    expect(r.jobs).toHaveLength(1);
    expect(r.jobs[0]).toMatchObject({
      row: 4,
      schedule: { kind: 'flexible' },
      workplace: 'home-based',
      contractKind: 'part-time',
      socialInsurance: false,
    });
  });

  it('takes start and finish to the quarter hour: 09:15–15:45 on weekdays is 6½ hours a day', () => {
    const sample = [...JOB_TEMPLATE.sample];
    const at = (key: keyof typeof JOB_COLUMNS) => Object.keys(JOB_COLUMNS).indexOf(key);
    sample[at('from')] = '09:15';
    sample[at('to')] = '15:45';
    const r = parseJobRows([header, sample], '2026-11-25', employers);
    expect(r.errors).toEqual([]);
    const schedule = r.jobs[0]?.schedule;
    expect(schedule?.kind === 'grid' && countSlots(schedule.grid)).toBe(5 * 14); // 09:00–16:00 painted
    expect(schedule && schedule.kind === 'grid' && scheduleHours(schedule).hoursByDay).toEqual([
      6.5, 6.5, 6.5, 6.5, 6.5, 0, 0,
    ]);
    expect(jobScheduleSchema.safeParse(schedule).success).toBe(true);
  });
});
